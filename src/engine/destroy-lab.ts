import { readdirSync, rmSync } from 'node:fs';
import { execute, type StepResult } from '../exec/executor.js';
import { qmpWorld } from '../exec/qemu/observe.js';
import { killLabQemu } from '../exec/qemu/process.js';
import { QemuRuntime } from '../exec/qemu-runtime.js';
import type { Progress } from '../exec/runtime.js';
import type { DesiredGraph } from '../model/types.js';
import { plan as makePlan } from '../plan/plan.js';
import type { Plan } from '../plan/types.js';
import { gather } from '../state/gather.js';
import { isLabQemu } from '../state/identity.js';
import { acquireLock } from '../state/lock.js';
import type { LabPaths } from '../state/paths.js';
import { procProcess } from '../state/proc-world.js';
import { StateStore } from '../state/state-store.js';
import type { LabState } from '../state/types.js';

export interface DestroyOptions {
  paths: LabPaths;
  state: LabState | null;
  host: string | null;
  force: boolean;
  lockWaitMs: number;
  progress: Progress;
}

/**
 * Every QEMU of this lab that still runs, found by PID and proven by /proc
 * (a QEMU binary whose command line names this lab's directory). Used by
 * --force when state.json and reality disagree; never matches by name.
 */
function strayQemus(paths: LabPaths): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    if (isLabQemu(procProcess(Number(entry)), paths.dir)) pids.push(Number(entry));
  }
  return pids;
}

/**
 * Destroys a lab (or one host's share): a plan whose desired state is empty,
 * executed like any other, so QEMUs stop gracefully, overlays go and profiles
 * are restored. Goes on past failures. The lab directory goes when no node
 * of it is left.
 */
export async function destroyLab(options: DestroyOptions): Promise<{ plan: Plan; results: StepResult[]; errors: string[] }> {
  const { paths } = options;
  const release = await acquireLock(paths.lock, 'vmlab destroy', options.lockWaitMs);
  const errors: string[] = [];
  try {
    const state = options.state;
    const empty: DesiredGraph = { lab: state?.name ?? paths.dir, transport: 'tcp', hosts: {}, nodes: [], links: [] };
    const observed = await gather(state, paths, {}, qmpWorld(paths));
    const plan = makePlan(empty, observed, { host: options.host });
    let results: StepResult[] = [];
    if (state) {
      const store = new StateStore(paths, state, { name: state.name, specDir: state.spec_dir, host: state.host });
      results = await execute(plan, empty, store, new QemuRuntime(paths, 'tcg'), { parallel: 8, progress: options.progress, specDir: state.spec_dir });
      for (const r of results) if (r.status !== 'done') errors.push(`${r.id}: ${r.error}`);
      const left = Object.keys(store.state.nodes);
      if (left.length > 0 && !options.force) return { plan, results, errors };
    }
    if (options.force) {
      for (const pid of strayQemus(paths)) {
        options.progress.node(state?.name ?? 'lab', `killing stray QEMU pid ${pid}`);
        await killLabQemu(pid, paths.dir);
      }
    }
    release();
    rmSync(paths.dir, { recursive: true, force: true });
    return { plan, results, errors };
  } finally {
    release();
  }
}
