/**
 * One error vocabulary for the whole tool. Each error carries the exit code
 * the CLI returns and whether the user (bad input, conflict) or vmlab itself
 * is at fault; the single top-level catch in cli/ turns it into a message.
 */
export const ExitCode = {
  ok: 0,
  failure: 1,
  changes: 2,
  invalid: 3,
  conflict: 4,
} as const;

export class VmlabError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = ExitCode.failure,
    readonly userFault = false,
  ) {
    super(message);
    this.name = 'VmlabError';
  }
}

/** One mistake in the specs: which file, where in it, what is wrong. */
export interface SpecIssue {
  file: string;
  /** JSON pointer into the file, '' for the whole file. */
  path: string;
  message: string;
}

export function formatIssue(issue: SpecIssue): string {
  const where = issue.path ? `${issue.file} ${issue.path}` : issue.file;
  return `${where}: ${issue.message}`;
}

/** All the mistakes found in one pass over the specs (exit code 3). */
export class SpecError extends VmlabError {
  constructor(readonly issues: SpecIssue[]) {
    super(issues.map(formatIssue).join('\n'), ExitCode.invalid, true);
    this.name = 'SpecError';
  }
}

/** Another run holds the lab, a saved plan is stale, a port is taken (exit code 4). */
export class ConflictError extends VmlabError {
  constructor(message: string) {
    super(message, ExitCode.conflict, true);
    this.name = 'ConflictError';
  }
}

/** A bad command-line argument (exit code 3, nothing touched). */
export class UsageError extends VmlabError {
  constructor(message: string) {
    super(message, ExitCode.invalid, true);
    this.name = 'UsageError';
  }
}
