import { ConflictError, UsageError, VmlabError } from '../errors.js';
import { execute } from './execute/executor.js';
import { storeSink } from './execute/store-sink.js';
import { pausedStarts } from '../plan/paused-starts.js';
import { withLogins } from '../plan/logins.js';
import type { Machine } from '../ports/machine.js';
import type { Progress } from '../ports/runtime.js';
import { compile } from '../model/compile.js';
import { desiredLab } from './desired-lab.js';
import { gather } from '../state/gather.js';
import { acquireLock } from '../state/lock.js';
import { StateStore } from '../state/state-store.js';
import type { ObservedLab } from '../state/types.js';
import { loadLab } from '../specs/load.js';
import type { LabSpec } from '../specs/resolved.js';
import { recordedPlacement, type DeployedLab } from '../state/lab-dir.js';
import { desiredHash } from './plan-lab.js';

const SNAPSHOT_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

interface Session {
  store: StateStore;
  observed: ObservedLab;
  running: string[];
  stopped: string[];
}

async function open(lab: DeployedLab, machine: Machine): Promise<Session> {
  const observed = await gather(lab.state, lab.paths, {}, machine.world(lab.paths));
  const names = Object.keys(observed.nodes).sort();
  return {
    store: new StateStore(lab.paths, lab.state, { name: lab.name, specDir: lab.state.spec_dir, host: lab.state.host }),
    observed,
    running: names.filter((n) => observed.nodes[n]!.process === 'running'),
    stopped: names.filter((n) => observed.nodes[n]!.process !== 'running'),
  };
}

/**
 * A snapshot's hash is of the topology alone: its links compiled as socket
 * links whatever QEMU runs them, so a QEMU upgrade changes no snapshot's hash.
 */
const topologyHash = (spec: LabSpec) => desiredHash(compile(spec, { links: 'socket' }));

function currentHash(lab: DeployedLab): string {
  return desiredHash(desiredLab({ specDir: lab.state.spec_dir, sources: lab.sources, placedBefore: { state: lab.state } }, { links: 'socket' }).graph);
}

export async function takeSnapshot(lab: DeployedLab, name: string, progress: Progress, machine: Machine): Promise<void> {
  if (!SNAPSHOT_NAME.test(name)) throw new UsageError(`snapshot name "${name}": use letters, digits, '.', '_' and '-'`);
  const release = await acquireLock(lab.paths.lock, `vmlab snapshot --name ${name}`, 10_000);
  try {
    if (lab.state.snapshots?.[name])
      throw new ConflictError(`lab "${lab.name}" already has a snapshot "${name}"; delete it first (vmlab snapshot --delete ${name})`);
    const s = await open(lab, machine);
    const t0 = Date.now();
    await machine.snapshots.whilePaused(lab.paths, s.running, async (vm) => {
      for (const node of s.running) await vm.save(node, name);
    });
    for (const node of s.stopped) await machine.snapshots.offline(lab.paths, node, 'create', name);
    s.store.update((d) => {
      d.snapshots ??= {};
      d.snapshots[name] = { name, created: new Date().toISOString(), nodes: [...s.running, ...s.stopped].sort(), desired_hash: currentHash(lab) };
    });
    progress.node(
      lab.name,
      `snapshot "${name}" of ${s.running.length + s.stopped.length} nodes taken in ${((Date.now() - t0) / 1000).toFixed(1)} s (VMs paused meanwhile)`,
    );
  } finally {
    release();
  }
}

export interface RestoreOptions {
  /** Restore even though the topology changed since the snapshot. */
  force: boolean;
  /** The accelerator for the nodes that must be started (else the best this machine has). */
  accel?: string;
  progress: Progress;
  machine: Machine;
}

