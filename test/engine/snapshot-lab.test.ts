// Snapshots as use cases, over the fake machine: who is paused, saved, loaded or started, and what state.json records.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deleteSnapshot, listSnapshots, restoreSnapshot, takeSnapshot } from '../../src/engine/snapshot-lab.js';
import { readState } from '../../src/state/state-file.js';
import { fakeLab, type FakeLab } from '../helpers/fake-lab.js';

/** The node's QEMU exits (as if it crashed or was stopped): its fake process goes. */
function exits(t: FakeLab, node: string): void {
  const { paths } = t.lab();
  const fake = t.machine.lab(paths);
  for (const [pid, name] of fake.processes) if (name === node) fake.processes.delete(pid);
}

const restore = (t: FakeLab, name: string, force = false) => restoreSnapshot(t.lab(), name, { force, progress: t.reporter, machine: t.machine });

test('a snapshot pauses every running VM at once, saves each, resumes them, and records the nodes with the topology hash', async () => {
  const t = await fakeLab();
  await takeSnapshot(t.lab(), 'base', t.reporter, t.machine);
  expect(t.machine.log.filter((l) => /^(pause|savevm|resume|qemu-img)/.test(l))).toEqual([
    'pause sw1,sw2',
    'savevm sw1 base',
    'savevm sw2 base',
    'resume sw1,sw2',
  ]);
  const recorded = readState(t.lab().paths.state)!.snapshots!.base!;
  expect(recorded).toMatchObject({ name: 'base', nodes: ['sw1', 'sw2'] });
  expect(recorded.desired_hash).toMatch(/^[0-9a-f]{64}$/);
  await expect(takeSnapshot(t.lab(), 'base', t.reporter, t.machine)).rejects.toThrow(
    'lab "two-node" already has a snapshot "base"; delete it first (vmlab snapshot --delete base)',
  );
  await expect(takeSnapshot(t.lab(), '../x', t.reporter, t.machine)).rejects.toThrow("use letters, digits, '.', '_' and '-'");
});

test("a stopped node's state is saved in its overlay (qemu-img), not through a monitor it does not have", async () => {
  const t = await fakeLab();
  exits(t, 'sw2');
  await takeSnapshot(t.lab(), 'half', t.reporter, t.machine);
  expect(t.machine.log.filter((l) => /^(pause|savevm|resume|qemu-img)/.test(l))).toEqual([
    'pause sw1',
    'savevm sw1 half',
    'resume sw1',
    'qemu-img create sw2 half',
  ]);
});

test('restore starts a stopped node paused through the plan, then loads every node together', async () => {
  const t = await fakeLab();
  await takeSnapshot(t.lab(), 'base', t.reporter, t.machine);
  exits(t, 'sw2');
  t.machine.log.length = 0;
  await restore(t, 'base');
  const runtime = t.machine.lab(t.lab().paths);
  expect(runtime.log.at(-1)).toBe('start sw2 paused');
  expect(t.machine.log.filter((l) => /^(pause|loadvm|resume)/.test(l))).toEqual(['pause sw1,sw2', 'loadvm sw1 base', 'loadvm sw2 base', 'resume sw1,sw2']);
  expect(t.progress.at(-1)).toMatch(/^two-node: snapshot "base" restored on 2 nodes in \d+\.\d s$/);
});

test('a node that cannot be started is named, and nothing is loaded into the others', async () => {
  const t = await fakeLab();
  await takeSnapshot(t.lab(), 'base', t.reporter, t.machine);
  exits(t, 'sw2');
  t.machine.lab(t.lab().paths).failStart.add('sw2');
  t.machine.log.length = 0;
  await expect(restore(t, 'base')).rejects.toThrow('could not start sw2 to load snapshot "base": QEMU of sw2 exited at once');
  expect(t.machine.log.filter((l) => l.startsWith('loadvm'))).toEqual([]);
});

test('restore refuses a snapshot of another topology unless forced, and a name that is not there', async () => {
  const t = await fakeLab();
  await takeSnapshot(t.lab(), 'base', t.reporter, t.machine);
  const topologyFile = join(t.specs, 'topology.json');
  const topology = JSON.parse(readFileSync(topologyFile, 'utf8'));
  topology.devices.sw1.interfaces.Ethernet4 = { link: 'sw2:Ethernet4' };
  topology.devices.sw2.interfaces.Ethernet4 = { link: 'sw1:Ethernet4' };
  topology.links.push({ a: 'sw1:Ethernet4', z: 'sw2:Ethernet4' });
  writeFileSync(topologyFile, JSON.stringify(topology));
  await expect(restore(t, 'base')).rejects.toThrow(
    'the topology changed since snapshot "base" was taken (the plan would differ); restore it anyway with --force',
  );
  await restore(t, 'base', true);
  expect(t.machine.log).toContain('loadvm sw1 base');
  await expect(restore(t, 'nope')).rejects.toThrow('lab "two-node" has no snapshot "nope"; snapshots: base');
});

test('delete removes the saved state live from running nodes and from the overlay of stopped ones; list sums the sizes', async () => {
  const t = await fakeLab();
  await takeSnapshot(t.lab(), 'one', t.reporter, t.machine);
  await takeSnapshot(t.lab(), 'two', t.reporter, t.machine);
  expect((await listSnapshots(t.lab(), t.machine)).map((s) => [s.name, s.nodes, s.bytes])).toEqual([
    ['one', ['sw1', 'sw2'], 2 * 1024 * 1024],
    ['two', ['sw1', 'sw2'], 2 * 1024 * 1024],
  ]);
  exits(t, 'sw2');
  await deleteSnapshot(t.lab(), 'one', t.machine);
  expect(t.machine.log.slice(-2)).toEqual(['delvm sw1 one', 'qemu-img delete sw2 one']);
  expect(Object.keys(readState(t.lab().paths.state)!.snapshots ?? {})).toEqual(['two']);
  await expect(deleteSnapshot(t.lab(), 'one', t.machine)).rejects.toThrow('lab "two-node" has no snapshot "one"');
});
