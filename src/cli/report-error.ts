import { ExitCode, SpecError, VmlabError, formatIssue, isBug } from '../errors.js';
import { printable, printableLines } from '../printable.js';
import type { CliIo } from './io.js';

/**
 * The one place where an error becomes words on stderr and an exit code.
 * Errors vmlab knows how to explain print their message (and, when the
 * message does not already say it, what caused them); a bug prints that it
 * is one, with the stack, so the report says where to look.
 */
/** Spec issues printed at most; the rest are counted. */
const MAX_SHOWN_ISSUES = 100;

export function reportError(err: unknown, io: CliIo): number {
  if (isBug(err)) {
    io.err(`error: internal error: this is a bug in vmlab; please report it with the command that led to it.\n${printableLines(story(err))}\n`);
    return ExitCode.internal;
  }
  const known = err as VmlabError;
  if (known instanceof SpecError) {
    // A hostile spec can make thousands of mistakes at once: the first ones say what is wrong, --json lists them all.
    for (const issue of known.issues.slice(0, MAX_SHOWN_ISSUES)) io.err(`error: ${formatIssue(issue)}\n`);
    if (known.issues.length > MAX_SHOWN_ISSUES) io.err(`… and ${known.issues.length - MAX_SHOWN_ISSUES} more (validate --json lists them all)\n`);
    io.err(`${known.issues.length} problem${known.issues.length === 1 ? '' : 's'} in the specs; nothing was started or written.\n`);
    return known.exitCode;
  }
  // Messages name what the user wrote (names, paths): shown, never acted on by the terminal.
  io.err(`error: ${printableLines(known.message)}\n`);
  for (const cause of causes(known)) if (!known.message.includes(cause)) io.err(`  caused by: ${printable(cause)}\n`);
  return known.exitCode;
}

/**
 * The first line of each of an error's causes, outermost first. One line
 * each: the message already tells the rest (a tool's stderr, say), and for a
 * failed command execa's first line is the command as run.
 */
function causes(err: Error): string[] {
  const out: string[] = [];
  for (let c = err.cause, depth = 0; c !== undefined && depth < 10; c = (c as Error)?.cause, depth++) {
    out.push((c instanceof Error ? c.message : String(c)).trim().split('\n')[0]!);
  }
  return out;
}

/** Stack traces of an error and its causes: the whole story of a bug. */
function story(err: unknown): string {
  const parts: string[] = [];
  for (let e = err, depth = 0; e !== undefined && depth < 10; e = (e as Error)?.cause, depth++) {
    const text = e instanceof Error ? (e.stack ?? `${e.name}: ${e.message}`) : String(e);
    parts.push(depth === 0 ? text : `caused by: ${text}`);
  }
  return parts.join('\n');
}
