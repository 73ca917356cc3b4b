import { existsSync, readFileSync, readlinkSync } from 'node:fs';
import { imageIdentity } from './read-image-identity.js';
import type { ProcessInfo, WorldReader } from './world.js';

/** Reads a process's identity from /proc (Linux). */
export function procProcess(pid: number): ProcessInfo | null {
  try {
    const exe = readlinkSync(`/proc/${pid}/exe`);
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      .split('\0')
      .filter((s) => s.length > 0);
    return { exe, cmdline };
  } catch {
    return null;
  }
}

/** The world as seen from this machine, without asking QEMU (plan-only callers add QMP). */
export const procWorld: WorldReader = {
  process: procProcess,
  fileExists: existsSync,
  imageIdentity,
};
