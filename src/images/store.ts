import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';
import { unsafeNameReason } from '../specs/names.js';

/** What vmlab knows about a stored image (images/<name>.json beside images/<name>.qcow2). */
export interface StoredImage {
  name: string;
  file: string;
  source: string;
  /** How the source was packed: gzip, xz or none; and what was inside: qcow2 or raw. */
  compression: 'gzip' | 'xz' | 'none';
  source_format: 'qcow2' | 'raw';
  virtual_size: number;
  size: number;
  sha256: string;
  imported: string;
  /** The source's backing files and external data files, read into the stored image (which stands alone). */
  flattened?: string[];
}

/**
 * One name in the store: its image, or why it is broken (metadata missing,
 * unreadable or garbled, image file missing). A broken entry lists and can
 * be removed; nothing else uses it.
 */
export type ImageEntry = { name: string; image: StoredImage; problem: null } | { name: string; image: null; problem: string };

/** An image name becomes a file name: it must pass the spec name rule before it gets near a path (exit code 3). */
export function checkImageName(name: string): string {
  const unsafe = unsafeNameReason(name);
  if (unsafe) throw new UsageError(`image name ${unsafe}`);
  return name;
}

export const imagesDir = (home: string) => join(home, 'images');
export const imageFile = (home: string, name: string) => join(imagesDir(home), `${checkImageName(name)}.qcow2`);
export const metaFile = (home: string, name: string) => join(imagesDir(home), `${checkImageName(name)}.json`);

/** What is wrong with a metadata record, or null; `name` is the name its file has. */
function recordProblem(value: unknown, name: string): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const r = value as Record<string, unknown>;
  if (r.name !== name) return `"name" is ${JSON.stringify(r.name)}, not "${name}"`;
  for (const field of ['source', 'imported'] as const) if (typeof r[field] !== 'string') return `"${field}" is missing or not a string`;
  for (const field of ['virtual_size', 'size'] as const) {
    if (typeof r[field] !== 'number' || !Number.isFinite(r[field])) return `"${field}" is missing or not a number`;
  }
  if (typeof r.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(r.sha256)) return '"sha256" is missing or not a SHA-256';
  if (!['gzip', 'xz', 'none'].includes(r.compression as string)) return '"compression" is missing or not gzip, xz or none';
  if (!['qcow2', 'raw'].includes(r.source_format as string)) return '"source_format" is missing or not qcow2 or raw';
  return null;
}

/** The store's entry for `name`, broken or not; null when neither of its files exists. */
export function imageEntry(home: string, name: string): ImageEntry | null {
  const meta = metaFile(home, name);
  const file = imageFile(home, name);
  const broken = (problem: string): ImageEntry => ({ name, image: null, problem });
  const hasFile = existsSync(file);
  let text: string;
  try {
    text = readFileSync(meta, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') return broken(`its record ${name}.json cannot be read: ${(err as Error).message}`);
    return hasFile ? broken(`${name}.qcow2 has no record ${name}.json (an import was interrupted?)`) : null;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return broken(`its record ${name}.json is not valid JSON (${(err as Error).message})`);
  }
  const problem = recordProblem(value, name);
  if (problem) return broken(`its record ${name}.json is garbled: ${problem}`);
  if (!hasFile) return broken(`its image file ${name}.qcow2 is missing`);
  try {
    if (!statSync(file).isFile()) return broken(`${name}.qcow2 is not a file`);
  } catch (err) {
    return broken(`${name}.qcow2 cannot be read: ${(err as Error).message}`);
  }
  // The store's layout, not the record, says where the image is (the record's path is stale if VMLAB_HOME moved).
  return { name, image: { ...(value as StoredImage), file }, problem: null };
}

/** A stored image that is not broken, or null. */
export function readImage(home: string, name: string): StoredImage | null {
  return imageEntry(home, name)?.image ?? null;
}

/**
 * Every name in the store, sorted, broken ones included: one bad record
 * never hides the others. Files whose names break the name rule (put there
 * by hand) show as broken too.
 */
export function listImageEntries(home: string): ImageEntry[] {
  const dir = imagesDir(home);
  if (!existsSync(dir)) return [];
  const names = new Set<string>();
  for (const f of readdirSync(dir)) {
    const m = /^(.*)\.(json|qcow2)$/.exec(f);
    if (m && !f.startsWith('.')) names.add(m[1]!); // .import-* are imports at work
  }
  return [...names].sort().flatMap((name): ImageEntry[] => {
    const unsafe = unsafeNameReason(name);
    if (unsafe) return [{ name, image: null, problem: `${unsafe}; vmlab leaves ${name}.* alone: remove it by hand` }];
    const entry = imageEntry(home, name);
    return entry ? [entry] : [];
  });
}

/** Removes a stored image and its record (what is left of a broken one too). */
export function removeStoredImage(home: string, name: string): void {
  rmSync(imageFile(home, name), { force: true });
  rmSync(metaFile(home, name), { force: true });
}
