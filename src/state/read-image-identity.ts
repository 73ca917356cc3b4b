import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ImageIdentity } from './image-identity.js';

const CHUNK = 1 << 20;

/**
 * The image's identity. `known`, the identity recorded when the node was
 * started: while the file's size and mtime are still the recorded ones, that
 * identity stands without reading the file (the quick check of make and
 * rsync), so a plan of a running lab hashes nothing; a changed mtime is
 * hashed, and a touched but unchanged image still counts as the same.
 */
export function imageIdentity(path: string, known?: ImageIdentity | null): ImageIdentity | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd);
    if (known && known.size === stat.size && known.mtime === stat.mtime.toISOString()) return known;
    const hash = createHash('sha256').update(String(stat.size));
    const buffer = Buffer.alloc(Math.min(CHUNK, stat.size));
    readSync(fd, buffer, 0, buffer.length, 0);
    hash.update(buffer);
    if (stat.size > CHUNK) {
      readSync(fd, buffer, 0, buffer.length, stat.size - buffer.length);
      hash.update(buffer);
    }
    return { size: stat.size, mtime: stat.mtime.toISOString(), hash: hash.digest('hex') };
  } finally {
    closeSync(fd);
  }
}
