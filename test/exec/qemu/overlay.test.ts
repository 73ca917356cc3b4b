import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createOverlay } from '../../../src/exec/overlay.js';

// A stand-in for qemu-img that records its arguments, handed to createOverlay like the CLI hands VMLAB_QEMU_IMG down.
const dir = mkdtempSync(join(tmpdir(), 'vmlab-overlay-'));
const fake = join(dir, 'qemu-img');
const calls = join(dir, 'calls');
writeFileSync(fake, `#!/bin/sh\necho "$@" >> '${calls}'\n`);
chmodSync(fake, 0o755);

const lastCall = () => readFileSync(calls, 'utf8').trim().split('\n').at(-1);

test('the overlay names the base image format found in its content: qcow2', async () => {
  const base = join(process.cwd(), 'fixtures', 'images', 'blank.qcow2');
  await createOverlay(fake, base, join(dir, 'a.qcow2'));
  expect(lastCall()).toBe(`create -q -f qcow2 -b ${base} -F qcow2 ${join(dir, 'a.qcow2')}`);
});

test('the overlay names the base image format found in its content: raw, whatever the name says', async () => {
  const base = join(dir, 'disk.qcow2');
  writeFileSync(base, Buffer.concat([Buffer.alloc(510), Buffer.from([0x55, 0xaa]), Buffer.alloc((1 << 20) - 512)])); // a raw disk is at least 1 MiB
  await createOverlay(fake, base, join(dir, 'b.qcow2'));
  expect(lastCall()).toBe(`create -q -f qcow2 -b ${base} -F raw ${join(dir, 'b.qcow2')}`);
});

test('a base image vmlab cannot use is refused before qemu-img runs', async () => {
  const base = join(dir, 'sonic.img.gz');
  writeFileSync(base, gzipSync('x'));
  await expect(createOverlay(fake, base, join(dir, 'c.qcow2'))).rejects.toThrow(`cannot make an overlay over ${base}: it is gzip-compressed`);
  expect(lastCall()).not.toContain('c.qcow2');
});

test("a qemu-img that is not installed is the machine's problem, said as such", async () => {
  const base = join(process.cwd(), 'fixtures', 'images', 'blank.qcow2');
  await expect(createOverlay(join(dir, 'no-such-qemu-img'), base, join(dir, 'd.qcow2'))).rejects.toMatchObject({
    code: 'environment',
    message: expect.stringContaining('no-such-qemu-img is not installed'),
  });
});
