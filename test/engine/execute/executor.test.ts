// The executor over plans of socket links (QEMU 7.2), where start order and skips after a failed listener matter most.
import { execute } from '../../../src/engine/execute/executor.js';
import { compile } from '../../../src/model/compile.js';
import type { DesiredGraph } from '../../../src/model/types.js';
import { withLogins } from '../../../src/plan/logins.js';
import type { PlanRequest } from '../../../src/plan/types.js';
import { resolveLab } from '../../../src/specs/resolve.js';
import { gather } from '../../../src/state/gather.js';
import { labPaths } from '../../../src/state/paths.js';
import type { LabState } from '../../../src/state/types.js';
import { FakeRuntime, FakeSink } from '../../helpers/fake-runtime.js';
import { hostLab } from '../../helpers/hosts.js';
import { graphOf, resolved, type LabSketch } from '../../helpers/lab.js';
import { checkPlan, plan, why } from '../../helpers/plan.js';
import { pausedStarts } from '../../../src/plan/paused-starts.js';

/**
 * The executor over a fake runtime and a fake state sink: everything in
 * memory, no directories. Each run plans against what the fake machine shows
 * (gather), executes, and returns what the sink recorded.
 */
const paths = labPaths('/nonexistent/vmlab-home', 'lab');

const sketch: LabSketch = {
  devices: ['spine1', 'leaf1', 'leaf2'],
  links: [
    ['spine1:Ethernet0', 'leaf1:Ethernet0'],
    ['spine1:Ethernet4', 'leaf2:Ethernet0'],
  ],
};

function setup() {
  return { machine: new FakeRuntime(paths), sink: new FakeSink(null) };
}

async function converge(machine: FakeRuntime, sink: FakeSink, graph: DesiredGraph, request: Partial<PlanRequest> = {}) {
  const observed = await gather(
    sink.state.serial === 0 && Object.keys(sink.state.nodes).length === 0 ? null : sink.state,
    paths,
    sink.profileFiles(),
    machine.world(),
  );
  const p = plan(graph, observed, { host: null, ...request });
  // As the use case does: the plan holds no logins, the graph gives them back.
  const results = await execute(withLogins(p, graph), machine, sink, { parallel: 4, progress: { node: () => undefined } });
  // What the use case records after the executor (apply-lab): the links the lab is wired with now.
  sink.update((d) => (d.links = graph.links));
  return { plan: p, results, status: Object.fromEntries(results.map((r) => [r.id, r.status])), state: sink.state };
}

test('apply, gather again, plan again → nothing to do', async () => {
  const { machine, sink } = setup();
  const graph = graphOf(sketch, 'socket');
  const first = await converge(machine, sink, graph);
  expect(first.results.every((r) => r.status === 'done')).toBe(true);
  expect(Object.values(first.state.nodes).every((n) => n.ready && n.pid !== null)).toBe(true);
  // the logins the plan does not hold reach state.json (vmlab ssh reads them there)
  expect(first.state.nodes.leaf1!.credentials).toEqual(graph.nodes.find((n) => n.name === 'leaf1')!.credentials);
  expect(first.plan.actions.find((a) => a.id === 'create:leaf1')).toMatchObject({ desired: { credentials: { pass: null } } });
  expect(first.state.nodes.leaf1!.image_identity).toEqual({ size: 1, mtime: '2026-01-01T00:00:00.000Z', hash: 'image' });
  expect(JSON.parse(sink.profiles.get('profiles/leaf1.json')!)).toEqual({ mgmt_ip: '127.0.0.1', ssh_port: 40000, console_port: 30000 });
  const again = plan(graph, await gather(first.state, paths, sink.profileFiles(), machine.world()), { host: null });
  expect(again.actions).toEqual([]);
});

