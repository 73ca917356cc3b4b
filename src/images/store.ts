import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
}

export const imagesDir = (home: string) => join(home, 'images');
export const imageFile = (home: string, name: string) => join(imagesDir(home), `${name}.qcow2`);
const metaFile = (home: string, name: string) => join(imagesDir(home), `${name}.json`);

export function readImage(home: string, name: string): StoredImage | null {
  const file = metaFile(home, name);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StoredImage) : null;
}

export function listImages(home: string): StoredImage[] {
  const dir = imagesDir(home);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readImage(home, f.slice(0, -'.json'.length)))
    .filter((i): i is StoredImage => i !== null);
}

export { metaFile };
