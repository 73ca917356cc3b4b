import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkImage, imageIssues } from '../../src/specs/image-file.js';
import type { ResolvedNode } from '../../src/specs/resolved.js';
import { resolved } from '../helpers/lab.js';

const dir = mkdtempSync(join(tmpdir(), 'vmlab-image-'));
const file = (name: string, content: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const qcowHeader = (version: number) => {
  const head = Buffer.alloc(512);
  head.write('QFI\xfb', 0, 'latin1');
  head.writeUInt32BE(version, 4);
  return head;
};
const vdiHeader = () => {
  const head = Buffer.alloc(512);
  head.write('<<< Oracle VM VirtualBox Disk Image >>>\n', 0, 'latin1');
  head.writeUInt32LE(0xbeda107f, 0x40);
  return head;
};
const tarHeader = () => {
  const head = Buffer.alloc(512);
  head.write('disk.vmdk', 0, 'latin1');
  head.write('ustar', 257, 'latin1');
  return head;
};

describe('checkImage: by content, never by name', () => {
  test.each([
    ['a qcow2 v3 image', 'qcow2', () => join(process.cwd(), 'fixtures', 'images', 'blank.qcow2')],
    ['a qcow2 v2 header', 'qcow2', () => file('v2.img', qcowHeader(2))],
    ['a raw disk named .qcow2', 'raw', () => file('disk.qcow2', Buffer.concat([Buffer.alloc(510), Buffer.from([0x55, 0xaa]), Buffer.alloc((1 << 20) - 512)]))],
    ['a raw disk of 1 MiB with no boot signature (a bare file system)', 'raw', () => file('fs.img', Buffer.alloc(1 << 20))],
  ] as const)('%s is usable as %s', (_what, format, make) => {
    expect(checkImage(make())).toEqual({ ok: true, format });
  });

  test.each([
    ['missing', () => join(dir, 'nope.qcow2'), 'does not exist', 'build or import it'],
    [
      'a directory',
      () => (mkdirSync(join(dir, 'images'), { recursive: true }), join(dir, 'images')),
      'is a directory, not an image file',
      'name the image file',
    ],
    ['a device', () => '/dev/null', 'is a character device, not an image file', 'qcow2 or raw image file'],
    ['empty', () => file('empty.qcow2', ''), 'is empty', 'build or import it again'],
    ['gzip', () => file('sonic.img.gz', gzipSync('x')), 'is gzip-compressed', 'vmlab image import'],
    ['xz', () => file('sonic.img.xz', Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0, 0])), 'is xz-compressed', 'vmlab image import'],
    ['zip', () => file('sonic.zip', Buffer.from('PK\x03\x04rest', 'latin1')), 'is a zip archive', 'unpack it'],
    ['tar (an OVA)', () => file('vendor.ova', tarHeader()), 'is a tar archive', 'unpack it'],
    ['vmdk (sparse)', () => file('a.vmdk', Buffer.from('KDMV\x01\x00\x00\x00', 'latin1')), 'is a VMDK image', 'qemu-img convert -O qcow2'],
    ['vmdk (descriptor)', () => file('b.vmdk', '# Disk DescriptorFile\nversion=1\n'), 'is a VMDK image', 'qemu-img convert -O qcow2'],
    ['vdi', () => file('a.vdi', vdiHeader()), 'is a VDI image', 'qemu-img convert -O qcow2'],
    ['vhdx', () => file('a.vhdx', 'vhdxfile and more'), 'is a VHDX image', 'qemu-img convert -O qcow2'],
    ['qcow version 1', () => file('old.qcow', qcowHeader(1)), 'is a qcow (version 1) image', 'qemu-img convert -O qcow2'],
    [
      'a private key (vm_image: "~/.ssh/id_rsa")',
      () => file('id_rsa', `-----BEGIN OPENSSH PRIVATE KEY-----\n${'A'.repeat(2500)}\n-----END OPENSSH PRIVATE KEY-----\n`),
      'is no disk image (2571 bytes; a raw disk image is at least 1 MiB)',
      'is this the file you meant?',
    ],
    [
      'a small file of whole sectors with a boot signature',
      () => file('mbr.img', Buffer.concat([Buffer.alloc(510), Buffer.from([0x55, 0xaa])])),
      'is no disk image (512 bytes',
      'is this the file you meant?',
    ],
    [
      'a big file that is not whole sectors',
      () => file('odd.img', Buffer.alloc((1 << 20) + 100)),
      'not a whole number of 512-byte sectors',
      'is this the file you meant?',
    ],
  ])('%s: refused', (_what, make, problem, hint) => {
    const check = checkImage(make());
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problem).toContain(problem);
    expect(check.hint).toContain(hint);
  });
});

describe('imageIssues: one issue per image and place it is named', () => {
  const node = (name: string, image: string, source = 'platforms.json'): ResolvedNode => ({
    ...resolved({ devices: ['x'] }).nodes[0]!,
    name,
    image,
    imageSource: { file: source, path: source === 'platforms.json' ? '/platforms/switch/vm_image' : '/vm_image' },
  });

  test('nodes sharing a bad image are listed together; usable images give nothing', () => {
    const gz = file('shared.img.gz', gzipSync('x'));
    const good = join(process.cwd(), 'fixtures', 'images', 'blank.qcow2');
    expect(imageIssues([node('sw1', gz), node('sw2', gz), node('sw3', good), node('sw4', '/dev/null', 'profiles/sw4.json')])).toEqual([
      {
        file: 'platforms.json',
        path: '/platforms/switch/vm_image',
        message: expect.stringMatching(new RegExp(`^image ${gz} is gzip-compressed \\(needed by sw1, sw2\\); `)),
      },
      {
        file: 'profiles/sw4.json',
        path: '/vm_image',
        message: expect.stringMatching(/^image \/dev\/null is a character device, not an image file \(needed by sw4\); /),
      },
    ]);
  });
});
