import { homedir } from 'node:os';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { vmlabHome } from '../state/paths.js';
import { readSpecs } from './read.js';
import { resolveLab } from './resolve.js';
import type { LabSpec } from './resolved.js';
import type { SpecSet, SpecSources } from './types.js';

export interface LoadedLab {
  specs: SpecSet;
  lab: LabSpec;
}

/**
 * Reads, checks and resolves a spec directory (either layout). Throws
 * SpecError listing every mistake. `sources`: the platforms and secrets
 * named by --platforms/--secrets or VMLAB_PLATFORMS/VMLAB_SECRETS.
 */
export function loadLab(dir: string, sources: SpecSources = {}): LoadedLab {
  const specs = readSpecs(resolve(dir), sources);
  const images = join(vmlabHome(), 'images');
  const storedImage = (name: string) => {
    const file = join(images, `${name}.qcow2`);
    return existsSync(file) ? file : null;
  };
  return { specs, lab: resolveLab(specs, { homeDir: homedir(), storedImage }) };
}
