import { createInterface } from 'node:readline/promises';
import { VmlabError } from '../errors.js';
import type { CliIo } from './io.js';

/** Asks on the terminal (callers make sure there is one). */
export async function confirm(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

/**
 * May the changes shown go ahead? --yes, or a person at the terminal who
 * says yes; with neither (a script, a pipe) a clear refusal: nothing was changed.
 */
export async function approved(io: CliIo, yes: boolean, shown: 'plan' | 'plans', question: string): Promise<boolean> {
  if (yes) return true;
  if (!io.interactive) {
    throw new VmlabError(
      `there is no terminal to ask whether to apply these changes; nothing was changed. Review the ${shown} above and run again with --yes to apply ${shown === 'plan' ? 'it' : 'them'}`,
    );
  }
  return confirm(question);
}
