import { rmSync } from 'node:fs';
import { execa } from 'execa';
import { VmlabError } from '../errors.js';

export const QEMU_IMG = process.env.VMLAB_QEMU_IMG ?? 'qemu-img';

/** A fresh copy-on-write overlay over the node's base image (the base is never written). */
export async function createOverlay(base: string, overlay: string): Promise<void> {
  rmSync(overlay, { force: true });
  const result = await execa(QEMU_IMG, ['create', '-q', '-f', 'qcow2', '-b', base, '-F', 'qcow2', overlay], { reject: false });
  if (result.exitCode !== 0) throw new VmlabError(`qemu-img could not create ${overlay} over ${base}: ${result.stderr.trim()}`);
}
