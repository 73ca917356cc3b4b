import type { SpecSources } from '../../specs/types.js';
import type { ControllerRecord } from '../../state/controller-record.js';
import { loadLabAs } from '../../state/lab-dir.js';
import { controlledLab } from './control-labs.js';

/** What a command names of its lab: --lab, -S (with --platforms/--secrets), --host, a saved plan. */
export interface LabTarget {
  lab?: string;
  specs?: string;
  sources?: SpecSources;
  host?: string;
  /** apply only: a plan saved by "plan --out" (one server's share). */
  planFile?: string;
}

/** Here: this machine's own lab, or its share. Servers: the lab's servers, driven over SSH from here. */
export type Where = { here: true } | { here: false; record: ControllerRecord | null };

/**
 * Where a command about a lab runs; the one rule for every command.
 * `--host` always means this machine's own share of the lab, and a saved
 * plan is one share's, applied here. Otherwise a lab this machine drives (it
 * holds the lab's controller record) runs on its servers; and `apply` of
 * specs whose nodes span several servers drives them even before there is a
 * record (`record: null`): its first run makes it.
 */
export function whereToRun(home: string, target: LabTarget, command: 'apply' | 'other', specDir?: string): Where {
  if (target.host !== undefined || target.planFile !== undefined) return { here: true };
  const record = controlledLab(home, { lab: target.lab, specs: target.specs, sources: target.sources });
  if (record !== null) return { here: false, record };
  if (command === 'apply' && specDir !== undefined && spansServers(specDir, target)) return { here: false, record: null };
  return { here: true };
}

/** Do the specs place their nodes on more than one server? */
function spansServers(specDir: string, target: LabTarget): boolean {
  const { lab } = loadLabAs(specDir, target.lab, target.sources);
  return Object.keys(lab.hosts).length > 1;
}
