/**
 * The composition root: the one module of the CLI that builds the adapters
 * (exec/) the use cases run on. Every other CLI module reaches the machine
 * only through the Machine port it returns (a layer rule says so).
 */
import { localMachine } from '../exec/machine.js';
import type { Machine } from '../ports/machine.js';
import type { CliIo } from './io.js';
import { userCacheDir } from './options.js';
import { qemuTools } from './settings.js';

/** This machine, with the QEMU tools and caches this run's environment names. */
export function machineOf(io: CliIo): Machine {
  return localMachine(qemuTools(io), { userCache: userCacheDir(io) });
}
