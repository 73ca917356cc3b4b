import { closeSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import type { SpecIssue } from '../errors.js';
import { detectContainer } from './image-container.js';
import type { ResolvedNode } from './resolved.js';

/** The base-image formats vmlab runs: the overlay names the one found (`qemu-img create -F`). */
export type ImageFormat = 'qcow2' | 'raw';

/** `missing`: there is no file at all (not yet built or downloaded): plan and validate go on, apply refuses. */
export type ImageCheck = { ok: true; format: ImageFormat } | { ok: false; problem: string; hint: string; missing?: true };

/**
 * A raw disk image is a whole number of 512-byte sectors and at least 1 MiB
 * (the smallest partitioned disk tools make; a bootable one is far bigger).
 * Without this rule any file at all, `~/.ssh/id_rsa` included, was a "valid"
 * raw disk that QEMU would boot from and a guest could read.
 */
const SECTOR = 512;
const RAW_MIN_BYTES = 1 << 20;

/** Enough of the start of a file to tell the formats below apart. */
const HEAD_BYTES = 512;

const has = (head: Buffer, at: number, magic: string) => head.toString('latin1', at, at + magic.length) === magic;

/** Disk formats QEMU knows but vmlab does not run (it passes qcow2 or raw to the overlay). */
const FOREIGN: [name: string, test: (head: Buffer) => boolean][] = [
  ['VMDK', (h) => has(h, 0, 'KDMV') || has(h, 0, '# Disk DescriptorFile')],
  ['VDI', (h) => h.length >= 0x44 && h.readUInt32LE(0x40) === 0xbeda107f],
  ['VHDX', (h) => has(h, 0, 'vhdxfile')],
  ['VHD', (h) => has(h, 0, 'conectix')],
  ['QED', (h) => has(h, 0, 'QED\0')],
  ['LUKS-encrypted', (h) => has(h, 0, 'LUKS\xba\xbe')],
];

/** Packed files: the disk image is inside. */
const PACKED: [name: string, test: (head: Buffer) => boolean][] = [
  ['bzip2-compressed', (h) => has(h, 0, 'BZh')],
  ['zstd-compressed', (h) => has(h, 0, '\x28\xb5\x2f\xfd')],
  ['a zip archive', (h) => has(h, 0, 'PK\x03\x04')],
  ['a 7-Zip archive', (h) => has(h, 0, '7z\xbc\xaf\x27\x1c')],
  ['a tar archive (an OVA?)', (h) => has(h, 257, 'ustar')],
];

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    return head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

const CONVERT = (path: string) => `vmlab runs qcow2 and raw images: convert it with "qemu-img convert -O qcow2 ${path} ${path.replace(/\.[^./]*$/, '')}.qcow2"`;

/**
 * Can a node run on this base image, and in which format is it? Looks at the
 * file itself, never at its name: a `.qcow2` that is raw is raw. What would
 * only fail at apply time (a directory, a device, a packed or foreign-format
 * file) is refused here with what to do instead.
 */
export function checkImage(path: string): ImageCheck {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: 'does not exist', hint: 'build or import it, or fix the path', missing: true };
    return { ok: false, problem: `cannot be read (${code ?? (err as Error).message})`, hint: 'check the path and its permissions' };
  }
  if (stats.isDirectory()) return { ok: false, problem: 'is a directory, not an image file', hint: 'name the image file inside it' };
  if (!stats.isFile()) {
    const problem = stats.isBlockDevice()
      ? 'is a block device, not an image file'
      : stats.isCharacterDevice()
        ? 'is a character device, not an image file'
        : 'is not a regular file (a FIFO or socket?)';
    return { ok: false, problem, hint: 'vmlab takes a qcow2 or raw image file' };
  }
  if (stats.size === 0) return { ok: false, problem: 'is empty', hint: 'build or import it again' };

  let head: Buffer;
  try {
    head = readHead(path);
  } catch (err) {
    return { ok: false, problem: `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, hint: 'check its permissions' };
  }
  const container = detectContainer(head);
  if (container === 'gzip' || container === 'xz') {
    return { ok: false, problem: `is ${container}-compressed`, hint: 'unpack it, or import it with "vmlab image import", which unpacks it' };
  }
  if (container === 'qcow2') {
    const version = head.length >= 8 ? head.readUInt32BE(4) : 0;
    if (version === 2 || version === 3) return { ok: true, format: 'qcow2' };
    return { ok: false, problem: `is a qcow (version ${version}) image`, hint: CONVERT(path) };
  }
  for (const [name, test] of PACKED) {
    if (test(head)) return { ok: false, problem: `is ${name}`, hint: 'unpack it and name the disk image inside' };
  }
  for (const [name, test] of FOREIGN) {
    if (test(head)) return { ok: false, problem: `is a ${name} image`, hint: CONVERT(path) };
  }
  // Anything else would be run as a raw disk: only a file shaped like one is (a key or a text file is not).
  const notADisk = 'vm_image names a qcow2 or raw disk image: is this the file you meant?';
  if (stats.size < RAW_MIN_BYTES) return { ok: false, problem: `is no disk image (${stats.size} bytes; a raw disk image is at least 1 MiB)`, hint: notADisk };
  if (stats.size % SECTOR !== 0)
    return { ok: false, problem: `is no disk image (${stats.size} bytes, not a whole number of 512-byte sectors)`, hint: notADisk };
  return { ok: true, format: 'raw' };
}

/**
 * One issue per unusable image and place it is named (platform or profile),
 * listing the nodes that need it. `which`: every problem, only images that
 * are missing, or only images that are there but unusable.
 */
export function imageIssues(
  nodes: ResolvedNode[],
  check: (path: string) => ImageCheck = checkImage,
  which: 'all' | 'missing' | 'unusable' = 'all',
): SpecIssue[] {
  const checked = new Map<string, ImageCheck>();
  const bad = new Map<string, { issue: SpecIssue; image: string; problem: string; hint: string; nodes: string[] }>();
  for (const node of nodes) {
    const result = checked.get(node.image) ?? check(node.image);
    checked.set(node.image, result);
    if (result.ok) continue;
    if ((which === 'missing' && !result.missing) || (which === 'unusable' && result.missing)) continue;
    const key = `${node.imageSource.file}${node.imageSource.path}\0${node.image}`;
    const entry = bad.get(key) ?? { issue: { ...node.imageSource, message: '' }, image: node.image, problem: result.problem, hint: result.hint, nodes: [] };
    entry.nodes.push(node.name);
    bad.set(key, entry);
  }
  return [...bad.values()].map(({ issue, image, problem, hint, nodes }) => ({
    ...issue,
    message: `image ${image} ${problem} (needed by ${nodes.join(', ')}); ${hint}`,
  }));
}
