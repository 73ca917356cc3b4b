import { UsageError } from '../errors.js';
import { loadLab } from '../specs/load.js';
import { unsafeNameReason } from '../specs/names.js';
import type { LabState } from './types.js';

/** The host names a deployed lab knows: its specs' hosts (when they still load) and those in its state. */
export function hostsOfLab(state: LabState): string[] {
  const hosts = new Set<string>();
  if (state.host !== null) hosts.add(state.host);
  for (const record of Object.values(state.nodes)) if (record.host !== null) hosts.add(record.host);
  try {
    for (const host of Object.keys(loadLab(state.spec_dir).lab.hosts)) hosts.add(host);
  } catch {
    // the specs moved or broke: the state's own hosts are all we know
  }
  return [...hosts].sort();
}

/**
 * --host on a command that acts on a deployed lab: a safe name, and one of the
 * lab's hosts. A typo must not "destroy" nothing and report success.
 */
export function checkHostOfLab(host: string, state: LabState | null): void {
  const unsafe = unsafeNameReason(host);
  if (unsafe) throw new UsageError(`--host: host name ${unsafe}`);
  if (state === null) return;
  const known = hostsOfLab(state);
  if (known.includes(host)) return;
  throw new UsageError(
    `--host ${host}: lab "${state.name}" has no such host (${known.length ? `its hosts: ${known.join(', ')}` : 'it runs on one host and defines none'})`,
  );
}
