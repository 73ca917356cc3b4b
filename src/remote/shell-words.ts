import { shellWord } from '../state/advice.js';

/**
 * A command line for the remote shell: OpenSSH hands the server a single
 * string, which the remote user's shell splits again. The program stays as
 * written in the specs (it may be `~/bin/vmlab`); the arguments are quoted.
 */
export function remoteCommandLine(program: string, args: readonly string[]): string {
  return [program, ...args.map(shellWord)].join(' ');
}
