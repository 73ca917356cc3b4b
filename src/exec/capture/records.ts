import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { CAPTURE_FILTER_PREFIX } from '../qemu/filter-dump.js';
import type { LabPaths } from '../../state/paths.js';

/**
 * What a running `vmlab capture` leaves in the lab directory: who captures
 * (PID and its start time: together they name one process, whatever PID
 * reuse does) and which filter on which VM. Written before the filter is
 * added and removed after it is gone, so a filter of ours never exists
 * without a record while its capture lives; a record whose process is dead
 * names a stale filter for the next vmlab command to remove.
 */
export interface CaptureRecord {
  /** The filter's QOM id, also the record's and FIFO's file name. */
  filter: string;
  /** The VM whose netdev is filtered. */
  node: string;
  netdev: string;
  /** As the user named it (`leaf1:Ethernet0`, or a test host's `h1:eth0`). */
  endpoint: string;
  pid: number;
  /** /proc/PID/stat start time of the capturing vmlab. */
  start: string | null;
  /** hostname(): a record only this machine's processes can be judged by. */
  host: string;
  since: string;
}

const FILTER_ID = new RegExp(`^${CAPTURE_FILTER_PREFIX}[A-Za-z0-9_-]+$`);

export const capturesDir = (paths: LabPaths) => join(paths.dir, 'captures');
export const recordFile = (paths: LabPaths, filter: string) => join(capturesDir(paths), `${filter}.json`);
export const fifoFile = (paths: LabPaths, filter: string) => join(capturesDir(paths), `${filter}.fifo`);

/** A filter id of this capture: the PID says whose, the random part keeps two captures of one run apart. */
export function newFilterId(pid: number, random: string): string {
  return `${CAPTURE_FILTER_PREFIX}${pid}-${random}`;
}

export function writeCaptureRecord(paths: LabPaths, record: CaptureRecord): void {
  mkdirSync(capturesDir(paths), { recursive: true, mode: 0o700 });
  // Atomic: a sweep never reads half a record and takes a live capture for garbage.
  writeFileAtomic.sync(recordFile(paths, record.filter), `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
}

export function removeCaptureFiles(paths: LabPaths, filter: string): void {
  // The FIFO first: a FIFO without a record is an orphan a sweep may remove.
  rmSync(fifoFile(paths, filter), { force: true });
  rmSync(recordFile(paths, filter), { force: true });
}

function parseRecord(text: string): CaptureRecord | null {
  try {
    const r = JSON.parse(text) as CaptureRecord;
    return typeof r?.filter === 'string' && FILTER_ID.test(r.filter) && typeof r.node === 'string' && Number.isInteger(r.pid) ? r : null;
  } catch {
    return null;
  }
}

/** The lab's capture records; `unreadable`: record files that are not records (never written by us: garbage to remove). */
export function readCaptureRecords(paths: LabPaths): { records: CaptureRecord[]; unreadable: string[] } {
  const dir = capturesDir(paths);
  if (!existsSync(dir)) return { records: [], unreadable: [] };
  const records: CaptureRecord[] = [];
  const unreadable: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json') || !FILTER_ID.test(name.slice(0, -'.json'.length))) continue;
    let text: string;
    try {
      text = readFileSync(join(dir, name), 'utf8');
    } catch {
      continue; // removed meanwhile by its capture
    }
    const record = parseRecord(text);
    if (record && `${record.filter}.json` === name) records.push(record);
    else unreadable.push(join(dir, name));
  }
  return { records, unreadable };
}

/** FIFOs whose record is gone: left by a capture killed while it cleaned up (checked one by one, as late as possible). */
export function orphanFifos(paths: LabPaths): string[] {
  const dir = capturesDir(paths);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.fifo') && FILTER_ID.test(name.slice(0, -'.fifo'.length)))
    .filter((name) => !existsSync(join(dir, `${name.slice(0, -'.fifo'.length)}.json`)))
    .map((name) => join(dir, name));
}
