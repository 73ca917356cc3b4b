import { closeSync, constants, createWriteStream, fstatSync, ftruncateSync, lstatSync, openSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { UsageError } from '../errors.js';

/** Where a capture's pcap goes: a file, or stdout (`-w -`) for a live pipe into tcpdump or wireshark. */
export interface CaptureOutput {
  stream: Writable;
  /** For messages: the file's path, or "stdout". */
  name: string;
  /** Everything written has reached the file or the pipe (or the pipe is gone). */
  finish(): Promise<void>;
  /** The capture never started: a file is removed rather than left empty (not even a pcap header). */
  discard(): Promise<void>;
}

export function openCaptureOutput(write: string, cwd: string, stdout: NodeJS.WriteStream = process.stdout): CaptureOutput {
  if (write === '-') {
    if (stdout.isTTY) throw new UsageError('-w -: a pcap is binary, not for a terminal; pipe it (… -w - | tcpdump -r -) or write a file with -w FILE');
    return {
      stream: stdout,
      name: 'stdout',
      async finish() {
        if (stdout.writableLength === 0 || stdout.destroyed) return;
        await Promise.race([once(stdout, 'drain'), once(stdout, 'close')]).catch(() => undefined);
      },
      discard: async () => undefined,
    };
  }
  const file = resolve(cwd, write);
  // Opened here, before any filter exists: a path that cannot be written is a usage error, nothing to undo.
  const { fd, created } = openOwnFile(file);
  const stream = createWriteStream(file, { fd });
  return {
    stream,
    name: file,
    async finish() {
      stream.end();
      await finished(stream).catch(() => undefined); // a write error was reported when it happened
    },
    async discard() {
      await this.finish();
      if (created) rmSync(file, { force: true });
    },
  };
}

const { O_WRONLY, O_CREAT, O_EXCL, O_NOFOLLOW, O_NONBLOCK } = constants;

/**
 * The pcap file, opened so that nothing but a regular file of one link is
 * ever written: a new file is made exclusively (O_EXCL, never through a
 * symlink), 0600 as a capture may hold passwords; an existing one is opened
 * with O_NOFOLLOW (a symlink fails, ELOOP) and O_NONBLOCK (a FIFO never
 * blocks), checked on the open descriptor, and only then truncated: it is
 * overwritten, as tcpdump -w does, and keeps its mode.
 */
function openOwnFile(file: string): { fd: number; created: boolean } {
  const refuse = (why: string) => new UsageError(`cannot write the capture to ${file}: ${why}; name a new file or a regular file of yours`);
  try {
    return { fd: openSync(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, 0o600), created: true };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw refuse((err as NodeJS.ErrnoException).code ?? (err as Error).message);
  }
  let fd: number;
  try {
    fd = openSync(file, O_WRONLY | O_NOFOLLOW | O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || safeIsSymlink(file)) throw refuse('it is a symbolic link (never followed)');
    if (code === 'EISDIR') throw refuse('it is a directory');
    if (code === 'ENXIO') throw refuse('it is a FIFO or socket, not a file (for a live stream use -w -)');
    throw refuse(code ?? (err as Error).message);
  }
  const stat = fstatSync(fd);
  const why = !stat.isFile()
    ? 'it is not a regular file (for a live stream use -w -)'
    : stat.nlink > 1
      ? `it has ${stat.nlink - 1} other hard link${stat.nlink > 2 ? 's' : ''}`
      : null;
  if (why) {
    closeSync(fd);
    throw refuse(why);
  }
  ftruncateSync(fd, 0);
  return { fd, created: false };
}

function safeIsSymlink(file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
}
