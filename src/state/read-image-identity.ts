import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { ImageIdentity } from './image-identity.js';

const CHUNK = 1 << 20;

export function imageIdentity(path: string): ImageIdentity | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd);
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
