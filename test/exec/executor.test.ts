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
