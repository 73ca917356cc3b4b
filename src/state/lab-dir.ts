import { existsSync, lstatSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { UsageError } from '../errors.js';
import { vmlabCommand } from './advice.js';
import { checkLabName, labPaths, parseShareName, shippedStableName, type LabPaths } from './paths.js';
import { hostsWithAddresses, machineAddresses } from './local-host.js';
import { readState } from './state-file.js';
import type { LabState } from './types.js';
import { loadLab, type LoadedLab } from '../specs/load.js';
import { unsafeNameReason } from '../specs/names.js';
import type { SpecSources } from '../specs/types.js';

export interface DeployedLab {
  name: string;
  paths: LabPaths;
  state: LabState;
  /** The platforms and secrets to read its specs with (--platforms, --secrets or their variables). */
  sources?: SpecSources;
}

/**
 * What is kept for labs under $VMLAB_HOME/labs, one entry a directory with a
 * state.json: a lab of one host (`<lab>`) or one host's share of a lab of
 * several (`<lab>@<host>`). Entries with unsafe names are not labs of ours.
 */
export function deployedShares(home: string): LabPaths[] {
  const dir = join(home, 'labs');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const share = parseShareName(entry);
      return share !== null && existsSync(join(dir, entry, 'state.json')) ? [labPaths(home, share.lab, share.host)] : [];
    });
}

/** The names of the labs deployed under $VMLAB_HOME/labs (a lab of several hosts once, however many of its shares are here). */
export function deployedLabs(home: string): string[] {
  return [...new Set(deployedShares(home).map((s) => s.lab))].sort();
}

/** What is kept here for one lab: its directory, or its hosts' shares. */
export function sharesOfLab(home: string, lab: string): LabPaths[] {
  return deployedShares(home).filter((s) => s.lab === lab);
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

/** Removes a lab directory, once isLabDirectory has proven it one: everything of the lab on disk goes. */
export function removeLabDirectory(paths: LabPaths): void {
  rmSync(paths.dir, { recursive: true, force: true });
}

/** The lab's own SSH key, when one was made (the first ready node makes it); null before. */
export function labKeyIfMade(paths: LabPaths): string | null {
  return existsSync(paths.sshKey) ? paths.sshKey : null;
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
 * lab name, or the only deployed lab. Of a lab of several hosts whose shares
 * sit in one home (servers sharing it over NFS), the share of --host, else
 * of the host whose IP this machine has.
 */
export function findLab(home: string, opts: { lab?: string; specs?: string; sources?: SpecSources; host?: string; addresses?: string[] }): DeployedLab {
  let name = opts.lab === undefined ? undefined : checkLabName(opts.lab);
  if (name === undefined && opts.specs !== undefined) name = loadLab(opts.specs, opts.sources).lab.name;
  if (name === undefined) {
    const labs = deployedLabs(home);
    if (labs.length === 0) throw new UsageError(`no lab is deployed under ${home}; run "vmlab apply -S DIR" first`);
    if (labs.length > 1) throw new UsageError(`several labs are deployed (${labs.join(', ')}); name one with --lab or -S`);
    name = labs[0]!;
  }
  const paths = shareOf(home, name, opts.host, opts.addresses);
  const state = readState(paths.state);
  if (state === null) throw new UsageError(`lab "${name}" is not deployed under ${home}${opts.host === undefined ? '' : ` for host ${opts.host}`}`);
  if (opts.specs !== undefined && opts.lab === undefined) checkSpecDirOwnsLab(state, opts.specs, home);
  return { name, paths, state, ...(opts.sources === undefined ? {} : { sources: opts.sources }) };
}

/**
 * Which of a lab's entries here a command means. With --host: that host's
 * share, or the lab's own directory (a lab of one host, whose state says
 * its host). Without: the only one, or the share of the host whose address
 * this machine has (the address its nodes' SSH forwards bind to).
 */
function shareOf(home: string, lab: string, host: string | undefined, addresses: string[] | undefined): LabPaths {
  const shares = sharesOfLab(home, lab);
  if (host !== undefined) return shares.find((s) => s.host === host) ?? labPaths(home, lab, shares.some((s) => s.host === null) ? null : host);
  if (shares.length <= 1) return shares[0] ?? labPaths(home, lab);
  const addressOf: Record<string, string> = {};
  for (const share of shares) {
    if (share.host === null) continue;
    const address = shareAddress(share);
    if (address !== null) addressOf[share.host] = address;
  }
  const mine = hostsWithAddresses(addressOf, addresses ?? machineAddresses());
  if (mine.length === 1) return shares.find((s) => s.host === mine[0])!;
  const why = mine.length === 0 ? 'none of their IPs is on this machine' : `this machine has the IPs of ${mine.join(', ')}`;
  throw new UsageError(`lab "${lab}" has shares of ${shares.map((s) => s.host ?? '(one host)').join(', ')} under ${home} and ${why}: pass --host NAME`);
}

/** The address a share's host serves its nodes on, as its state records it (null when it cannot tell). */
function shareAddress(share: LabPaths): string | null {
  try {
    const state = readState(share.state);
    const own = Object.values(state?.nodes ?? {}).find((r) => r.host === share.host);
    if (own) return own.bind_address;
    const hosts = state === null ? {} : loadLab(state.spec_dir).lab.hosts;
    return share.host !== null && Object.hasOwn(hosts, share.host) ? hosts[share.host]!.address : null;
  } catch {
    return null; // a damaged share is no answer; the command says so when it reads it
  }
}

/**
 * A lab kept one way here while its specs now say the other: deployed as a
 * lab of one host (or by a vmlab before shares) and now of several, or the
 * other way round. Its nodes run from the other directory, so apply would
 * start them twice: refused, before any lock or directory, with the command
 * that removes the old one.
 */
export function checkLayoutOfLab(home: string, paths: LabPaths): void {
  const others = sharesOfLab(home, paths.lab).filter((s) => (paths.host === null ? s.host !== null : s.host === null));
  if (others.length === 0) return;
  const [other] = others;
  const was = other!.host === null ? 'as a lab of one host' : `as shares of ${others.map((o) => o.host).join(', ')}`;
  const now = paths.host === null ? 'of one host' : `of several hosts (this is ${paths.host}'s share)`;
  const destroy = others.map((o) => vmlabCommand(home, ['destroy', '--lab', paths.lab, ...(o.host === null ? [] : ['--host', o.host])]));
  throw new UsageError(
    `lab "${paths.lab}" is deployed under ${other!.dir} ${was}, and its specs now make it a lab ${now}, kept in ${paths.dir}: destroy the old one first (${destroy.join('; ')}), then apply again`,
  );
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
          // Every share of the lab here that was applied from these specs (servers sharing a home know each other's nodes).
          const placement: Record<string, string> = {};
          for (const share of sharesOfLab(home, name)) {
            const state = readState(share.state);
            if (state !== null && specDirIdentity(state.spec_dir) === specDirIdentity(specDir)) Object.assign(placement, recordedPlacement(state));
          }
          return placement;
        };
  const loaded = loadLab(specDir, sources, placedBefore);
  if (labName === undefined) return loaded;
  return { ...loaded, lab: { ...loaded.lab, name: checkLabName(labName) } };
}
