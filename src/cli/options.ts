import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { UsageError } from '../errors.js';
import type { CliIo } from './io.js';

export function withSpecs<T>(y: Argv<T>) {
  return y.option('specs', {
    alias: 'S',
    type: 'string',
    describe: 'spec directory (topology.json, platforms.json, profiles/); default $VMLAB_SPECS',
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
