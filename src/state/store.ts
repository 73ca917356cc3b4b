import { readFileSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { VmlabError } from '../errors.js';
import type { LabState } from './types.js';

/** Reads state.json; null when the lab was never deployed (or was destroyed). */
export function readState(file: string): LabState | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  try {
    return JSON.parse(text) as LabState;
  } catch (err) {
    throw new VmlabError(`${file} is not valid JSON (${(err as Error).message}); move it away and run "vmlab destroy --force"`);
  }
}

/** Writes state.json atomically (temp file + rename): a crash leaves the old or the new file, never half of one. */
export function writeState(file: string, state: LabState): void {
  writeFileAtomic.sync(file, `${JSON.stringify(state, null, 2)}\n`);
}
