import { createHash } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, mkdirSync, openSync, readFileSync, readSync, statSync, type BigIntStats } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import writeFileAtomic from 'write-file-atomic';
import { verbose } from '../verbose.js';
import { CONTENT_HASH, type ImageIdentity } from './image-identity.js';

/**
 * Who a base image is: the sha256 of its whole content (image-identity.ts),
 * cached in the home. Hashing a multi-GB image takes seconds (bench/), so it
 * is done once per file version: the cache keeps each hash under the file's
 * host, device and inode, valid while its size, mtime and ctime (in
 * nanoseconds) are the ones it was hashed at. A rewrite moves mtime and
 * ctime (even when `touch -d` puts the mtime back, ctime moves), a file put
 * in place by rename (cp -p, rsync -a) has another inode: both are hashed
 * again. A cached hash costs one stat and one read of the small cache file.
 *
 * The cache is advice: a damaged or unwritable one only means hashing again.
 * The host is part of the key because a home may be shared (NFS) by servers
 * whose devices have the same numbers.
 */
export function imageHashCache(home: string): string {
  return join(home, 'cache', 'image-hashes.json');
}

interface CacheEntry {
  path: string;
  size: string;
  mtime_ns: string;
  ctime_ns: string;
  sha256: string;
}

interface CacheFile {
  version: 1;
  images: Record<string, CacheEntry>;
}

const MIB = 1 << 20;

const keyOf = (s: BigIntStats) => `${hostname()}:${s.dev}:${s.ino}`;
const versionOf = (s: BigIntStats) => ({ size: String(s.size), mtime_ns: String(s.mtimeNs), ctime_ns: String(s.ctimeNs) });
const sameVersion = (e: CacheEntry, s: BigIntStats) => e.size === String(s.size) && e.mtime_ns === String(s.mtimeNs) && e.ctime_ns === String(s.ctimeNs);

function readCache(home: string): CacheFile {
  try {
    const value = JSON.parse(readFileSync(imageHashCache(home), 'utf8')) as CacheFile;
    if (value?.version === 1 && typeof value.images === 'object' && value.images !== null && !Array.isArray(value.images)) {
      return { version: 1, images: Object.assign(Object.create(null) as Record<string, CacheEntry>, value.images) };
    }
  } catch {
    // missing or damaged: hashed again
  }
  return { version: 1, images: Object.create(null) as Record<string, CacheEntry> };
}

/** Adds one entry (read again just before, so entries another run wrote meanwhile stay); entries whose file is gone or changed are dropped. */
function remember(home: string, key: string, entry: CacheEntry): void {
  const cache = readCache(home);
  cache.images[key] = entry;
  for (const [k, e] of Object.entries(cache.images)) {
    if (k === key || !k.startsWith(`${hostname()}:`)) continue;
    try {
      const s = statSync(e.path, { bigint: true });
      if (keyOf(s) !== k || !sameVersion(e, s)) delete cache.images[k];
    } catch {
      delete cache.images[k];
    }
  }
  try {
    mkdirSync(join(home, 'cache'), { recursive: true, mode: 0o700 });
    writeFileAtomic.sync(imageHashCache(home), `${JSON.stringify(cache, null, 1)}\n`, { mode: 0o600 });
  } catch {
    // an unwritable home: the next run hashes again
  }
}

/** Hashes being computed in this process, so nodes booting at once on one image read it once. */
const inFlight = new Map<string, Promise<string | null>>();

/** The whole file, streamed from the open descriptor; null when it changed while being read (it is being written). */
async function hashWhole(fd: number, before: BigIntStats): Promise<string | null> {
  const hash = createHash('sha256');
  await pipeline(createReadStream('', { fd, autoClose: false, highWaterMark: 4 * MIB }), hash);
  const after = fstatSync(fd, { bigint: true });
  return after.size === before.size && after.mtimeNs === before.mtimeNs && after.ctimeNs === before.ctimeNs ? hash.digest('hex') : null;
}

/** The identity of records written before content hashes: the size, the first and the last MiB. */
function legacyHash(fd: number, size: number): string {
  const hash = createHash('sha256').update(String(size));
  const buffer = Buffer.alloc(Math.min(MIB, size));
  readSync(fd, buffer, 0, buffer.length, 0);
  hash.update(buffer);
  if (size > MIB) {
    readSync(fd, buffer, 0, buffer.length, size - buffer.length);
    hash.update(buffer);
  }
  return hash.digest('hex');
}

/**
 * The image's identity now, null when it cannot be read or is no regular
 * file. `known`, the identity recorded when the node was started: a record
 * from before content hashes is checked the way it was made (its size and
 * first and last MiB), so an upgrade of vmlab replaces no VM; the node's
 * next new overlay records the content hash.
 */
export async function imageIdentity(home: string, path: string, known?: ImageIdentity | null): Promise<ImageIdentity | null> {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const stat = fstatSync(fd, { bigint: true });
    if (!stat.isFile()) return null;
    const size = Number(stat.size);
    const mtime = new Date(Number(stat.mtimeMs)).toISOString();
    if (known && !known.hash.startsWith(CONTENT_HASH) && known.size === size && legacyHash(fd, size) === known.hash) return known;
    const key = keyOf(stat);
    const cached = readCache(home).images[key];
    if (cached && sameVersion(cached, stat) && /^[0-9a-f]{64}$/.test(cached.sha256)) return { size, mtime, hash: `${CONTENT_HASH}${cached.sha256}` };
    const version = `${key}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
    let hashing = inFlight.get(version);
    if (!hashing) {
      verbose('image', () => `sha256 of ${path} (${(size / 2 ** 20).toFixed(0)} MiB): not cached for this version of the file`);
      hashing = hashWhole(fd, stat).finally(() => inFlight.delete(version));
      inFlight.set(version, hashing);
    }
    const sha256 = await hashing;
    if (sha256 === null) return null; // being written as we read it: no identity to build a template on or compare with yet
    remember(home, key, { path, ...versionOf(stat), sha256 });
    return { size, mtime, hash: `${CONTENT_HASH}${sha256}` };
  } finally {
    closeSync(fd);
  }
}