export async function restoreSnapshot(lab: DeployedLab, name: string, options: RestoreOptions): Promise<void> {
  const { progress, machine } = options;
  const snapshot = lab.state.snapshots?.[name];
  if (!snapshot)
    throw new UsageError(`lab "${lab.name}" has no snapshot "${name}"; snapshots: ${Object.keys(lab.state.snapshots ?? {}).join(', ') || '(none)'}`);
  const spec = loadLab(lab.state.spec_dir, lab.sources, () => recordedPlacement(lab.state)).lab;
  if (!options.force && topologyHash(spec) !== snapshot.desired_hash) {
    throw new ConflictError(`the topology changed since snapshot "${name}" was taken (the plan would differ); restore it anyway with --force`);
  }
  const release = await acquireLock(lab.paths.lock, `vmlab restore --name ${name}`, 10_000);
  try {
    const s = await open(lab, machine);
    const missing = snapshot.nodes.filter((n) => !s.observed.nodes[n]);
    if (missing.length) throw new VmlabError(`nodes of snapshot "${name}" are gone from the lab: ${missing.join(', ')}`);
    // A stopped node is started paused (through the plan and the executor, like any start), then loaded with the others.
    const qemu = await machine.qemu(lab.paths.home);
    const graph = compile(spec, { links: qemu?.links ?? 'socket' });
    const toStart = snapshot.nodes.filter((n) => s.stopped.includes(n));
    const gone = toStart.filter((n) => !graph.nodes.some((d) => d.name === n));
    if (gone.length) throw new VmlabError(`node ${gone.join(', ')} is not in the specs any more`);
    // With their logins, which state.json records for `vmlab ssh` (a plan holds none).
    const plan = withLogins(pausedStarts(graph, s.observed, toStart, name), graph);
    if (plan.changes) {
      const runtime = await machine.runtime(lab.paths, { accel: machine.accel(options.accel).accel, qemu });
      const results = await execute(plan, runtime, storeSink(s.store, lab.state.spec_dir), { parallel: Math.max(1, toStart.length), progress });
      const failed = results.filter((r) => r.status !== 'done');
      if (failed.length)
        throw new VmlabError(
          `could not start ${failed.map((r) => r.id.replace(/^start:/, '')).join(', ')} to load snapshot "${name}": ${failed.map((r) => r.error).join('; ')}`,
        );
    }
    const t0 = Date.now();
    await machine.snapshots.whilePaused(lab.paths, snapshot.nodes, async (vm) => {
      for (const node of snapshot.nodes) await vm.load(node, name);
    });
    progress.node(lab.name, `snapshot "${name}" restored on ${snapshot.nodes.length} nodes in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } finally {
    release();
  }
}

export async function deleteSnapshot(lab: DeployedLab, name: string, machine: Machine): Promise<void> {
  const snapshot = lab.state.snapshots?.[name];
  if (!snapshot) throw new UsageError(`lab "${lab.name}" has no snapshot "${name}"`);
  const release = await acquireLock(lab.paths.lock, `vmlab snapshot --delete ${name}`, 10_000);
  try {
    const s = await open(lab, machine);
    for (const node of snapshot.nodes) {
      if (s.running.includes(node)) await machine.snapshots.deleteLive(lab.paths, node, name);
      else if (s.observed.nodes[node]) await machine.snapshots.offline(lab.paths, node, 'delete', name);
    }
    s.store.update((d) => {
      delete d.snapshots?.[name];
    });
  } finally {
    release();
  }
}

export interface SnapshotListing {
  name: string;
  created: string;
  nodes: string[];
  bytes: number;
}

export async function listSnapshots(lab: DeployedLab, machine: Machine): Promise<SnapshotListing[]> {
  const sizes = new Map<string, Map<string, number>>();
  for (const node of Object.keys(lab.state.nodes)) sizes.set(node, await machine.snapshots.sizes(lab.paths, node));
  return Object.values(lab.state.snapshots ?? {})
    .sort((a, b) => a.created.localeCompare(b.created))
    .map((s) => ({ name: s.name, created: s.created, nodes: s.nodes, bytes: s.nodes.reduce((sum, n) => sum + (sizes.get(n)?.get(s.name) ?? 0), 0) }));
}
