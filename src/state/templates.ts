import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { LabBusyError } from '../errors.js';
import { acquireLock, type LockMode } from './lock.js';
import { deployedNodesWhere } from './node-users.js';

/**
 * Everything that must match for a clone to be restored from a template:
 * QEMU loads a saved state only into the same device set and memory size,
 * and only what this QEMU version saved. The key is a hash of these.
 */
export interface TemplateInputs {
  platform: string;
  image: string;
  image_size: number;
  image_hash: string;
  qemu_version: string;
  machine: string;
  accel: string;
  memory_mb: number;
  cpus: number;
  cpu_features: string | null;
  nic_driver: string;
  /** NICs, management included, and where each sits on the PCI bus. */
  nics: number;
  pci: string[];
  fw_cfg: Record<string, string>;
  /** Present (true) only for a platform with vm_mgmt_outbound: its guest booted with the host and beyond in reach. */
  mgmt_outbound?: true;
  /** What the template's boot typed and logged in with (by reference: secrets stay `${secret:KEY}`). */
  boot: string;
}

/**
 * Warm-start templates, under the vmlab home: `templates/<key>/` holds the
 * template's disk (an overlay over the base image, never written again), its
 * saved state (what a clone is restored from) and `template.json`, written
 * last: a directory without it is a build that did not finish and is never
 * used. Templates are shared by every lab of this home; destroy never
 * removes one.
 */
export function templatesDir(home: string): string {
  return join(home, 'templates');
}

/** The home's templates lock (never a template key: keys are 16 hex digits). */
export const templatesLock = (home: string) => join(templatesDir(home), '.lock');

/**
 * The templates lock. A template's users are the clones that stand on it
 * (their records name it) and the applies about to clone or build one: an
 * apply of a lab with warm nodes holds it shared from its plan until its
 * clones are recorded; `template rm` holds it exclusively, so it neither
 * removes a template between an apply's plan and its clones' records nor
 * waits for a long build (it refuses at once, exit 4).
 */
export async function lockTemplates(home: string, command: string, mode: LockMode, waitMs: number, onWait?: (holder: string) => void): Promise<() => void> {
  mkdirSync(templatesDir(home), { recursive: true, mode: 0o700 });
  try {
    return await acquireLock(templatesLock(home), command, waitMs, onWait, 'flock', mode);
  } catch (err) {
    if (!(err instanceof LabBusyError)) throw err;
    throw new LabBusyError(
      mode === 'exclusive'
        ? 'an apply is using the templates of this home (it is about to build or clone one): run "vmlab template rm" again when it is done'
        : `the templates of this home are locked by "vmlab template rm" (${err.message.replace(/^the lab is locked by /, '').replace(/; wait for it.*$/, '')}); try again`,
      { cause: err },
    );
  }
}

export function templatePaths(home: string, key: string) {
  const dir = join(templatesDir(home), key);
  return { dir, disk: join(dir, 'disk.qcow2'), state: join(dir, 'state.bin'), record: join(dir, 'template.json') };
}

/** template.json: what the template was built from, and when. */
export interface TemplateRecord {
  key: string;
  inputs: TemplateInputs;
  built_at: string;
  build_seconds: number;
  /** Bytes of the saved state file. */
  state_bytes: number;
}

/** The finished templates of this home, by key. Half-built ones (no template.json, or an unreadable one) are left out. */
export function listTemplates(home: string): TemplateRecord[] {
  const dir = templatesDir(home);
  if (!existsSync(dir)) return [];
  const found: TemplateRecord[] = [];
  for (const key of readdirSync(dir).sort()) {
    if (!/^[0-9a-f]{16}$/.test(key)) continue;
    const paths = templatePaths(home, key);
    try {
      const record = JSON.parse(readFileSync(paths.record, 'utf8')) as TemplateRecord;
      if (record.key === key && existsSync(paths.disk) && existsSync(paths.state)) found.push(record);
    } catch {
      // not finished (or not ours): never used
    }
  }
  return found;
}

/** Nodes of this home's labs whose overlays are clones of the template (its disk is their backing file). */
export function templateUsers(home: string, key: string): string[] {
  return deployedNodesWhere(home, (record) => record.template === key);
}

/**
 * Removes a template's directory (the caller holds the templates lock and has
 * checked that no clone uses it): renamed aside first, so it leaves the list
 * whole, never half-deleted.
 */
export function removeTemplate(home: string, key: string): void {
  const aside = join(templatesDir(home), `.removing-${key}-${process.pid}`);
  renameSync(templatePaths(home, key).dir, aside);
  rmSync(aside, { recursive: true, force: true });
}
