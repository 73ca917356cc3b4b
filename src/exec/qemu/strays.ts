import { readdirSync } from 'node:fs';
import { labQemuNode } from '../../state/identity.js';
import { procProcess } from '../../state/proc-world.js';

export interface LabQemu {
  pid: number;
  node: string;
}

/**
 * Every live QEMU of this lab, found through /proc and proven by its
 * -pidfile (exactly `<labDir>/qemu/<node>.pid`), in PID order. Never matches
 * by name or by a path merely mentioned on the command line.
 */
export function labQemuProcesses(labDir: string): LabQemu[] {
  const found: LabQemu[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const node = labQemuNode(procProcess(Number(entry)), labDir);
    if (node !== null) found.push({ pid: Number(entry), node });
  }
  return found.sort((a, b) => a.pid - b.pid);
}

/**
 * QEMUs of this lab that state.json does not know: a vmlab killed between
 * starting a QEMU and recording its PID leaves one behind, holding the node's
 * ports. Only meaningful under the lab lock, when no other run is starting one.
 */
export function orphanQemus(labDir: string, recordedPids: Iterable<number | null>): LabQemu[] {
  const known = new Set([...recordedPids].filter((p): p is number => p !== null));
  return labQemuProcesses(labDir).filter((q) => !known.has(q.pid));
}
