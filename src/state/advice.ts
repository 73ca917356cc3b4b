import { homedir } from 'node:os';
import { join } from 'node:path';
import { shellWord } from '../shell-quote.js';

/**
 * A vmlab command line to print as advice, one that works when pasted: with
 * VMLAB_HOME in front when the lab lives somewhere else than the default home.
 */
export function vmlabCommand(home: string, args: string[]): string {
  const prefix = home === join(homedir(), '.vmlab') ? '' : `VMLAB_HOME=${shellWord(home)} `;
  return `${prefix}vmlab ${args.map(shellWord).join(' ')}`;
}

/** The advice for a lab whose state cannot be trusted. */
export function forceDestroyAdvice(home: string, lab: string, host: string | null = null): string {
  return vmlabCommand(home, ['destroy', '--force', '--lab', lab, ...(host === null ? [] : ['--host', host])]);
}
