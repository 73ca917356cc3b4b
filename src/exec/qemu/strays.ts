import { readdirSync } from 'node:fs';
import { labQemuNode } from '../../state/identity.js';
import { procProcess } from '../../state/proc-world.js';
import type { LabQemu } from '../../ports/machine.js';

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
