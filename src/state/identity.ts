import { basename } from 'node:path';
import { unsafeNameReason } from '../specs/names.js';
import type { ProcessInfo } from './world.js';

/**
 * Is this process our QEMU for this lab? PIDs are reused, so a bare PID proves
 * nothing: the executable must be a QEMU system emulator whose `-pidfile` is
 * exactly `<labDir>/qemu/<node>.pid`. A command line that merely contains the
 * lab's path somewhere (a disk under it, a parent directory of it) is not
 * proof: that substring match once let `destroy --force` kill other QEMUs.
 */
export function isLabQemu(info: ProcessInfo | null, labDir: string): boolean {
  return labQemuNode(info, labDir) !== null;
}

/** The node a process is this lab's QEMU for, or null when it is not one (see isLabQemu). */
export function labQemuNode(info: ProcessInfo | null, labDir: string): string | null {
  if (info === null) return null;
  const exe = basename(info.exe.replace(/ \(deleted\)$/, ''));
  if (!exe.startsWith('qemu-system-')) return null;
  const at = info.cmdline.indexOf('-pidfile');
  if (at < 0 || at + 1 >= info.cmdline.length) return null;
  const pidfile = info.cmdline[at + 1]!;
  const prefix = `${labDir.replace(/\/+$/, '')}/qemu/`;
  if (!pidfile.startsWith(prefix) || !pidfile.endsWith('.pid')) return null;
  const node = pidfile.slice(prefix.length, -'.pid'.length);
  return unsafeNameReason(node) === null ? node : null;
}
