import { isAbsolute, join, resolve } from 'node:path';
import type { Argv } from 'yargs';
import { UsageError } from '../errors.js';
import { readPlacementFile } from '../specs/placement-file.js';
import type { SpecSources } from '../specs/types.js';
import { imagesDir } from '../images/store.js';
import type { CliIo } from './io.js';
import { homeOf } from './settings.js';

export function withSpecs<T>(y: Argv<T>) {
  return withSources(
    y.option('specs', {
      alias: 'S',
      type: 'string',
      describe:
        'spec directory: a specs directory (topology.json with devices, platforms.json, profiles/) or a newtron network directory (topology.json with nodes, nodes/); default $VMLAB_SPECS',
    }),
  );
}

/** --platforms and --secrets: where the specs' platforms and secrets are, when not where vmlab looks by itself. */
export function withSources<T>(y: Argv<T>) {
  return y
    .option('platforms', {
      type: 'string',
      describe:
        'platforms: a directory of <platform>.json files or a platforms.json; default $VMLAB_PLATFORMS, else the nearest platforms/ above a network directory',
    })
    .option('secrets', {
      type: 'string',
      describe: 'JSON map of the secrets ${secret:KEY} names; default $VMLAB_SECRETS, else secrets.json beside topology.json',
    });
}

/**
 * --platforms / $VMLAB_PLATFORMS and --secrets / $VMLAB_SECRETS (empty
 * variables count as unset), absolute; and the image store of $VMLAB_HOME.
 */
export function specSources(argv: { platforms?: string | undefined; secrets?: string | undefined; placement?: string | undefined }, io: CliIo): SpecSources {
  const platforms = argv.platforms || io.env.VMLAB_PLATFORMS || undefined;
  const secrets = argv.secrets || io.env.VMLAB_SECRETS || undefined;
  return {
    ...(platforms === undefined ? {} : { platforms: resolve(io.cwd, platforms) }),
    ...(secrets === undefined ? {} : { secrets: resolve(io.cwd, secrets) }),
    images: imagesDir(homeOf(io)),
    // Read here, with the command line: a bad file stops the run (exit 3) before anything is planned.
    ...(argv.placement === undefined ? {} : { placement: readPlacementFile(resolve(io.cwd, argv.placement)) }),
  };
}

/**
 * --placement FILE (plan, apply, validate): the placement decided before,
 * node → host, for the nodes vmlab places to keep. A controller running
 * `vmlab apply --host NAME` on each host passes the same file to all, so they
 * agree where every node runs; without it, each host keeps what its own
 * state.json records.
 */
export function withPlacement<T>(y: Argv<T>) {
  return y.option('placement', {
    type: 'string',
    describe: "JSON object node → host: where nodes vmlab places by capacity were placed before, to keep them there (default: the hosts in this lab's state)",
  });
}

export function withHost<T>(y: Argv<T>) {
  return y.option('host', { type: 'string', describe: "only this host's share of a multi-host lab" });
}

/** --lab, for commands that act on a deployed lab. */
export const LAB_OPTION = { type: 'string', describe: 'the deployed lab (default: the one of -S, or the only one)' } as const;

/** --lab for plan and apply: the lab's name, when not the one the specs give. */
export const LAB_NAME_OPTION = {
  type: 'string',
  describe: 'lab name to deploy under, instead of vmlab.name (for a copy of a spec directory beside its original)',
} as const;

export function withJson<T>(y: Argv<T>) {
  return y.option('json', { type: 'boolean', default: false, describe: 'machine-readable output on stdout' });
}

/** The spec directory named by -S or $VMLAB_SPECS (an empty variable counts as unset), absolute; or undefined. */
export function specsArg(argv: { specs?: string | undefined }, io: CliIo): string | undefined {
  const dir = argv.specs || io.env.VMLAB_SPECS || undefined;
  return dir === undefined ? undefined : resolve(io.cwd, dir);
}

/** The spec directory from -S or $VMLAB_SPECS, absolute. */
export function specDir(argv: { specs?: string | undefined }, io: CliIo): string {
  const dir = specsArg(argv, io);
  if (dir === undefined) throw new UsageError('no spec directory: pass -S DIR or set VMLAB_SPECS');
  return dir;
}

/**
 * The per-user cache directory (XDG): $XDG_CACHE_HOME/vmlab, else
 * $HOME/.cache/vmlab; undefined when the environment names neither. Only
 * what QEMU binaries answered is kept there, so that plan need not ask again.
 */
export function userCacheDir(io: CliIo): string | undefined {
  const xdg = io.env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'vmlab');
  return io.env.HOME && isAbsolute(io.env.HOME) ? join(io.env.HOME, '.cache', 'vmlab') : undefined;
}

/** The options that find a deployed lab and its specs, as yargs hands them over. */
export interface LabArgs {
  specs?: string;
  platforms?: string;
  secrets?: string;
  lab?: string;
  host?: string;
}
