import { shellQuoted as quoted, shellWord } from '../shell-quote.js';

/**
 * The program as one word of the remote command line: quoted whatever it
 * is, except a leading `~/`, which stays outside the quotes so that the
 * remote shell expands it to the user's home. (The specs and the
 * controller's record allow only plain characters there; the quoting makes
 * sure that even a value that slipped past runs nothing but itself.)
 */
// Always quoted: a first word such as `a=b` would otherwise be an assignment.
export function remoteProgram(program: string): string {
  return program.startsWith('~/') ? `~/${quoted(program.slice(2))}` : quoted(program);
}

/**
 * A command line for the remote shell: OpenSSH hands the server a single
 * string, which the remote user's shell splits again. Every word is quoted
 * for that shell: the program as remoteProgram() says, the arguments where
 * they need it.
 */
export function remoteCommandLine(program: string, args: readonly string[]): string {
  return [remoteProgram(program), ...args.map(shellWord)].join(' ');
}
