// vmlab status as a use case, over the fake machine: each node as observed, with the drift a plan would act on.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labStatus } from '../../src/engine/status-lab.js';
import { readState } from '../../src/state/state-file.js';
import { fakeLab, type FakeLab } from '../helpers/fake-lab.js';

const status = (t: FakeLab, now: Date, lab = t.lab()) =>
  labStatus({ lab, specDir: t.specs, sources: {}, all: false, machine: t.machine, now, say: t.reporter.node });

test('a running lab: every node running with its PID, ports and uptime, no drift, and its link up', async () => {
  const t = await fakeLab();
  const started = Date.parse(readState(t.lab().paths.state)!.nodes.sw1!.started_at!);
  const s = await status(t, new Date(started + 42_000));
  expect(s.nodes.map((r) => [r.node, r.state, r.ssh, r.console, r.drift, r.vm])).toEqual([
    ['sw1', 'running', '127.0.0.1:42000', '127.0.0.1:32000', null, null],
    ['sw2', 'running', '127.0.0.1:42001', '127.0.0.1:32001', null, null],
  ]);
  expect(s.nodes[0]!.pid).toBe(readState(t.lab().paths.state)!.nodes.sw1!.pid);
  expect(s.nodes[0]!.uptime_seconds).toBe(42);
  expect(s.links.map((l) => `${l.a} ${l.z} ${l.transport} ${l.state}`)).toEqual(['sw1:Ethernet0 sw2:Ethernet0 stream up']);
  expect(t.machine.log).toContain('sweep captures');
});

test('a node whose QEMU exited shows as exited, with the start the plan would make; broken specs still show what runs', async () => {
  const t = await fakeLab();
  const fake = t.machine.lab(t.lab().paths);
  for (const [pid, node] of fake.processes) if (node === 'sw1') fake.processes.delete(pid);
  const s = await status(t, new Date());
  expect(s.nodes.map((r) => [r.node, r.state, r.pid, r.uptime_seconds, r.drift])).toEqual([
    ['sw1', 'exited', null, null, "start: process exited; no peer restarts: sw2:Ethernet0 reconnects by itself once sw1's new QEMU listens"],
    ['sw2', 'running', expect.any(Number), expect.any(Number), null],
  ]);
  const lab = t.lab();
  writeFileSync(join(t.specs, 'topology.json'), '{ broken');
  const broken = await status(t, new Date(), lab);
  expect(broken.nodes.map((r) => [r.node, r.state, r.drift])).toEqual([
    ['sw1', 'exited', null],
    ['sw2', 'running', null],
  ]);
  expect(broken.links).toEqual([]);
});