describe('partial failure', () => {
  test('socket links: a listener whose QEMU fails to start skips its connectors (they wait until it has started); independent work goes on; the next apply heals', async () => {
    const { machine, sink } = setup();
    const graph = graphOf(sketch, 'socket');
    machine.failStart.add('leaf1');
    const first = await converge(machine, sink, graph);
    expect(first.plan.actions.find((a) => a.id === 'create:spine1')!.depends_on).toEqual([
      { on: 'create:leaf1', until: 'started' },
      { on: 'create:leaf2', until: 'started' },
    ]);
    expect(first.status).toEqual({
      'create:leaf1': 'failed',
      'create:leaf2': 'done',
      'create:spine1': 'skipped',
      'patch-profile:leaf1': 'skipped',
      'patch-profile:leaf2': 'done',
      'patch-profile:spine1': 'skipped',
    });
    expect(first.results.find((r) => r.id === 'create:spine1')!.error).toBe('create:leaf1 did not succeed');
    // state records what happened: leaf2 only
    expect(Object.keys(first.state.nodes)).toEqual(['leaf2']);
    expect(machine.log).toEqual(['start leaf2']);

    machine.failStart.clear();
    const second = await converge(machine, sink, graph);
    expect(second.plan.actions.map((a) => a.id)).toEqual(['create:leaf1', 'create:spine1', 'patch-profile:leaf1', 'patch-profile:spine1']);
    expect(second.results.every((r) => r.status === 'done')).toBe(true);
  });

  test('socket links: a listener that starts but never becomes ready does not hold its connectors back (its socket listens); it is restarted next time', async () => {
    const { machine, sink } = setup();
    const graph = graphOf(sketch, 'socket');
    machine.failReady.add('leaf1');
    const first = await converge(machine, sink, graph);
    expect(first.status).toMatchObject({ 'create:leaf1': 'failed', 'create:leaf2': 'done', 'create:spine1': 'done', 'patch-profile:leaf1': 'skipped' });
    expect(first.state.nodes.leaf1!.ready).toBe(false);

    machine.failReady.clear();
    const second = await converge(machine, sink, graph);
    expect(second.plan.actions.map((a) => a.id)).toEqual(['restart:leaf1', 'restart:spine1', 'patch-profile:leaf1']);
    expect(second.results.every((r) => r.status === 'done')).toBe(true);
  });

  test('stream links: connectors do not wait for their listener at all, so a listener that fails to start skips none', async () => {
    const { machine, sink } = setup();
    const graph = compile(resolved(sketch), { links: 'stream' });
    machine.failStart.add('leaf1');
    const first = await converge(machine, sink, graph);
    expect(first.plan.actions.find((a) => a.id === 'create:spine1')!.depends_on).toEqual([]);
    expect(first.status).toMatchObject({ 'create:leaf1': 'failed', 'create:leaf2': 'done', 'create:spine1': 'done', 'patch-profile:leaf1': 'skipped' });
    expect(Object.keys(first.state.nodes).sort()).toEqual(['leaf2', 'spine1']);
  });
});

test('replaced and restarted QEMUs are stopped before anything starts', async () => {
  const { machine, sink } = setup();
  await converge(machine, sink, graphOf(sketch, 'socket'));
  machine.log = [];
  const bigger = graphOf({ ...sketch, profiles: { leaf1: { vm_memory: 512 } } }, 'socket');
  await converge(machine, sink, bigger);
  // leaf1 is replaced; spine1 connects to it and restarts; both stop first
  expect(machine.log).toEqual(['stop leaf1', 'stop spine1', 'start leaf1', 'start spine1']);
  expect(sink.state.nodes.leaf1!.config.memory_mb).toBe(512);
});

test("update: a node added first in name order moves the others' SSH and console ports live, and the records and profiles follow", async () => {
  const { machine, sink } = setup();
  await converge(machine, sink, graphOf(sketch, 'socket'));
  machine.log = [];
  const moved = await converge(machine, sink, graphOf({ ...sketch, devices: ['aaa', ...sketch.devices] }, 'socket'));
  const update = moved.plan.actions.find((a) => a.id === 'update:leaf1')!;
  expect(update.action === 'update' && update.steps).toEqual([
    { step: 'move-ssh', from: { address: '127.0.0.1', port: 40000 }, to: { address: '127.0.0.1', port: 40001 } },
    { step: 'move-console', to: { address: '127.0.0.1', port: 30001 } },
  ]);
  expect(moved.results.every((r) => r.status === 'done')).toBe(true);
  expect(machine.log).toEqual(expect.arrayContaining(['update leaf1: move-ssh,move-console', 'start aaa']));
  // aaa takes leaf1's old ports only once leaf1 has let go of them
  expect(machine.log.indexOf('start aaa')).toBeGreaterThan(machine.log.indexOf('update leaf1: move-ssh,move-console'));
  expect(moved.state.nodes.leaf1).toMatchObject({ ssh_port: 40001, console_port: 30001 });
  expect(JSON.parse(sink.profiles.get('profiles/leaf1.json')!)).toMatchObject({ ssh_port: 40001, console_port: 30001 });
  expect((await converge(machine, sink, graphOf({ ...sketch, devices: ['aaa', ...sketch.devices] }, 'socket'))).plan.actions).toEqual([]);
});

