import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { DEFAULT_QEMU_TOOLS, type QemuTools } from '../ports/qemu.js';
import type { SshClient } from '../remote/ssh.js';
import type { CliIo } from './io.js';

/**
 * What the environment tells vmlab, read here and nowhere else: the CLI
 * reads its (injected) environment once per need and hands values down as
 * parameters, so the layers below never read process.env and tests never
 * mutate it. An empty variable counts as unset, as for VMLAB_SPECS.
 */

/**
 * Where vmlab keeps everything: $VMLAB_HOME, default ~/.vmlab. Always
 * absolute: a relative home would name another directory from every working
 * directory, and QEMU's pidfile argument would no longer prove a process is
 * this lab's.
 */
export function vmlabHome(env: NodeJS.ProcessEnv, cwd: string): string {
  return env.VMLAB_HOME && env.VMLAB_HOME.length > 0 ? resolve(cwd, env.VMLAB_HOME) : join(homedir(), '.vmlab');
}

/** The home of this run's environment. */
export const homeOf = (io: CliIo): string => vmlabHome(io.env, io.cwd);

/** VMLAB_QEMU, VMLAB_QEMU_IMG, VMLAB_STOP_GRACE_MS and PATH: the programs vmlab runs, and the stop grace. */
export function qemuTools(io: CliIo): QemuTools {
  const env = io.env;
  return {
    qemu: env.VMLAB_QEMU || DEFAULT_QEMU_TOOLS.qemu,
    qemuImg: env.VMLAB_QEMU_IMG || DEFAULT_QEMU_TOOLS.qemuImg,
    stopGraceMs: graceMs(env.VMLAB_STOP_GRACE_MS),
    searchPath: env.PATH ?? '',
  };
}

function graceMs(value: string | undefined): number {
  if (!value) return DEFAULT_QEMU_TOOLS.stopGraceMs;
  const ms = Number(value);
  if (!Number.isFinite(ms) || ms < 0) throw new UsageError(`VMLAB_STOP_GRACE_MS: "${value}" is not a number of milliseconds`);
  return ms;
}

/**
 * VMLAB_SSH: the OpenSSH client a controller reaches a lab's servers with,
 * and its options, split on spaces (`ssh -F ~/.ssh/lab_config`); default
 * `ssh`, which reads the user's ~/.ssh/config as usual.
 */
export function sshClient(io: CliIo): SshClient {
  const words = (io.env.VMLAB_SSH ?? '').trim().split(/\s+/).filter(Boolean);
  return { command: words.length > 0 ? words : ['ssh'] };
}
