import { controlledLabs, readControllerRecord } from '../state/controller-record.js';
import { listLabs, type LabSummary } from '../state/lab-list.js';

/** A lab this machine drives across servers (it may run none of its nodes itself). */
export interface DrivenLab {
  name: string;
  spec_dir: string;
  servers: string[];
}

/**
 * `vmlab list`: every lab deployed under `home` (a damaged one with what is
 * wrong), and the labs this machine drives. A damaged controller record is
 * left to the commands that act on it.
 */
export function deployedAndDriven(home: string): { labs: LabSummary[]; driven: DrivenLab[] } {
  const driven = controlledLabs(home).flatMap((name) => {
    try {
      const record = readControllerRecord(home, name);
      return record ? [{ name, spec_dir: record.spec_dir, servers: record.servers.map((s) => s.name) }] : [];
    } catch {
      return [];
    }
  });
  return { labs: listLabs(home), driven };
}