test('update: a link removed from the specs unplugs its NICs live, and the records keep them as fillers', async () => {
  const { machine, sink } = setup();
  await converge(machine, sink, graphOf(sketch, 'socket'));
  machine.log = [];
  const fewer = { ...sketch, links: sketch.links!.slice(0, 1) };
  const run = await converge(machine, sink, graphOf(fewer, 'socket'));
  expect(run.plan.actions.map((a) => a.id)).toEqual(['update:leaf2', 'update:spine1']);
  expect(machine.log).toEqual(['update leaf2: unplug-nic', 'update spine1: unplug-nic']);
  expect(run.state.nodes.spine1!.config.nics[2]).toEqual({ index: 2, kind: 'filler', mac: sink.state.nodes.spine1!.config.nics[2]!.mac });
  expect((await converge(machine, sink, graphOf(fewer, 'socket'))).plan.actions).toEqual([]);
});

test('stop and start: the stopped node is recorded as stopped on purpose, and started again when asked', async () => {
  const { machine, sink } = setup();
  const graph = graphOf(sketch, 'socket');
  await converge(machine, sink, graph);
  machine.log = [];
  const stopped = await converge(machine, sink, graph, { stop: ['leaf2'] });
  expect(stopped.plan.actions.map((a) => a.id)).toEqual(['stop:leaf2']);
  expect(machine.log).toEqual(['stop leaf2']);
  expect(stopped.state.nodes.leaf2).toMatchObject({ intent: 'stopped', pid: null });
  expect((await converge(machine, sink, graph)).plan.actions).toEqual([]);
  machine.log = [];
  const started = await converge(machine, sink, graph, { start: ['leaf2'] });
  // socket links: spine1 connects to leaf2 and restarts with it
  expect(started.plan.actions.map((a) => a.id)).toEqual(['start:leaf2', 'restart:spine1']);
  expect(started.state.nodes.leaf2).toMatchObject({ intent: 'running', ready: true });
});

test('destroy: every QEMU stops, its files go, the profiles vmlab wrote are put back, state keeps no node', async () => {
  const { machine, sink } = setup();
  const graph = graphOf(sketch, 'socket');
  await converge(machine, sink, graph);
  machine.log = [];
  const gone = await converge(machine, sink, { ...graph, nodes: [], links: [] });
  // connectors before listeners: the reverse of the order the lab came up in
  expect(gone.plan.actions.map((a) => a.id)).toEqual(['destroy:spine1', 'destroy:leaf2', 'destroy:leaf1']);
  expect(gone.results.every((r) => r.status === 'done')).toBe(true);
  expect(machine.processes.size).toBe(0);
  expect(machine.files.size).toBe(0);
  expect(gone.state.nodes).toEqual({});
  expect(gone.state.profiles).toEqual({});
  expect([...sink.profiles.keys()]).toEqual([]);
});

test('snapshot restore: stopped nodes start paused through a plan, admin-down links go down again, nothing waits for a guest', async () => {
  const { machine, sink } = setup();
  const graph = graphOf(sketch, 'socket');
  await converge(machine, sink, graph);
  await converge(machine, sink, graph, { stop: ['leaf1'] });
  sink.update((d) => (d.link_intents = [{ a: 'spine1:Ethernet0', z: 'leaf1:Ethernet0', admin: 'down', since: '2026-11-27T10:00:00.000Z' }]));
  machine.failReady.add('leaf1'); // a paused guest is never asked
  machine.log = [];
  const observed = await gather(sink.state, paths, sink.profileFiles(), machine.world());
  const p = checkPlan(pausedStarts(graph, observed, ['leaf1'], 'snap1'));
  expect(p.actions).toHaveLength(1);
  expect(p.actions[0]).toMatchObject({ id: 'start:leaf1', paused: true, fresh_overlay: false, wait_for: [], admin_down: ['Ethernet0'] });
  expect(why(p.actions[0]!)).toEqual([{ code: 'snapshot-restore', snapshot: 'snap1' }]);
  const results = await execute(withLogins(p, graph), machine, sink, { parallel: 4, progress: { node: () => undefined } });
  expect(results.map((r) => r.status)).toEqual(['done']);
  expect(machine.log).toEqual(['start leaf1 paused', 'carrier leaf1 nic1 off']);
  expect(sink.state.nodes.leaf1).toMatchObject({ intent: 'running', ready: true, carrier_off: ['Ethernet0'] });
});

