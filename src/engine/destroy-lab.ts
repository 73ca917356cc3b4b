import { join } from 'node:path';
import { execute, type StepResult } from './execute/executor.js';
import { recordLinks } from './execute/link-carrier.js';
import { storeSink } from './execute/store-sink.js';
import type { Machine } from '../ports/machine.js';
import type { Progress } from '../ports/runtime.js';
import type { DesiredGraph } from '../model/types.js';
import { plan as makePlan } from '../plan/plan.js';
import type { Plan } from '../plan/types.js';
import { forceDestroyAdvice } from '../state/advice.js';
import { gather } from '../state/gather.js';
import { acquireLock } from '../state/lock.js';
import { shippedSpecsDir, type LabPaths } from '../state/paths.js';
import { StateStore } from '../state/state-store.js';
import type { LabState } from '../state/types.js';
import { isLabDirectory, removeLabDirectory, specDirIdentity } from '../state/lab-dir.js';
import { salvageProfiles } from '../profiles/salvage.js';
import { removeShipped } from '../remote/received-specs.js';

export interface DestroyOptions {
  paths: LabPaths;
  /** null: state.json is gone or damaged (only with force). */
  state: LabState | null;
  host: string | null;
  force: boolean;
  lockWaitMs: number;
  progress: Progress;
  /** Where QEMUs are stopped and their files removed. */
  machine: Machine;
}

export interface DestroyOutcome {
  plan: Plan;
  results: StepResult[];
  errors: string[];
  /** Was the lab directory removed? */
  removed: boolean;
  /** Nodes still recorded (another host's share kept, or a failure). */
  left: string[];
  /** The command that removes what is left. */
  forceAdvice: string;
}

/**
 * Destroys a lab (or one host's share): a plan whose desired state is empty,
 * executed like any other, so QEMUs stop gracefully, overlays go and profiles
 * are restored. Goes on past failures. The lab directory goes when no node of
 * it is left, and only if it really is a lab directory of this store. The
 * lock is held until the files are gone, so no run can start in a half-removed lab.
 */
export async function destroyLab(options: DestroyOptions): Promise<DestroyOutcome> {
  const { paths, state } = options;
  const lab = state?.name ?? paths.lab;
  const forceAdvice = forceDestroyAdvice(paths.home, lab, paths.host);
  const release = await acquireLock(paths.lock, 'vmlab destroy', options.lockWaitMs);
  const errors: string[] = [];
  try {
    const empty: DesiredGraph = { lab, transport: 'tcp', hosts: {}, nodes: [], links: [] };
    const observed = await gather(state, paths, {}, options.machine.world(paths));
    const plan = makePlan(empty, observed, { host: options.host });
    let results: StepResult[] = [];
    let left: string[] = [];
    if (state) {
      const store = new StateStore(paths, state, { name: state.name, specDir: state.spec_dir, host: state.host });
      results = await execute(plan, await options.machine.runtime(paths, {}), storeSink(store, state.spec_dir), { parallel: 8, progress: options.progress });
      recordLinks(store, []);
      for (const r of results) if (r.status !== 'done') errors.push(`${r.id}: ${r.error}`);
      left = Object.keys(store.state.nodes).sort();
      if (left.length > 0 && !options.force) return { plan, results, errors, removed: false, left, forceAdvice };
    } else {
      // state.json is damaged or gone: put back the profiles whose undo records still read well.
      for (const note of salvageProfiles(paths)) options.progress.node(lab, note);
    }
    if (options.force) {
      // Every QEMU proven to be this lab's (by its -pidfile), whether state.json knew it or not.
      for (const stray of options.machine.labQemus(paths.dir)) {
        options.progress.node(stray.node, `killing stray QEMU pid ${stray.pid}`);
        await options.machine.killQemu(stray.pid, paths.dir);
      }
    }
    if (!isLabDirectory(paths)) {
      errors.push(`${paths.dir} is not a lab directory of ${paths.home} (a symlink, or not a directory): left in place`);
      return { plan, results, errors, removed: false, left, forceAdvice };
    }
    removeLabDirectory(paths);
    // A lab a controller shipped here: its copy of the specs goes with it (the controller keeps the original).
    // The copy is named for the share (paths.host), or for the --host the controller named when the lab has one host.
    for (const host of new Set([paths.host, options.host])) {
      const shipped = shippedSpecsDir(paths.home, lab, host);
      if ((state === null && host === paths.host) || state?.spec_dir === specDirIdentity(join(shipped, 'specs'))) removeShipped(paths.home, lab, host);
    }
    return { plan, results, errors, removed: true, left: [], forceAdvice };
  } finally {
    release();
  }
}
