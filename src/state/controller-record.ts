import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { VmlabError } from '../errors.js';
import { unsafeNameReason } from '../spec/names.js';
import { checkLabName } from './paths.js';
import type { ProfileRestore } from './types.js';

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

export function readControllerRecord(home: string, lab: string): ControllerRecord | null {
  const file = controllerRecordPath(home, lab);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const problem = (why: string) => new VmlabError(`${file} is damaged (${why}); remove it to let vmlab start the record afresh: the servers keep their own state`);
  let value: ControllerRecord;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw problem((err as Error).message);
  }
  if (value === null || typeof value !== 'object' || value.format_version !== 1 || value.name !== lab || typeof value.spec_dir !== 'string') throw problem('not a controller record of this lab');
  const access = (s: ServerAccess) => s !== null && typeof s === 'object' && unsafeNameReason(String(s.name)) === null && [s.address, s.ssh, s.vmlab].every((v) => typeof v === 'string' && v !== '');
  if (!Array.isArray(value.servers) || !value.servers.every(access)) throw problem('"servers" is not a list of {name, address, ssh, vmlab}');
  value.placement ??= {};
  value.sources ??= {};
  value.profiles ??= {};
  return value;
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
