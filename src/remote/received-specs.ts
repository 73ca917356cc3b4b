import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { execa } from 'execa';
import { shippedSpecsDir as shippedDir } from '../state/paths.js';

/**
 * Unpacks the tar stream a controller sends (its spec directory, and the
 * platforms and secrets it drew on) into the lab's shipped directory. The
 * new copy replaces the old one in one rename, so a run reading the old
 * copy never sees half of each.
 */
export async function receiveSpecs(home: string, lab: string, tar: NodeJS.ReadableStream, host: string | null = null): Promise<string> {
  const dir = shippedDir(home, lab, host); // per host: servers sharing one home each get their own copy
  const incoming = `${dir}.incoming-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  rmSync(incoming, { recursive: true, force: true });
  mkdirSync(incoming, { recursive: true, mode: 0o700 });
  try {
    await execa('tar', ['-x', '-f', '-', '-C', incoming, '--no-same-owner', '--no-same-permissions'], { input: tar as unknown as Buffer });
    try {
      renameSync(dir, old);
    } catch {
      // first time: nothing to move aside
    }
    renameSync(incoming, dir);
  } finally {
    rmSync(incoming, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
  return dir;
}
