/**
 * What a file is, by its first bytes, never by its name: the spec check of a
 * vm_image and the image store's import both ask.
 */
export type Container = 'gzip' | 'xz' | 'qcow2' | 'raw';

const GZIP = [0x1f, 0x8b];
const XZ = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
const QCOW = [0x51, 0x46, 0x49, 0xfb]; // "QFI\xfb"

const startsWith = (head: Uint8Array, magic: number[]) => magic.every((b, i) => head[i] === b);

export function detectContainer(head: Uint8Array): Container {
  if (startsWith(head, GZIP)) return 'gzip';
  if (startsWith(head, XZ)) return 'xz';
  if (startsWith(head, QCOW)) return 'qcow2';
  return 'raw';
}
