import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { readSpecs } from './read.js';
import { resolveLab } from './resolve.js';
import type { LabSpec } from './resolved.js';
import type { SpecSet } from './types.js';

export interface LoadedLab {
  specs: SpecSet;
  lab: LabSpec;
}

/** Reads, checks and resolves a spec directory. Throws SpecError listing every mistake. */
export function loadLab(dir: string): LoadedLab {
  const specs = readSpecs(resolve(dir));
  return { specs, lab: resolveLab(specs, { homeDir: homedir() }) };
}
