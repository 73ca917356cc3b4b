import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sameImage } from '../../src/state/image-identity.js';
import { imageIdentity } from '../../src/state/read-image-identity.js';

describe('a base image identity', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vmlab-image-id-'));
  const image = join(dir, 'base.qcow2');
  const at = new Date('2026-01-01T00:00:00.000Z');
  writeFileSync(image, Buffer.alloc(3 << 20, 1));
  utimesSync(image, at, at);

  test('while size and mtime are the recorded ones, the recorded identity stands and the file is not read', () => {
    const recorded = imageIdentity(image)!;
    const known = { ...recorded, hash: 'recorded' }; // a hash no read of the file could give
    expect(imageIdentity(image, known)).toBe(known);
  });

  test('a rewritten image (new mtime) is hashed again and is another image', () => {
    const recorded = imageIdentity(image)!;
    writeFileSync(image, Buffer.alloc(3 << 20, 2));
    const now = imageIdentity(image, recorded)!;
    expect(now.mtime).not.toBe(recorded.mtime);
    expect(sameImage(recorded, now)).toBe(false);
  });

  test('a touched but unchanged image is hashed again and is the same image', () => {
    const recorded = imageIdentity(image)!;
    utimesSync(image, at, new Date(at.getTime() + 60_000));
    const now = imageIdentity(image, recorded)!;
    expect(now).not.toBe(recorded);
    expect(sameImage(recorded, now)).toBe(true);
  });

  test('a missing image has no identity', () => {
    expect(imageIdentity(join(dir, 'gone.qcow2'), null)).toBeNull();
  });
});
