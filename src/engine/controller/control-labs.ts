import { controlledLabs, readControllerRecord, type ControllerRecord } from '../../state/controller-record.js';
import { deployedLabs } from '../../state/lab-dir.js';
import { loadLab } from '../../specs/load.js';
import type { SpecSources } from '../../specs/types.js';

/**
 * The lab a command means, when this machine drives it as a controller:
 * --lab, else the lab of -S, else the only lab this machine knows (as a
 * controller, with no lab of its own deployed). Null when the command is
 * about a lab this machine runs itself (or none at all).
 */
export function controlledLab(home: string, opts: { lab?: string; specs?: string; sources?: SpecSources }): ControllerRecord | null {
  let name = opts.lab;
  if (name === undefined && opts.specs !== undefined) {
    try {
      name = loadLab(opts.specs, opts.sources).lab.name;
    } catch {
      return null; // bad specs: whichever command runs next says what is wrong
    }
  }
  if (name === undefined) {
    const controlled = controlledLabs(home);
    if (controlled.length !== 1 || deployedLabs(home).length > 0) return null;
    name = controlled[0]!;
  }
  return readControllerRecord(home, name);
}
