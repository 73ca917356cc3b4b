import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execute } from '../../src/exec/executor.js';
import type { Runtime } from '../../src/exec/runtime.js';
import type { DesiredGraph, DesiredNode } from '../../src/model/types.js';
import { plan } from '../../src/plan/plan.js';
import { gather } from '../../src/state/gather.js';
import { labPaths } from '../../src/state/paths.js';
import { StateStore } from '../../src/state/state-store.js';
import type { LabState } from '../../src/state/types.js';
import type { WorldReader } from '../../src/state/world.js';
import type { ProfileFile } from '../../src/spec/types.js';
import { tmpDir } from '../helpers/cli.js';
import { graphOf, type LabSketch } from '../helpers/lab.js';
import { hostLab } from '../helpers/hosts.js';
import { compile } from '../../src/model/compile.js';
import { resolveLab } from '../../src/spec/resolve.js';

/**
 * A pretend machine: processes and overlay files in memory. The runtime
 * "starts QEMU" by adding a process that /proc would show as this lab's QEMU.
 */
class FakeMachine implements Runtime {
  processes = new Map<number, string>();
  files = new Set<string>();
  nextPid = 100;
  failReady = new Set<string>();
  log: string[] = [];
  constructor(readonly paths: ReturnType<typeof labPaths>) {}

  world(): WorldReader {
    return {
      process: (pid) => (this.processes.has(pid) ? { exe: '/usr/bin/qemu-system-x86_64', cmdline: ['qemu', '-pidfile', this.paths.pidfile(this.processes.get(pid)!)] } : null),
      fileExists: (path) => this.files.has(path),
    };
  }
  async start(node: DesiredNode, fresh: boolean) {
    if (fresh) this.files.add(this.paths.overlay(node.name));
    const pid = this.nextPid++;
    this.processes.set(pid, node.name);
    this.log.push(`start ${node.name}`);
    return pid;
  }
  async stop(name: string, pid: number | null) {
    if (pid !== null) this.processes.delete(pid);
    this.log.push(`stop ${name}`);
    return 'powered down';
  }
  async waitForListeners() {}
  async unconnectedLinks() {
    return [];
  }
  async waitReady(node: DesiredNode) {
    if (this.failReady.has(node.name)) throw new Error(`${node.name} was not ready within 1 s`);
  }
  async updateLive(node: DesiredNode) {
    this.log.push(`update ${node.name}`);
  }
  async setupTestHosts(node: DesiredNode, remove: string[]) {
    this.log.push(`setup ${node.name}: ${node.testHosts.map((h) => h.name).join(',')}${remove.length ? ` -${remove.join(',')}` : ''}`);
  }
  async setCarrier(name: string, nics: { interface?: string }[], up: boolean) {
    this.log.push(`carrier ${name} ${nics.map((n) => n.interface).join(',')} ${up ? 'on' : 'off'}`);
  }
  removeFiles(name: string) {
    this.files.delete(this.paths.overlay(name));
  }
}

const sketch: LabSketch = {
  devices: ['spine1', 'leaf1', 'leaf2'],
  links: [
    ['spine1:Ethernet0', 'leaf1:Ethernet0'],
    ['spine1:Ethernet4', 'leaf2:Ethernet0'],
  ],
};

/** The profiles as they are on disk now, the way readSpecs() would hand them over. */
function profilesOn(specDir: string): Record<string, ProfileFile> {
  const dir = join(specDir, 'profiles');
  const out: Record<string, ProfileFile> = {};
  for (const f of readdirSync(dir)) {
    const text = readFileSync(join(dir, f), 'utf8');
    out[f.replace(/\.json$/, '')] = { file: `profiles/${f}`, text, value: JSON.parse(text) };
  }
  return out;
}

async function converge(machine: FakeMachine, graph: DesiredGraph, state: LabState | null, specDir: string) {
  const observed = await gather(state, machine.paths, profilesOn(specDir), machine.world());
  const p = plan(graph, observed, { host: null });
  const store = new StateStore(machine.paths, state, { name: graph.lab, specDir, host: null });
  const results = await execute(p, graph, store, machine, { parallel: 4, progress: { node: () => undefined }, specDir });
  return { plan: p, results, state: store.state };
}

