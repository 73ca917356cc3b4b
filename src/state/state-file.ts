/** state.json on disk: read and checked (ajv), written atomically with mode 0600; StateStore (state-store.ts) is the executor's way of changing it. */
import { chmodSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { ValidateFunction } from 'ajv';
import writeFileAtomic from 'write-file-atomic';
import { formatIssue, VmlabError, type SpecIssue } from '../errors.js';
import { schemaIssues } from '../specs/schema-issues.js';
import { unsafeNameReason } from '../specs/names.js';
import { forceDestroyAdvice } from './advice.js';
import { parseShareName } from './paths.js';
import * as generated from './state-validator.generated.js';
import type { LabState } from './types.js';

const validateState = generated.validateState as ValidateFunction;

/** state.json that cannot be trusted: its problems, and the command that cleans the lab up anyway. */
export class StateError extends VmlabError {
  override readonly code = 'state';

  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    const labDir = dirname(file);
    const share = parseShareName(basename(labDir));
    const advice = forceDestroyAdvice(dirname(dirname(labDir)), share?.lab ?? basename(labDir), share?.host ?? null);
    super(
      `${file} is damaged, so vmlab will not act on it:\n  ${problems.join('\n  ')}\nTo clean the lab up anyway (stop its QEMUs, put back what profiles it can, remove the lab directory): ${advice}`,
    );
  }
}

/** Names in state.json become paths and process arguments: they pass the spec name rule, like names in specs. */
function nameIssues(file: string, state: LabState): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const check = (name: string, path: string) => {
    const unsafe = unsafeNameReason(name);
    if (unsafe) issues.push({ file, path, message: unsafe });
  };
  check(state.name, '/name');
  // A lab of one host is in labs/<lab>; one host's share of a lab of several in labs/<lab>@<host>.
  const dirName = basename(dirname(file));
  const share = parseShareName(dirName);
  if (state.name !== (share?.lab ?? dirName))
    issues.push({ file, path: '/name', message: `"${state.name}" is not the name of the lab directory it is in ("${dirName}")` });
  if (share?.host != null && state.host !== share.host)
    issues.push({ file, path: '/host', message: `${JSON.stringify(state.host)} is not the host of the lab directory it is in ("${dirName}")` });
  for (const section of ['nodes', 'profiles', 'snapshots'] as const) {
    for (const name of Object.keys(state[section] ?? {})) check(name, `/${section}/${name}`);
  }
  for (const [name, record] of Object.entries(state.nodes)) {
    if (record.host !== null) check(record.host, `/nodes/${name}/host`);
    // Test host names become namespace names in commands run inside their VM.
    (record.test_hosts ?? []).forEach((h, i) => check(h.name, `/nodes/${name}/test_hosts/${i}/name`));
  }
  if (state.host !== null) check(state.host, '/host');
  return issues;
}

/** Checks parsed state.json; the problems found, one line each (file, JSON path, what is wrong). */
export function stateProblems(file: string, value: unknown): string[] {
  if (!validateState(value)) return schemaIssues(file, validateState.errors).map(formatIssue);
  return nameIssues(file, value as LabState).map(formatIssue);
}

/** A record's text; null when there is none (no such file, or no such directory on the way). */
export function readRecordText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new VmlabError(`cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
}

/** Reads and checks state.json; null when the lab was never deployed (or was destroyed). */
export function readState(file: string): LabState | null {
  const text = readRecordText(file);
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new StateError(file, [`not valid JSON (${(err as Error).message})`]);
  }
  const problems = stateProblems(file, value);
  if (problems.length > 0) throw new StateError(file, problems);
  return value as LabState;
}

/**
 * Writes state.json atomically (temp file + rename): a crash leaves the old or
 * the new file, never half of one. Mode 0600: it holds the nodes' logins.
 */
export function writeState(file: string, state: LabState): void {
  writeFileAtomic.sync(file, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}
