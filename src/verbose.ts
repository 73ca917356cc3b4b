import { shellWord } from './shell-quote.js';

/**
 * -v/--verbose: what vmlab does under the hood, on stderr, one line each:
 * QEMU and qemu-img command lines, QMP traffic, SSH steps.
 *
 *   [verbose] qmp sw1 → {"execute":"query-status"}
 *
 * Off by default, and then every call returns at once. The CLI turns it on
 * once per run (main.ts, from -v or VMLAB_VERBOSE); nothing else reads the
 * environment for it. Passwords never reach the sink: every value given to
 * `secret()` is masked, and so are password-like fields (`"password": …`,
 * `pass=…`).
 */
export type VerboseSink = (line: string) => void;

let sink: VerboseSink | null = null;
const secrets = new Set<string>();

/** Turns verbose output on (a sink for whole lines) or off (null); forgets the secrets of an earlier run. */
export function setVerbose(to: VerboseSink | null): void {
  sink = to;
  secrets.clear();
}

/** A value that must never be printed (a password): masked in every verbose line from now on. */
export function secret(value: string | null | undefined): void {
  if (sink !== null && value) secrets.add(value);
}

/**
 * One verbose line: `[verbose] <what> <text>`, `what` naming the channel and
 * its peer (`qmp sw1`, `ssh admin@127.0.0.1:40000`). `text` may be a
 * function, called only when verbose output is on.
 */
export function verbose(what: string, text: string | (() => string)): void {
  if (sink === null) return;
  const body = typeof text === 'function' ? text() : text;
  sink(`[verbose] ${mask(`${what} ${body}`).replace(/\r/g, '\\r').replace(/\n/g, '\\n')}\n`);
}

/** A program vmlab runs, as a command line that can be pasted into a shell. */
export function verboseRun(what: string, file: string, args: readonly string[], cwd?: string): void {
  verbose(what, () => `$ ${[file, ...args].map(shellWord).join(' ')}${cwd ? `   (in ${cwd})` : ''}`);
}

const MASK = '***';
const SECRET_KEYS = 'password|passwd|pass|ssh_pass|passphrase|secret';
const JSON_SECRET = new RegExp(`("(?:${SECRET_KEYS})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi');
const OPTION_SECRET = new RegExp(`\\b(${SECRET_KEYS})=[^,\\s'"]+`, 'gi');

/** Replaces every known secret (as is, JSON-escaped and shell-quoted) and every password-like field with ***. */
export function mask(line: string): string {
  let out = line;
  const forms = new Set<string>();
  for (const s of secrets) {
    forms.add(s);
    forms.add(JSON.stringify(s).slice(1, -1));
    forms.add(shellWord(s));
  }
  // Longest first, so a secret that contains another is masked whole.
  for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join(MASK);
  return out.replace(JSON_SECRET, `$1"${MASK}"`).replace(OPTION_SECRET, `$1=${MASK}`);
}
