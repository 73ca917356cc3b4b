import { homedir } from 'node:os';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readSpecs } from './read.js';
import { resolveLab, specLabName } from './resolve.js';
import type { LabSpec } from './resolved.js';
import type { SpecSet, SpecSources } from './types.js';

export interface LoadedLab {
  specs: SpecSet;
  lab: LabSpec;
}

/**
 * Reads, checks and resolves a spec directory (either layout). Throws
 * SpecError listing every mistake. `sources`: the platforms and secrets
 * named by --platforms/--secrets or VMLAB_PLATFORMS/VMLAB_SECRETS, and the
 * image store of the caller's $VMLAB_HOME (given by the CLI, which alone
 * reads the environment).
 *
 * The placement decided before (placement.ts) is `sources.placement` when
 * given (--placement), else what `placedBefore` finds for the lab's name (the
 * caller's record of the deployed lab), else none.
 */
export function loadLab(dir: string, sources: SpecSources = {}, placedBefore?: (labName: string) => Record<string, string>): LoadedLab {
  const specs = readSpecs(resolve(dir), sources);
  const previous = sources.placement ?? placedBefore?.(specLabName(specs)) ?? {};
  const images = sources.images;
  const storedImage = (name: string) => {
    if (images === undefined) return null;
    const file = join(images, `${name}.qcow2`);
    return existsSync(file) ? file : null;
  };
  return { specs, lab: resolveLab(specs, { homeDir: homedir(), storedImage }, previous) };
}
