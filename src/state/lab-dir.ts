import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from '../errors.js';
import { vmlabCommand } from './advice.js';
import { checkLabName, labPaths, shippedStableName, type LabPaths } from './paths.js';
import { readState } from './store.js';
import type { LabState } from './types.js';
import { loadLab, type LoadedLab } from '../spec/load.js';
import { unsafeNameReason } from '../spec/names.js';
import type { SpecSources } from '../spec/types.js';

export interface DeployedLab {
  name: string;
  paths: LabPaths;
  state: LabState;
  /** The platforms and secrets to read its specs with (--platforms, --secrets or their variables). */
  sources?: SpecSources;
}

/** Labs with a state.json under $VMLAB_HOME/labs (entries with unsafe names are not labs of ours). */
export function deployedLabs(home: string): string[] {
  const dir = join(home, 'labs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => unsafeNameReason(name) === null && existsSync(join(dir, name, 'state.json')))
    .sort();
}

/**
 * Is this a lab directory of this store, and nothing else? A real directory
 * (not a symlink to somewhere else) directly under $VMLAB_HOME/labs. The only
 * kind of directory vmlab ever removes.
 */
export function isLabDirectory(paths: LabPaths): boolean {
  try {
    if (!lstatSync(paths.dir).isDirectory()) return false;
    return realpathSync(paths.dir) === join(realpathSync(join(paths.home, 'labs')), basename(paths.dir));
  } catch {
    return false;
  }
}

/** A spec directory as state.json records it: its real path, so two ways of naming one directory agree. */
export function specDirIdentity(dir: string): string {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return dir;
  }
  // A controller's shipped copy: one lab whichever generation this run reads.
  return shippedStableName(real) ?? real;
}

/**
 * One lab, one spec directory: a second directory with the same lab name
 * (`cp -r demo mylab` keeps `vmlab.name: demo`) must not take the lab over,
 * patch its profiles or destroy its nodes.
 */
export function checkSpecDirOwnsLab(state: LabState | null, specDir: string, home: string): void {
  if (state === null) return;
  const deployedFrom = specDirIdentity(state.spec_dir);
  const asked = specDirIdentity(specDir);
  if (deployedFrom === asked) return;
  throw new UsageError(
    `lab "${state.name}" is deployed from ${deployedFrom}, not from ${asked}, which has the same lab name. ` +
      `Give this directory a lab of its own (set "vmlab": {"name": …} in its topology.json, or pass --lab NEWNAME), ` +
      `or remove the other first: ${vmlabCommand(home, ['destroy', '--lab', state.name])}`,
  );
}

/**
 * Finds the deployed lab a command acts on: by --lab, by the spec directory's
 * lab name, or the only deployed lab.
 */
export function findLab(home: string, opts: { lab?: string; specs?: string; sources?: SpecSources }): DeployedLab {
  let name = opts.lab === undefined ? undefined : checkLabName(opts.lab);
  if (name === undefined && opts.specs !== undefined) name = loadLab(opts.specs, opts.sources).lab.name;
  if (name === undefined) {
    const labs = deployedLabs(home);
    if (labs.length === 0) throw new UsageError(`no lab is deployed under ${home}; run "vmlab apply -S DIR" first`);
    if (labs.length > 1) throw new UsageError(`several labs are deployed (${labs.join(', ')}); name one with --lab or -S`);
    name = labs[0]!;
  }
  const paths = labPaths(home, name);
  const state = readState(paths.state);
  if (state === null) throw new UsageError(`lab "${name}" is not deployed under ${home}`);
  if (opts.specs !== undefined && opts.lab === undefined) checkSpecDirOwnsLab(state, opts.specs, home);
  return { name, paths, state, ...(opts.sources === undefined ? {} : { sources: opts.sources }) };
}

/**
 * Where a deployed lab's nodes run, node → host, as its state records them:
 * the placement this machine applied, for nodes to keep (placement.ts).
 */
export function recordedPlacement(state: LabState | null): Record<string, string> {
  const placement: Record<string, string> = {};
  for (const [node, record] of Object.entries(state?.nodes ?? {})) if (record.host !== null) placement[node] = record.host;
  return placement;
}

/**
 * Reads a spec directory as a lab, under another name when --lab gives one
 * (a copy of a lab next to its original). With `home`, the nodes vmlab
 * places keep the hosts the lab's state.json records (unless --placement
 * gave a placement): a host applying its own share keeps its nodes. The
 * state of another directory's lab of the same name is not this lab's.
 */
export function loadLabAs(specDir: string, labName?: string, sources: SpecSources = {}, home?: string): LoadedLab {
  const placedBefore =
    home === undefined
      ? undefined
      : (specName: string) => {
          const name = labName ?? specName;
          if (unsafeNameReason(name) !== null) return {}; // reported where the name is checked
          const state = readState(labPaths(home, name).state);
          return state !== null && specDirIdentity(state.spec_dir) === specDirIdentity(specDir) ? recordedPlacement(state) : {};
        };
  const loaded = loadLab(specDir, sources, placedBefore);
  if (labName === undefined) return loaded;
  return { ...loaded, lab: { ...loaded.lab, name: checkLabName(labName) } };
}
