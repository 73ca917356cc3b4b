/**
 * A base image's identity is the sha256 of its whole content, cached in the
 * home by device, inode, size, mtime and ctime: a block changed anywhere is
 * another image (another template key, and the overlay check notices), a
 * cached hash is never read again, and a file put in place with the old
 * size and mtime (cp -p, rsync -a) is hashed again because its inode is new.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { sameImage, type ImageIdentity } from '../../src/state/image-identity.js';
import { imageHashCache, imageIdentity } from '../../src/state/read-image-identity.js';
import { gather } from '../../src/state/gather.js';
import { labPaths } from '../../src/state/paths.js';
import { procWorld } from '../../src/state/proc-world.js';
import { templateInputs, templateKey, type WarmFacts } from '../../src/plan/template-key.js';
import { graphOf, SWITCH } from '../helpers/lab.js';
import { deployed } from '../helpers/observed.js';
import { plan } from '../helpers/plan.js';
import { tmpDir } from '../helpers/cli.js';

const MB = 2 ** 20;
const at = new Date('2026-01-01T00:00:00.000Z');

/** A 5 MiB image (pattern 1) in a fresh home, with a fixed mtime. */
function setUp() {
  const dir = tmpDir('vmlab-image-id-');
  const home = join(dir, 'home');
  mkdirSync(home);
  const image = join(dir, 'base.qcow2');
  writeFileSync(image, Buffer.alloc(5 * MB, 1));
  utimesSync(image, at, at);
  return { dir, home, image };
}

/** Rewrites one 4 KiB block in the middle of the file (not in its first or last MiB), then puts its mtime back. */
function changeMiddleBlock(image: string): void {
  const fd = openSync(image, 'r+');
  writeSync(fd, Buffer.alloc(4096, 7), 0, 4096, 2 * MB + 12_345);
  closeSync(fd);
  utimesSync(image, at, at);
}

const fullSha = (file: string) => `sha256:${createHash('sha256').update(readFileSync(file)).digest('hex')}`;

describe('a base image identity', () => {
  test('is the sha256 of the whole file', async () => {
    const { home, image } = setUp();
    expect(await imageIdentity(home, image)).toEqual({ size: 5 * MB, mtime: at.toISOString(), hash: fullSha(image) });
  });

  test('a block changed in the middle (same size, same mtime) is another image', async () => {
    const { home, image } = setUp();
    const before = (await imageIdentity(home, image))!;
    changeMiddleBlock(image);
    const after = (await imageIdentity(home, image))!;
    expect(after.hash).toBe(fullSha(image));
    expect(sameImage(before, after)).toBe(false);
  });

  test('a cached hash is not read again: while device, inode, size, mtime and ctime stand, the cache answers', async () => {
    const { home, image } = setUp();
    await imageIdentity(home, image);
    const cacheFile = imageHashCache(home);
    expect(statSync(cacheFile).mode & 0o777).toBe(0o600);
    const cache = JSON.parse(readFileSync(cacheFile, 'utf8'));
    const [key] = Object.keys(cache.images);
    cache.images[key!].sha256 = 'f'.repeat(64); // a hash no read of the file could give
    writeFileSync(cacheFile, JSON.stringify(cache));
    expect((await imageIdentity(home, image))!.hash).toBe(`sha256:${'f'.repeat(64)}`);
  });

  test('a changed file is hashed once: the new hash is cached', async () => {
    const { home, image } = setUp();
    await imageIdentity(home, image);
    changeMiddleBlock(image); // ctime moves, though size and mtime are the old ones
    const after = (await imageIdentity(home, image))!;
    expect(after.hash).toBe(fullSha(image));
    const entries = Object.values<{ sha256: string }>(JSON.parse(readFileSync(imageHashCache(home), 'utf8')).images);
    expect(entries.map((e) => `sha256:${e.sha256}`)).toEqual([after.hash]);
  });

  test('a file put in place with the old size and mtime (cp -p, rsync -a) has a new inode and is hashed again', async () => {
    const { dir, home, image } = setUp();
    const before = (await imageIdentity(home, image))!;
    const replacement = join(dir, 'new.qcow2');
    writeFileSync(replacement, Buffer.alloc(5 * MB, 2));
    utimesSync(replacement, at, at);
    renameSync(replacement, image);
    const after = (await imageIdentity(home, image, before))!;
    expect(after.mtime).toBe(before.mtime);
    expect(sameImage(before, after)).toBe(false);
  });

  test('a damaged cache is no error: the image is hashed again', async () => {
    const { home, image } = setUp();
    await imageIdentity(home, image);
    writeFileSync(imageHashCache(home), '{"images": [');
    expect((await imageIdentity(home, image))!.hash).toBe(fullSha(image));
  });

  test('a record made before content hashes (size + first and last MiB) is checked as it was made: an upgrade replaces no VM', async () => {
    const { home, image } = setUp();
    const content = readFileSync(image);
    const legacy = createHash('sha256')
      .update(String(content.length))
      .update(content.subarray(0, MB))
      .update(content.subarray(content.length - MB))
      .digest('hex');
    const recorded: ImageIdentity = { size: content.length, mtime: at.toISOString(), hash: legacy };
    expect(sameImage(recorded, (await imageIdentity(home, image, recorded))!)).toBe(true);
    writeFileSync(image, Buffer.alloc(5 * MB, 3));
    expect(sameImage(recorded, (await imageIdentity(home, image, recorded))!)).toBe(false);
  });

  test('a missing image or a directory has no identity', async () => {
    const { dir, home } = setUp();
    expect(await imageIdentity(home, join(dir, 'gone.qcow2'))).toBeNull();
    expect(await imageIdentity(home, dir)).toBeNull();
  });
});

describe('what the identity decides', () => {
  test('a block changed in the middle gives another template key', async () => {
    const { home, image } = setUp();
    const node = graphOf({ devices: ['sw1'], links: [], platforms: { switch: { ...SWITCH, vm_image: image, vm_warm_start: true } } }).nodes[0]!;
    const facts = async (): Promise<WarmFacts> => ({
      accel: 'tcg',
      qemuVersion: '10.0.2',
      images: { [image]: await imageIdentity(home, image) },
      templates: [],
    });
    const key = async () => templateKey(templateInputs(node, await facts(), (i) => `pci.0/${i}`) as never);
    const before = await key();
    changeMiddleBlock(image);
    expect(await key()).not.toBe(before);
  });

  test('the overlay check notices a block changed in the middle of the base image under a running overlay', async () => {
    const { home, image } = setUp();
    const graph = graphOf({ devices: ['sw1'], links: [], platforms: { switch: { ...SWITCH, vm_image: image } } });
    const paths = labPaths(home, graph.lab);
    mkdirSync(paths.disksDir, { recursive: true });
    writeFileSync(paths.overlay('sw1'), '');
    const state = deployed(graph).state!;
    state.nodes.sw1!.image_identity = await imageIdentity(home, image);
    changeMiddleBlock(image);
    const observed = await gather(state, paths, {}, procWorld);
    const p = plan(graph, observed, { host: null });
    expect(p.actions.filter((a) => a.action !== 'patch-profile').map((a) => [a.node, a.action, a.reasons.map((r) => r.code)])).toEqual([
      ['sw1', 'replace', ['image-changed']],
    ]);
  });
});