describe('a lab with test hosts', () => {
  const hostsGraph = (devices: string[]) => compile(resolveLab(hostLab({ devices }), { homeDir: '/home/user' }), { links: 'socket' });

  test('the hosts are set up once the VM is ready; their profiles, not the VM, get its ports; a host leaving gets its profile back', async () => {
    const { machine, sink } = setup();
    const first = await converge(machine, sink, hostsGraph(['sw1', 'host1', 'host2']));
    expect(first.results.every((r) => r.status === 'done')).toBe(true);
    expect(machine.log).toContain('setup hostvm: host1,host2');
    expect([...sink.profiles.keys()].sort()).toEqual(['profiles/host1.json', 'profiles/host2.json', 'profiles/sw1.json']);
    expect(JSON.parse(sink.profiles.get('profiles/host2.json')!)).toEqual({ mgmt_ip: '127.0.0.1', ssh_port: 40000, console_port: 30000 });
    expect(first.state.nodes.hostvm!.test_hosts!.map((h) => h.name)).toEqual(['host1', 'host2']);

    // an unlinked host joins: set up in the running VM, nothing restarts
    machine.log = [];
    const withHost3 = await converge(machine, sink, hostsGraph(['sw1', 'host1', 'host2', 'host3']));
    expect(withHost3.plan.actions.map((a) => a.id)).toEqual(['update:hostvm', 'patch-profile:host3']);
    expect(machine.log).toEqual(['setup hostvm: host1,host2,host3']);
    expect(withHost3.state.nodes.hostvm!.test_hosts!.map((h) => h.name)).toEqual(['host1', 'host2', 'host3']);

    // and leaves again: its namespace is removed and its profile (vmlab made it) goes
    machine.log = [];
    const without = await converge(machine, sink, hostsGraph(['sw1', 'host1', 'host2']));
    const update = without.plan.actions.find((a) => a.id === 'update:hostvm')!;
    expect(update.action === 'update' && update.release_profiles).toEqual(['host3']);
    expect(machine.log).toEqual(['setup hostvm: host1,host2 -host3']);
    expect(sink.profiles.has('profiles/host3.json')).toBe(false);
    expect(without.state.profiles.host3).toBeUndefined();

    // destroy: every host's profile is put back
    const graph = hostsGraph(['sw1', 'host1', 'host2']);
    const gone = await converge(machine, sink, { ...graph, nodes: [], links: [] });
    expect(gone.results.every((r) => r.status === 'done')).toBe(true);
    expect([...sink.profiles.keys()]).toEqual([]);
    expect(gone.state.profiles).toEqual({});
  });
});

describe('admin-down links through the executor', () => {
  const DOWN = { a: 'spine1:Ethernet0', z: 'leaf1:Ethernet0', admin: 'down' as const, since: '2026-11-27T10:00:00.000Z' };
  const withIntent = (sink: FakeSink, intents: LabState['link_intents']) =>
    sink.update((d) => {
      if (intents) d.link_intents = intents;
      else delete d.link_intents;
    });

  test('a link taken down gets its carriers turned off live and recorded; a restart of an end turns its carrier off again at once', async () => {
    const { machine, sink } = setup();
    const graph = graphOf(sketch, 'socket');
    await converge(machine, sink, graph);
    machine.log = [];
    withIntent(sink, [DOWN]);
    const down = await converge(machine, sink, graph);
    expect(down.plan.actions.map((a) => a.id)).toEqual(['update:leaf1', 'update:spine1']);
    expect(machine.log).toEqual(['update leaf1: set-carrier', 'update spine1: set-carrier']);
    expect(down.state.nodes.leaf1!.carrier_off).toEqual(['Ethernet0']);
    expect(down.state.nodes.spine1!.carrier_off).toEqual(['Ethernet0']);
    expect(down.state.nodes.leaf2!.carrier_off).toBeUndefined();

    // leaf1's QEMU dies: its start (and spine1's restart, a 7.2 socket connector) takes the link down again before anything else
    machine.processes.delete(down.state.nodes.leaf1!.pid!);
    machine.log = [];
    const healed = await converge(machine, sink, graph);
    expect(healed.plan.actions.map((a) => a.id)).toEqual(['start:leaf1', 'restart:spine1']);
    expect(machine.log).toEqual(['stop spine1', 'start leaf1', 'carrier leaf1 nic1 off', 'start spine1', 'carrier spine1 nic1 off']);
    expect(healed.state.nodes.leaf1!.carrier_off).toEqual(['Ethernet0']);
    expect(healed.state.link_intents).toEqual([DOWN]);

    // nothing left to do: the link stays down
    expect((await converge(machine, sink, graph)).plan.actions).toEqual([]);
  });

  test('a link brought up: the carriers go back on and the record forgets them', async () => {
    const { machine, sink } = setup();
    const graph = graphOf(sketch, 'socket');
    await converge(machine, sink, graph);
    withIntent(sink, [DOWN]);
    await converge(machine, sink, graph);
    withIntent(sink, undefined);
    const up = await converge(machine, sink, graph);
    expect(up.plan.actions.map((a) => a.id)).toEqual(['update:leaf1', 'update:spine1']);
    expect(up.state.nodes.leaf1!.carrier_off).toBeUndefined();
    expect(up.state.nodes.spine1!.carrier_off).toBeUndefined();
  });
});
