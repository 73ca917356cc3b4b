import { rmSync } from 'node:fs';
import { execa } from 'execa';
import { EnvironmentError, VmlabError } from '../errors.js';
import { checkImage } from '../specs/image-file.js';
import { verboseRun } from '../verbose.js';

/**
 * A fresh copy-on-write overlay over the node's base image (the base is never
 * written). The base's format is read from its content and named with `-F`:
 * a raw base is raw, whatever its file name says.
 */
export async function createOverlay(qemuImg: string, base: string, overlay: string): Promise<void> {
  const image = checkImage(base);
  if (!image.ok) throw new VmlabError(`cannot make an overlay over ${base}: it ${image.problem}; ${image.hint}`);
  rmSync(overlay, { force: true });
  const args = ['create', '-q', '-f', 'qcow2', '-b', base, '-F', image.format, overlay];
  verboseRun('qemu-img', qemuImg, args);
  const result = await execa(qemuImg, args, { reject: false });
  if (result.code === 'ENOENT')
    throw new EnvironmentError(`${qemuImg} is not installed (not found on PATH): install qemu-utils (Debian), or run scripts/setup.sh`, { cause: result });
  if (result.exitCode !== 0) throw new VmlabError(`qemu-img could not create ${overlay} over ${base}: ${result.stderr.trim()}`, { cause: result });
}
