import { rmSync } from 'node:fs';
import { execa } from 'execa';
import { VmlabError } from '../errors.js';
import { checkImage } from '../spec/image-file.js';
import { verboseRun } from '../verbose.js';

export const QEMU_IMG = process.env.VMLAB_QEMU_IMG ?? 'qemu-img';

/**
 * A fresh copy-on-write overlay over the node's base image (the base is never
 * written). The base's format is read from its content and named with `-F`:
 * a raw base is raw, whatever its file name says.
 */
export async function createOverlay(base: string, overlay: string): Promise<void> {
  const image = checkImage(base);
  if (!image.ok) throw new VmlabError(`cannot make an overlay over ${base}: it ${image.problem}; ${image.hint}`);
  rmSync(overlay, { force: true });
  const args = ['create', '-q', '-f', 'qcow2', '-b', base, '-F', image.format, overlay];
  verboseRun('qemu-img', QEMU_IMG, args);
  const result = await execa(QEMU_IMG, args, { reject: false });
  if (result.exitCode !== 0) throw new VmlabError(`qemu-img could not create ${overlay} over ${base}: ${result.stderr.trim()}`);
}
