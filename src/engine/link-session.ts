import { UsageError } from '../errors.js';
import type { DesiredGraph } from '../model/types.js';
import type { Progress } from '../ports/runtime.js';
import type { DeployedLab } from '../state/lab-dir.js';
import { resolveHost } from '../state/local-host.js';
import { acquireLock } from '../state/lock.js';
import { readState } from '../state/state-file.js';
import { StateStore } from '../state/state-store.js';
import type { LabState } from '../state/types.js';

/** Which host of a multi-host lab this is (found from this machine's addresses unless given); null for a lab on one machine. */
export function labHost(graph: DesiredGraph, given: string | undefined): string | null {
  const host = resolveHost(graph.hosts, given, true);
  if (host !== null && !Object.hasOwn(graph.hosts, host)) {
    const known = Object.keys(graph.hosts).sort();
    throw new UsageError(`--host ${host}: not in vmlab.hosts of topology.json (${known.length ? known.join(', ') : 'the lab defines no hosts'})`);
  }
  return host;
}

/** A deployed lab's state under its lock, as the link commands change it. `release` ends the session. */
export interface LockedLab {
  state: LabState;
  store: StateStore;
  release: () => void;
}

/**
 * Takes the lab lock (waiting for another run up to `lockWaitMs`), then reads
 * state.json again: a run we waited for may have changed it.
 */
export async function lockLab(lab: DeployedLab, labName: string, command: string, lockWaitMs: number, progress: Progress): Promise<LockedLab> {
  const paths = lab.paths;
  const release = await acquireLock(paths.lock, command, lockWaitMs, (holder) => progress.node(labName, `waiting for the lab lock held by ${holder}`));
  try {
    const state = readState(paths.state);
    if (state === null) throw new UsageError(`lab "${labName}" is not deployed`);
    return { state, store: new StateStore(paths, state, { name: labName, specDir: state.spec_dir, host: state.host }), release };
  } catch (err) {
    release();
    throw err;
  }
}