function setup() {
  const root = tmpDir('vmlab-exec-');
  const paths = labPaths(join(root, 'home'), 'lab');
  mkdirSync(join(root, 'specs', 'profiles'), { recursive: true });
  return { machine: new FakeMachine(paths), specDir: join(root, 'specs'), paths };
}

test('apply, gather again, plan again → nothing to do', async () => {
  const { machine, specDir, paths } = setup();
  const graph = graphOf(sketch);
  const first = await converge(machine, graph, null, specDir);
  expect(first.results.every((r) => r.status === 'done')).toBe(true);
  expect(Object.values(first.state.nodes).every((n) => n.ready && n.pid !== null)).toBe(true);
  // state.json on disk is what the store holds
  expect(JSON.parse(readFileSync(paths.state, 'utf8'))).toEqual(first.state);
  const again = plan(graph, await gather(first.state, paths, profilesOn(specDir), machine.world()), { host: null });
  expect(again.actions).toEqual([]);
});

test('a failed listener skips its connectors, independent work goes on, the next apply heals', async () => {
  const { machine, specDir, paths } = setup();
  const graph = graphOf(sketch);
  machine.failReady.add('leaf1');
  const first = await converge(machine, graph, null, specDir);
  const status = Object.fromEntries(first.results.map((r) => [r.id, r.status]));
  // leaf1's QEMU started (its socket listened) but never became ready: spine1 connects to it and is skipped
  expect(status).toMatchObject({ 'create:leaf1': 'failed', 'create:leaf2': 'done', 'create:spine1': 'done', 'patch-profile:leaf1': 'skipped' });
  expect(first.state.nodes.leaf1!.ready).toBe(false);

  machine.failReady.clear();
  const second = await converge(machine, graph, first.state, specDir);
  expect(second.plan.actions.map((a) => `${a.action} ${a.node}`)).toEqual(['restart leaf1', 'restart spine1', 'patch-profile leaf1']);
  expect(second.results.every((r) => r.status === 'done')).toBe(true);
  expect(existsSync(paths.state)).toBe(true);
});

test('replaced and restarted QEMUs are stopped before anything starts', async () => {
  const { machine, specDir } = setup();
  const first = await converge(machine, graphOf(sketch), null, specDir);
  machine.log = [];
  const bigger = graphOf({ ...sketch, profiles: { leaf1: { vm_memory: 512 } } });
  await converge(machine, bigger, first.state, specDir);
  // leaf1 is replaced; spine1 connects to it and restarts; both stop first
  expect(machine.log).toEqual(['stop leaf1', 'stop spine1', 'start leaf1', 'start spine1']);
});

