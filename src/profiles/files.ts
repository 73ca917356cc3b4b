import { existsSync, mkdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { basename, dirname, join, sep } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

/** A profile's text, null when there is no such file. */
export function readText(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** Writes whole or not at all: a profile is never left half-written. A spec directory without profiles/ gets one. */
export function writeTextAtomic(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileAtomic.sync(file, text);
}

export function removeFile(file: string): void {
  rmSync(file, { force: true });
}

/**
 * Where a recorded profile really is, when that is outside the spec
 * directory (a link, or a directory link on the way, that leads out of it);
 * null when it lies inside, or is not there at all.
 */
export function outsideSpecDir(specDir: string, file: string): string | null {
  let root: string;
  let real: string;
  try {
    root = realpathSync(specDir);
    const path = join(specDir, file);
    real = existsSync(path) ? realpathSync(path) : join(realpathSync(dirname(path)), basename(path));
  } catch {
    return null; // no such directory: nothing there to put back or remove
  }
  return real === root || real.startsWith(`${root}${sep}`) ? null : real;
}
