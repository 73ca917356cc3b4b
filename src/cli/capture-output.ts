import { createWriteStream, openSync, rmSync } from 'node:fs';
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
  let fd: number;
  try {
    // Opened here, before any filter exists: a path that cannot be written is a usage error, nothing to undo.
    fd = openSync(file, 'w', 0o644);
  } catch (err) {
    throw new UsageError(`cannot write the capture to ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
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
      rmSync(file, { force: true });
    },
  };
}
