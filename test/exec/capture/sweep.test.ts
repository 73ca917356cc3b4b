// The sweep's bookkeeping on disk, against real processes (this one, and one
// that has exited), on a lab whose VMs are not running: no QEMU needed. The
// removal of a filter from a running VM is exercised in test/e2e/capture.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import {
  capturesDir,
  fifoFile,
  newFilterId,
  readCaptureRecords,
  recordFile,
  writeCaptureRecord,
  type CaptureRecord,
} from '../../../src/exec/capture/records.js';
import { captureAlive, sweepStaleCaptures } from '../../../src/exec/capture/sweep.js';
import { processStartTime } from '../../../src/state/lock.js';
import { labPaths } from '../../../src/state/paths.js';
import { fakeDeployment, stopFakeLabs } from '../../helpers/deployed.js';

afterAll(stopFakeLabs);

/** A PID that was just used and has exited (its process is gone). */
function deadPid(): number {
  return spawnSync('true').pid!;
}

const record = (filter: string, pid: number, start: string | null, host = hostname()): CaptureRecord => ({
  filter,
  node: 'sw1',
  netdev: 'net1',
  endpoint: 'sw1:Ethernet0',
  pid,
  start,
  host,
  since: '2026-01-01T00:00:00.000Z',
});

test('a capture is alive while its PID runs the very process that wrote the record', () => {
  const me = processStartTime(process.pid);
  expect(captureAlive(record('vmlab-capture-1-a', process.pid, me))).toBe(true);
  expect(captureAlive(record('vmlab-capture-1-a', deadPid(), '1'))).toBe(false);
  // The PID reused by another process: its start time differs.
  expect(captureAlive(record('vmlab-capture-1-a', process.pid, `${me}9`))).toBe(false);
});

test('filter ids carry the prefix the sweep recognises, the PID and a random part', () => {
  expect(newFilterId(4242, 'c0ffee12')).toBe('vmlab-capture-4242-c0ffee12');
});

test('the sweep forgets dead captures of stopped VMs, keeps live ones, and clears what is not a record', async () => {
  const lab = fakeDeployment();
  const paths = labPaths(lab.home, lab.name);
  const live = record(newFilterId(process.pid, 'aaaa'), process.pid, processStartTime(process.pid));
  const gone = deadPid();
  const dead = record(newFilterId(gone, 'bbbb'), gone, '1');
  const reused = record(newFilterId(process.pid, 'cccc'), process.pid, 'not-my-start');
  for (const r of [live, dead, reused]) {
    writeCaptureRecord(paths, r);
    writeFileSync(fifoFile(paths, r.filter), ''); // stands in for the FIFO
  }
  writeFileSync(join(capturesDir(paths), 'vmlab-capture-9-torn.json'), '{"filter": "vmlab-cap');
  writeFileSync(fifoFile(paths, 'vmlab-capture-9-orphan'), '');
  writeFileSync(join(capturesDir(paths), 'notes.txt'), 'not ours to judge');
  expect(
    readCaptureRecords(paths)
      .records.map((r) => r.filter)
      .sort(),
  ).toEqual([live.filter, dead.filter, reused.filter].sort());

  const said: string[] = [];
  await sweepStaleCaptures(paths, lab.state, (node, message) => said.push(`${node}: ${message}`));

  // The VMs are not running: the dead captures' filters died with them, nothing to object-del, nothing to say.
  expect(said).toEqual([]);
  expect(readdirSync(capturesDir(paths)).sort()).toEqual(['notes.txt', `${live.filter}.fifo`, `${live.filter}.json`]);
  expect(existsSync(recordFile(paths, live.filter))).toBe(true);
});

test('a lab without captures is swept without a trace', async () => {
  const lab = fakeDeployment();
  const paths = labPaths(lab.home, lab.name);
  await sweepStaleCaptures(paths, lab.state);
  expect(existsSync(capturesDir(paths))).toBe(false);
  mkdirSync(capturesDir(paths));
  await sweepStaleCaptures(paths, lab.state);
  expect(readdirSync(capturesDir(paths))).toEqual([]);
});
