import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * path → sha256 of every file below dir: to prove a command wrote nothing.
 * `except` leaves out paths that match (e.g. vmlab's lock files, which are
 * kept for good once a lab has been locked).
 */
export function treeDigest(dir: string, except?: RegExp): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!except?.test(relative(dir, p))) out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** Lock files under a VMLAB_HOME: created by the first run that locks a lab, never removed. */
export const LOCK_FILES = /(^|\/)locks\/[^/]+\.lock$/;