describe('a lab with test hosts', () => {
  const hostsGraph = (devices: string[]) => compile(resolveLab(hostLab({ devices }), { homeDir: '/home/user' }));
  const emptyGraph = (g: DesiredGraph): DesiredGraph => ({ ...g, nodes: [], links: [] });

  test('the hosts are set up once the VM is ready; their profiles, not the VM, get its ports; a host leaving gets its profile back', async () => {
    const { machine, specDir } = setup();
    const first = await converge(machine, hostsGraph(['sw1', 'host1', 'host2']), null, specDir);
    expect(first.results.every((r) => r.status === 'done')).toBe(true);
    expect(machine.log).toContain('setup hostvm: host1,host2');
    expect(readdirSync(join(specDir, 'profiles')).sort()).toEqual(['host1.json', 'host2.json', 'sw1.json']);
    expect(JSON.parse(readFileSync(join(specDir, 'profiles', 'host2.json'), 'utf8'))).toEqual({ mgmt_ip: '127.0.0.1', ssh_port: 40000, console_port: 30000 });
    expect(first.state.nodes.hostvm!.test_hosts!.map((h) => h.name)).toEqual(['host1', 'host2']);

    // an unlinked host joins: set up in the running VM, nothing restarts
    machine.log = [];
    const withHost3 = await converge(machine, hostsGraph(['sw1', 'host1', 'host2', 'host3']), first.state, specDir);
    expect(withHost3.plan.actions.map((a) => a.id)).toEqual(['update:hostvm', 'patch-profile:host3']);
    expect(machine.log).toEqual(['update hostvm', 'setup hostvm: host1,host2,host3']);
    expect(withHost3.state.nodes.hostvm!.test_hosts!.map((h) => h.name)).toEqual(['host1', 'host2', 'host3']);

    // and leaves again: its namespace is removed and its profile (vmlab made it) goes
    machine.log = [];
    const without = await converge(machine, hostsGraph(['sw1', 'host1', 'host2']), withHost3.state, specDir);
    expect(machine.log).toEqual(['update hostvm', 'setup hostvm: host1,host2 -host3']);
    expect(existsSync(join(specDir, 'profiles', 'host3.json'))).toBe(false);
    expect(without.state.profiles.host3).toBeUndefined();

    // destroy: every host's profile is put back
    const graph = hostsGraph(['sw1', 'host1', 'host2']);
    const gone = await converge(machine, emptyGraph(graph), without.state, specDir);
    expect(gone.results.every((r) => r.status === 'done')).toBe(true);
    expect(readdirSync(join(specDir, 'profiles'))).toEqual([]);
    expect(gone.state.profiles).toEqual({});
  });
});

describe('admin-down links through the executor', () => {
  const DOWN = { a: 'spine1:Ethernet0', z: 'leaf1:Ethernet0', admin: 'down' as const, since: '2026-11-27T10:00:00.000Z' };

  test('a link taken down gets its carriers turned off live and recorded; a restart of an end turns its carrier off again at once', async () => {
    const { machine, specDir } = setup();
    const graph = graphOf(sketch);
    const first = await converge(machine, graph, null, specDir);
    machine.log = [];
    const down = await converge(machine, graph, { ...first.state, link_intents: [DOWN] }, specDir);
    expect(down.plan.actions.map((a) => a.id)).toEqual(['update:leaf1', 'update:spine1']);
    expect(down.state.nodes.leaf1!.carrier_off).toEqual(['Ethernet0']);
    expect(down.state.nodes.spine1!.carrier_off).toEqual(['Ethernet0']);
    expect(down.state.nodes.leaf2!.carrier_off).toBeUndefined();

    // leaf1's QEMU dies: its start (and spine1's restart, a 7.2 socket connector) takes the link down again before anything else
    machine.processes.delete(down.state.nodes.leaf1!.pid!);
    machine.log = [];
    const healed = await converge(machine, graph, down.state, specDir);
    expect(healed.plan.actions.map((a) => a.id)).toEqual(['start:leaf1', 'restart:spine1']);
    expect(machine.log).toEqual(['stop spine1', 'start leaf1', 'carrier leaf1 Ethernet0 off', 'start spine1', 'carrier spine1 Ethernet0 off']);
    expect(healed.state.nodes.leaf1!.carrier_off).toEqual(['Ethernet0']);
    expect(healed.state.link_intents).toEqual([DOWN]);

    // nothing left to do: the link stays down
    const again = await converge(machine, graph, healed.state, specDir);
    expect(again.plan.actions).toEqual([]);
  });

  test('a link brought up: the carriers go back on and the record forgets them', async () => {
    const { machine, specDir } = setup();
    const graph = graphOf(sketch);
    const first = await converge(machine, graph, null, specDir);
    const down = await converge(machine, graph, { ...first.state, link_intents: [DOWN] }, specDir);
    const { link_intents: _gone, ...withoutIntent } = down.state;
    const up = await converge(machine, graph, withoutIntent, specDir);
    expect(up.plan.actions.map((a) => a.id)).toEqual(['update:leaf1', 'update:spine1']);
    expect(up.state.nodes.leaf1!.carrier_off).toBeUndefined();
    expect(up.state.nodes.spine1!.carrier_off).toBeUndefined();
  });
});
