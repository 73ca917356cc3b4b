/**
 * Quoting for a POSIX shell (sh, bash, busybox ash), the one place vmlab
 * does it: advice printed to be pasted, `-v` command lines, remote command
 * lines through OpenSSH, scripts run in guests, QEMU's `exec:` URIs.
 */

/** A word single-quoted, whatever it holds: embedded quotes closed, escaped and reopened. */
export function shellQuoted(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** A word quoted only when a shell would read it as more than itself (for output people read). */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(word) ? word : shellQuoted(word);
}
