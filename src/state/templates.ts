import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TemplateInputs } from '../plan/types.js';
import { deployedNodesWhere } from './node-users.js';

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

/** Removes a template's directory (the caller has checked that no clone uses it). */
export function removeTemplate(home: string, key: string): void {
  rmSync(templatePaths(home, key).dir, { recursive: true, force: true });
}
