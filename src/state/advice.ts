import { homedir } from 'node:os';
import { join } from 'node:path';

/** Quotes a word for a POSIX shell only when it needs it. */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

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
