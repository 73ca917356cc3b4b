import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { labPaths, type LabPaths } from '../state/paths.js';
import { readState } from '../state/store.js';
import type { LabState } from '../state/types.js';
import { loadLab } from '../spec/load.js';

export interface DeployedLab {
  name: string;
  paths: LabPaths;
  state: LabState;
}

/** Labs with a state.json under $VMLAB_HOME/labs. */
export function deployedLabs(home: string): string[] {
  const dir = join(home, 'labs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'state.json')))
    .sort();
}

/**
 * Finds the deployed lab a command acts on: by --lab, by the spec directory's
 * lab name, or the only deployed lab.
 */
export function findLab(home: string, opts: { lab?: string; specs?: string }): DeployedLab {
  let name = opts.lab;
  if (name === undefined && opts.specs !== undefined) name = loadLab(opts.specs).lab.name;
  if (name === undefined) {
    const labs = deployedLabs(home);
    if (labs.length === 0) throw new UsageError(`no lab is deployed under ${home}; run "vmlab apply -S DIR" first`);
    if (labs.length > 1) throw new UsageError(`several labs are deployed (${labs.join(', ')}); name one with --lab or -S`);
    name = labs[0]!;
  }
  const paths = labPaths(home, name);
  const state = readState(paths.state);
  if (state === null) throw new UsageError(`lab "${name}" is not deployed under ${home}`);
  return { name, paths, state };
}
