import { printable } from './printable.js';

/**
 * One error vocabulary for the whole tool. Each class stands for one kind of
 * trouble: it has a `code` (for programs and tests), the exit code the CLI
 * returns, and whether the user (bad input, a busy lab, the machine's set-up)
 * or vmlab itself is at fault. `cause` (ES2022) keeps the lower-level error
 * that explains it. The single top-level catch in cli/main.ts turns an error
 * into a message; anything that is not a VmlabError, or is an InternalError,
 * is a bug in vmlab and is reported as one, with its stack.
 */
export const ExitCode = {
  ok: 0,
  /** The world did not do what was asked (a VM did not boot, a tool failed), or the machine lacks something. */
  failure: 1,
  /** `plan --detailed-exitcode`: the plan has changes. */
  changes: 2,
  /** Bad specs or arguments: nothing was touched. */
  invalid: 3,
  /** Someone else holds the lab, a saved plan is stale, a port is taken. */
  conflict: 4,
  /** A bug in vmlab. 70 is EX_SOFTWARE of sysexits.h: "an internal software error". */
  internal: 70,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** What kind of trouble an error is; stable, for programs and tests to branch on (messages may change). */
export type ErrorCode =
  /** the world did not do what was asked: a VM did not boot, QMP closed, a disk tool failed */
  | 'failed'
  /** a bad command-line argument or name */
  | 'usage'
  /** mistakes in the spec files */
  | 'spec'
  /** state.json cannot be trusted */
  | 'state'
  /** another run holds the lab's lock */
  | 'busy'
  /** the request collides with what is there: a stale saved plan, a taken port, an existing snapshot */
  | 'conflict'
  /** the machine lacks what vmlab needs: QEMU, qemu-img, util-linux flock, a usable /dev/kvm */
  | 'environment'
  /** vmlab broke one of its own rules: a bug */
  | 'internal';

export interface VmlabErrorOptions {
  /** The lower-level error that explains this one (ES2022 `cause`). */
  cause?: unknown;
}

/** Something went wrong that vmlab knows how to explain; the base of every class below (code 'failed', exit 1). */
export class VmlabError extends Error {
  readonly code: ErrorCode = 'failed';
  readonly exitCode: ExitCodeValue = ExitCode.failure;
  /** Is it the user's to fix (input, a busy lab, the machine's set-up), not a failure of the run itself? */
  readonly userFault: boolean = false;

  constructor(message: string, options: VmlabErrorOptions = {}) {
    super(message, 'cause' in options ? { cause: options.cause } : undefined);
    // Each class's own name (UsageError, LabBusyError, …), without a constructor in each just to say it.
    this.name = new.target.name;
  }
}

/** One mistake in the specs: which file, where in it, what is wrong. */
export interface SpecIssue {
  file: string;
  /** JSON pointer into the file, '' for the whole file. */
  path: string;
  message: string;
}

/** One line: names from the specs in it have their control characters escaped (printable.ts). */
export function formatIssue(issue: SpecIssue): string {
  const where = issue.path ? `${issue.file} ${issue.path}` : issue.file;
  return printable(`${where}: ${issue.message}`);
}

/** All the mistakes found in one pass over the specs (exit code 3). */
export class SpecError extends VmlabError {
  override readonly code = 'spec';
  override readonly exitCode = ExitCode.invalid;
  override readonly userFault = true;

  constructor(readonly issues: SpecIssue[]) {
    super(issues.map(formatIssue).join('\n'));
  }
}

/** The request collides with what is there: a stale saved plan, a port in use, an existing snapshot (exit code 4). */
export class ConflictError extends VmlabError {
  override readonly code: ErrorCode = 'conflict';
  override readonly exitCode = ExitCode.conflict;
  override readonly userFault = true;
}

/** Another run holds the lab's lock (exit code 4, like every conflict: scripts that retry on 4 keep working). */
export class LabBusyError extends ConflictError {
  override readonly code = 'busy';
}

/** A bad command-line argument or name (exit code 3, nothing touched). */
export class UsageError extends VmlabError {
  override readonly code = 'usage';
  override readonly exitCode = ExitCode.invalid;
  override readonly userFault = true;
}

/**
 * The machine lacks something vmlab needs: QEMU or qemu-img not installed,
 * util-linux flock missing, a lock file that cannot be opened. Exit code 1,
 * as before this class existed: the run failed, and the message says what to
 * install or fix.
 */
export class EnvironmentError extends VmlabError {
  override readonly code = 'environment';
  override readonly userFault = true;
}

/**
 * vmlab broke one of its own rules (a plan with a dependency cycle, a profile
 * patch outside the fields vmlab owns). The CLI says it is a bug, prints the
 * stack, and exits 70, so scripts can tell it from a failed run.
 */
export class InternalError extends VmlabError {
  override readonly code = 'internal';
  override readonly exitCode = ExitCode.internal;
}

/** Is this error vmlab's own fault: an InternalError, or anything vmlab did not expect (not a VmlabError)? */
export function isBug(err: unknown): boolean {
  return !(err instanceof VmlabError) || err instanceof InternalError;
}
