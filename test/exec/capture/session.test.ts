// A capture's life against a fake QMP monitor that writes into the FIFO as
// QEMU's filter-dump does: the FIFO, the pcap cut into whole packets, every
// way a capture ends, and what is left on disk. Real QEMU: test/e2e/capture.test.ts.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { capturesDir, recordFile } from '../../../src/exec/capture/records.js';
import { startCapture, type CaptureOptions } from '../../../src/exec/capture/session.js';
import type { CaptureTap } from '../../../src/ports/machine.js';
import { labPaths, type LabPaths } from '../../../src/state/paths.js';
import { tmpDir } from '../../helpers/cli.js';
import { FakeQmp } from '../../helpers/fake-qmp.js';

const target: CaptureTap & { netdev: string } = {
  endpoint: 'sw1:Ethernet0',
  vm: 'sw1',
  nic: { index: 1, kind: 'link', mac: '52:00:00:00:00:01', interface: 'Ethernet0' },
  netdev: 'net1',
  peer: 'sw2:Ethernet0',
};

/** A Writable that keeps what it is given; `stuck` never finishes a write (an output that does not keep up). */
function sink(stuck = false) {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      if (!stuck) done();
    },
  });
  return { stream, bytes: () => Buffer.concat(chunks) };
}

let paths: LabPaths;
let qmp: FakeQmp;

beforeEach(async () => {
  paths = labPaths(join(tmpDir('vmlab-capture-'), 'home'), 'caplab');
  qmp = await FakeQmp.listen(paths.monitor('sw1'));
});

afterEach(async () => {
  await qmp.close();
});

const start = (output: Writable, extra: Partial<CaptureOptions> = {}) => startCapture({ paths, target, output, qemuAlive: () => true, ...extra });
const leftOnDisk = () => (existsSync(capturesDir(paths)) ? readdirSync(capturesDir(paths)) : []);
const records = (n: number, size = 60) => Array.from({ length: n }, (_, i) => FakeQmp.record(size, i + 1));

test('while it runs: a filter on the netdev, a record naming this process and a FIFO in the lab directory', async () => {
  const out = sink();
  const capture = await start(out.stream);
  expect(qmp.filters()).toEqual([capture.filter]);
  expect(capture.filter).toMatch(new RegExp(`^vmlab-capture-${process.pid}-[0-9a-f]{8}$`));
  expect(leftOnDisk().sort()).toEqual([`${capture.filter}.fifo`, `${capture.filter}.json`]);
  capture.stop('interrupted');
  await capture.done;
});

test('--count N: exactly N whole packets after the header, even when they arrive cut in pieces', async () => {
  const out = sink();
  const capture = await start(out.stream, { count: 3 });
  const all = Buffer.concat(records(5));
  qmp.send(capture.filter, all.subarray(0, 50));
  await sleep(20);
  qmp.send(capture.filter, all.subarray(50));
  const outcome = await capture.done;
  expect(outcome).toEqual({ packets: 3, dropped: 0, reason: 'count', outputError: null, sourceError: null, filterRemoved: true });
  expect(out.bytes()).toEqual(Buffer.concat([FakeQmp.header(), ...records(3)]));
  expect(qmp.commands).toContain('object-del');
  expect(qmp.filters()).toEqual([]);
  expect(leftOnDisk()).toEqual([]);
});

test('stopped (Ctrl-C): every packet QEMU wrote before is kept, the filter and the files go', async () => {
  const out = sink();
  const capture = await start(out.stream);
  qmp.send(capture.filter, Buffer.concat(records(2)));
  await sleep(20);
  capture.stop('interrupted');
  const outcome = await capture.done;
  expect(outcome.reason).toBe('interrupted');
  expect(outcome.packets).toBe(2);
  expect(out.bytes()).toEqual(Buffer.concat([FakeQmp.header(), ...records(2)]));
  expect(leftOnDisk()).toEqual([]);
});

test('--duration: ends by itself; no packets is still a valid (empty) pcap', async () => {
  const out = sink();
  const t0 = Date.now();
  const capture = await start(out.stream, { durationMs: 150 });
  const outcome = await capture.done;
  expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
  expect(outcome.reason).toBe('duration');
  expect(out.bytes()).toEqual(FakeQmp.header());
});

test('the output pipe closing (EPIPE) ends the capture cleanly, not as an error', async () => {
  const stream = new Writable({
    write(_chunk, _enc, done) {
      done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    },
  });
  const capture = await start(stream);
  qmp.send(capture.filter, records(1)[0]!);
  const outcome = await capture.done;
  expect(outcome).toMatchObject({ reason: 'output closed', outputError: null, filterRemoved: true });
  expect(leftOnDisk()).toEqual([]);
});

test('an output that cannot keep up loses whole packets, counted, and QEMU never waits', async () => {
  const out = sink(true);
  const capture = await start(out.stream, { maxBacklogBytes: 100 });
  qmp.send(capture.filter, Buffer.concat(records(5, 100)));
  await sleep(20);
  capture.stop('interrupted');
  const outcome = await capture.done;
  // The header (24 bytes) is under the limit, so the first packet is written; the others find 140 bytes waiting.
  expect({ packets: outcome.packets, dropped: outcome.dropped }).toEqual({ packets: 1, dropped: 4 });
});

test('QEMU closing the stream by itself (the VM went away) ends the capture with the reason', async () => {
  const out = sink();
  const capture = await start(out.stream);
  qmp.closeFile(capture.filter);
  const outcome = await capture.done;
  expect(outcome.reason).toBe('source closed');
  expect(outcome.sourceError).toBe("sw1's QEMU closed the capture (the VM stopped or restarted)");
  expect(leftOnDisk()).toEqual([]);
});

test('object-add refused: the error names the endpoint, nothing is left behind', async () => {
  qmp.failAdd = "Parameter 'netdev' expects a network backend id";
  await expect(start(sink().stream)).rejects.toThrow("cannot capture on sw1:Ethernet0: QMP error: Parameter 'netdev' expects a network backend id");
  expect(leftOnDisk()).toEqual([]);
});

test('QMP gone at the end while QEMU runs: the record stays for the sweep, the FIFO goes', async () => {
  const capture = await start(sink().stream);
  await qmp.close();
  capture.stop('interrupted');
  const outcome = await capture.done;
  expect(outcome.filterRemoved).toBe(false);
  expect(leftOnDisk()).toEqual([`${capture.filter}.json`]);
  expect(existsSync(recordFile(paths, capture.filter))).toBe(true);
});

test('QMP gone because QEMU is gone: the filter went with it, nothing is left', async () => {
  const capture = await start(sink().stream, { qemuAlive: () => false });
  await qmp.close();
  capture.stop('interrupted');
  expect((await capture.done).filterRemoved).toBe(true);
  expect(leftOnDisk()).toEqual([]);
});
