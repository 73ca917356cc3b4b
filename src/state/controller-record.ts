import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, normalize } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { ValidateFunction } from 'ajv';
import { formatIssue, VmlabError, type SpecIssue } from '../errors.js';
import { hostAddressProblem, sshDestinationProblem, vmlabCommandProblem } from '../specs/host-access.js';
import { unsafeNameReason } from '../specs/names.js';
import { schemaIssues } from '../specs/schema-issues.js';
import { checkLabName } from './paths.js';
import { readRecordText } from './state-file.js';
import * as generated from './state-validator.generated.js';
import type { ProfileRestore } from './types.js';

const validateControllerRecord = generated.validateControllerRecord as ValidateFunction;

/**
 * What the machine that drives a multi-host lab over SSH remembers of it:
 * where its specs are, which servers it has put nodes on (a server whose
 * nodes all left the specs still has a share to destroy), where it placed
 * the nodes the specs leave unplaced, and how to put back the profiles it
 * patched with every node's address. Each server keeps its own state.json;
 * this is only the controller's side.
 */
/** How the controller reached a server: kept so that destroy and status work even when the specs have moved or broken. */
export interface ServerAccess {
  name: string;
  address: string;
  ssh: string;
  vmlab: string;
}

export interface ControllerRecord {
  format_version: 1;
  name: string;
  spec_dir: string;
  /** --platforms/--secrets the specs were applied with (absolute), so the controller can read them again. */
  sources: { platforms?: string; secrets?: string };
  servers: ServerAccess[];
  placement: Record<string, string>;
  profiles: Record<string, ProfileRestore>;
}

export function controllerRecordPath(home: string, lab: string): string {
  return join(home, 'controller', `${checkLabName(lab)}.json`);
}

/** A controller record that cannot be trusted: its problems, and the way out (exit 1, like a damaged state.json). */
export class ControllerRecordError extends VmlabError {
  override readonly code = 'state';

  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(
      `${file} is damaged, so vmlab will not act on it:\n  ${problems.join('\n  ')}\nRemove it to let vmlab start the record afresh: the servers keep their own state.`,
    );
  }
}

/** A key as a JSON pointer token (RFC 6901). */
const token = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** The spec directory and sources as vmlab records them: absolute (the schema says so), normal, and no control characters. */
function localPathProblem(path: string): string | null {
  if (/\p{Cc}/u.test(path)) return `${JSON.stringify(path)} has a control character, which no path vmlab records has`;
  if (normalize(path) !== path || path.split('/').includes('..'))
    return `${JSON.stringify(path)} is not a normal path ("..", "." or "//" in it), which no path vmlab records is`;
  return null;
}

/**
 * What a schema cannot say: names pass the spec name rule (they become
 * paths and arguments), each server's ssh destination, vmlab command and
 * address pass the rules of a host entry in the specs (they reach ssh and the
 * server's shell), and one server per name.
 */
function recordIssues(file: string, lab: string, record: ControllerRecord): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const check = (problem: string | null, path: string) => {
    if (problem) issues.push({ file, path, message: problem });
  };
  check(record.name === lab ? unsafeNameReason(record.name) : `"${record.name}" is not the lab this record is named after ("${lab}")`, '/name');
  const seen = new Set<string>();
  record.servers.forEach((server, i) => {
    const at = `/servers/${i}`;
    check(unsafeNameReason(server.name) ?? (seen.has(server.name) ? `a second server named ${JSON.stringify(server.name)}` : null), `${at}/name`);
    seen.add(server.name);
    check(hostAddressProblem(server.name, server.address), `${at}/address`);
    check(sshDestinationProblem(server.ssh), `${at}/ssh`);
    check(vmlabCommandProblem(server.vmlab), `${at}/vmlab`);
  });
  check(localPathProblem(record.spec_dir), '/spec_dir');
  for (const [key, path] of Object.entries(record.sources ?? {})) check(localPathProblem(path), `/sources/${key}`);
  for (const [node, host] of Object.entries(record.placement ?? {})) check(unsafeNameReason(node) ?? unsafeNameReason(host), `/placement/${token(node)}`);
  for (const owner of Object.keys(record.profiles ?? {})) check(unsafeNameReason(owner), `/profiles/${token(owner)}`);
  return issues;
}

/** Reads and checks a lab's controller record; null when this machine does not drive the lab. */
export function readControllerRecord(home: string, lab: string): ControllerRecord | null {
  const file = controllerRecordPath(home, lab);
  const text = readRecordText(file);
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ControllerRecordError(file, [formatIssue({ file, path: '', message: `not valid JSON (${(err as Error).message})` })]);
  }
  if (!validateControllerRecord(value)) throw new ControllerRecordError(file, schemaIssues(file, validateControllerRecord.errors).map(formatIssue));
  const record = value as ControllerRecord;
  const issues = recordIssues(file, lab, record);
  if (issues.length > 0) throw new ControllerRecordError(file, issues.map(formatIssue));
  record.placement ??= {};
  record.sources ??= {};
  record.profiles ??= {};
  return record;
}

export function writeControllerRecord(home: string, record: ControllerRecord): void {
  mkdirSync(join(home, 'controller'), { recursive: true, mode: 0o700 });
  writeFileAtomic.sync(controllerRecordPath(home, record.name), `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
}

export function removeControllerRecord(home: string, lab: string): void {
  rmSync(controllerRecordPath(home, lab), { force: true });
}

/** Labs this machine drives as a controller, by name. */
export function controlledLabs(home: string): string[] {
  try {
    return readdirSync(join(home, 'controller'))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
  } catch {
    return [];
  }
}
