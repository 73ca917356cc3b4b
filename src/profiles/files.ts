import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
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
