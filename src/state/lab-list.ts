import { isLabQemu } from './identity.js';
import { procProcess } from './proc-world.js';
import { readState, StateError } from './state-file.js';
import type { ProcessInfo } from './world.js';
import { deployedShares } from './lab-dir.js';

/** One deployed lab, as `vmlab list` shows it. Every key is always there (null when unknown). */
export interface LabSummary {
  name: string;
  /** The host whose share of a lab of several hosts this is (servers may share one home); null for a lab of one host. */
  host: string | null;
  /** The lab directory, $VMLAB_HOME/labs/<name> (or <name>@<host> for a share). */
  dir: string;
  spec_dir: string | null;
  /** Nodes whose QEMU runs (a live PID proven by /proc to be this lab's QEMU), of the nodes in state.json. */
  nodes_running: number | null;
  nodes_total: number | null;
  /** The hosts named in state.json (this machine's host and its nodes' hosts); empty for a single-host lab. */
  hosts: string[];
  created: string | null;
  age_seconds: number | null;
  /** Why the lab's state cannot be read (a damaged state.json); null when it can. */
  error: string | null;
}

/**
 * Every lab deployed under $VMLAB_HOME, sorted by name: a row per share of
 * a lab of several hosts whose servers share this home. A lab whose
 * state.json is damaged is a summary with `error`, not a failure: one broken
 * lab must not hide the others. Liveness comes from /proc only (no QMP), so
 * listing stays fast however many labs run.
 */
export function listLabs(home: string, processInfo: (pid: number) => ProcessInfo | null = procProcess, now = Date.now()): LabSummary[] {
  return deployedShares(home).flatMap((paths): LabSummary[] => {
    const summary: LabSummary = {
      name: paths.lab,
      host: paths.host,
      dir: paths.dir,
      spec_dir: null,
      nodes_running: null,
      nodes_total: null,
      hosts: [],
      created: null,
      age_seconds: null,
      error: null,
    };
    try {
      const state = readState(paths.state);
      if (state === null) return []; // destroyed meanwhile
      const records = Object.values(state.nodes);
      const hosts = new Set<string>();
      if (state.host !== null) hosts.add(state.host);
      for (const r of records) if (r.host !== null) hosts.add(r.host);
      const created = Date.parse(state.created);
      return [
        {
          ...summary,
          spec_dir: state.spec_dir,
          nodes_running: records.filter((r) => r.pid !== null && isLabQemu(processInfo(r.pid), paths.dir)).length,
          nodes_total: records.length,
          hosts: [...hosts].sort(),
          created: state.created,
          age_seconds: Number.isNaN(created) ? null : Math.max(0, Math.round((now - created) / 1000)),
        },
      ];
    } catch (err) {
      const why = err instanceof StateError ? `state.json is damaged: ${err.problems.map((p) => withoutFile(p, err.file)).join('; ')}` : (err as Error).message;
      return [{ ...summary, error: why }];
    }
  });
}

/** A state problem without the file name in front: the row already names the lab. */
function withoutFile(problem: string, file: string): string {
  for (const prefix of [`${file}: `, `${file} `]) if (problem.startsWith(prefix)) return problem.slice(prefix.length);
  return problem;
}
