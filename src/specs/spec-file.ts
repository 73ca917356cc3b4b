import { closeSync, constants, fstatSync, lstatSync, openSync, readlinkSync, readSync, type Stats } from 'node:fs';

/**
 * The most a spec file may hold. Real ones are kilobytes (a 70,000-node
 * topology is under 2 MiB); a bigger file is a mistake (an image or a log
 * saved under a spec's name, a link to a device), and reading it whole
 * would stall or kill vmlab.
 */
export const MAX_SPEC_FILE_BYTES = 8 * 1024 * 1024;

export type SpecText = { ok: true; text: string } | { ok: false; message: string; missing?: boolean };

const MIB = 1024 * 1024;

/** What a file that is not a regular file is, in words (for messages about spec files, and files shipped to servers). */
export function fileKind(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** What a path that cannot be opened is, in words: a dangling or looping link says so. */
function openProblem(path: string, err: NodeJS.ErrnoException): SpecText {
  if (err.code === 'ENOENT') {
    try {
      if (lstatSync(path).isSymbolicLink()) return { ok: false, message: `is a symlink to ${readlinkSync(path)}, which does not exist` };
    } catch {
      // not there at all
    }
    return { ok: false, message: 'file not found', missing: true };
  }
  if (err.code === 'ELOOP') return { ok: false, message: 'is a symlink that leads to itself (a loop of symlinks); make it name a file' };
  if (err.code === 'ENXIO') return { ok: false, message: 'is a socket, not a regular file; a spec file must be a JSON file' };
  if (err.code === 'EACCES') return { ok: false, message: 'cannot be read: permission denied' };
  return { ok: false, message: `cannot be read: ${err.code ?? err.message}` };
}

/**
 * Reads a spec file as UTF-8 text, but only if it is a regular file (a
 * symlink to one is fine) of at most MAX_SPEC_FILE_BYTES. It is opened
 * non-blocking, so a FIFO does not wait for a writer, and its type and size
 * are checked on the open file (fstat), so what is read is what was checked;
 * the read stops at the cap even if the file grows meanwhile.
 */
export function readSpecText(path: string): SpecText {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (err) {
    return openProblem(path, err as NodeJS.ErrnoException);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, message: `is ${fileKind(stats)}, not a regular file; a spec file must be a JSON file` };
    if (stats.size > MAX_SPEC_FILE_BYTES) {
      return {
        ok: false,
        message: `is ${(stats.size / MIB).toFixed(1)} MiB; a spec file may be at most ${MAX_SPEC_FILE_BYTES / MIB} MiB (is it really JSON?)`,
      };
    }
    // Sized by fstat, grown (to one byte past the cap) only if the file grows while it is read.
    let buffer = Buffer.alloc(Math.min(stats.size, MAX_SPEC_FILE_BYTES) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length === buffer.length) {
        if (length > MAX_SPEC_FILE_BYTES)
          return {
            ok: false,
            message: `grew beyond ${MAX_SPEC_FILE_BYTES / MIB} MiB while being read; a spec file may be at most ${MAX_SPEC_FILE_BYTES / MIB} MiB`,
          };
        const bigger = Buffer.alloc(Math.min(buffer.length * 2, MAX_SPEC_FILE_BYTES + 1));
        buffer.copy(bigger);
        buffer = bigger;
      }
    }
    return { ok: true, text: buffer.toString('utf8', 0, length) };
  } catch (err) {
    return { ok: false, message: `cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
  } finally {
    closeSync(fd);
  }
}
