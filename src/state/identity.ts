import { basename } from 'node:path';
import type { ProcessInfo } from './world.js';

/**
 * Is this process our QEMU for this lab? PIDs are reused, so a bare PID proves
 * nothing: the executable must be a QEMU system emulator and its command line
 * must name this lab's directory (its pidfile lives there).
 */
export function isLabQemu(info: ProcessInfo | null, labDir: string): boolean {
  if (info === null) return false;
  const exe = basename(info.exe.replace(/ \(deleted\)$/, ''));
  if (!exe.startsWith('qemu-system-')) return false;
  const prefix = labDir.endsWith('/') ? labDir : `${labDir}/`;
  return info.cmdline.some((arg) => arg.includes(prefix));
}
