import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import type { ConsoleRoute } from '../ports/machine.js';
import { verboseRun } from '../verbose.js';

/** Ctrl-] leaves the console, as in telnet. */
const ESCAPE = 0x1d;

/** An open console: bytes in, bytes out. */
interface ConsoleLine {
  input: Writable;
  output: Readable;
  /** Fires once the line is open; `closed` once it is gone, with an error if it never worked. */
  onOpen(cb: () => void): void;
  onClosed(cb: (err?: Error) => void): void;
  close(): void;
}

function openLine(route: ConsoleRoute): ConsoleLine {
  if (route.via === 'tcp') {
    const socket = connect({ host: route.host, port: route.port });
    return {
      input: socket,
      output: socket,
      onOpen: (cb) => socket.on('connect', cb),
      onClosed: (cb) => {
        socket.on('error', (err) => cb(err));
        socket.on('close', () => cb());
      },
      close: () => socket.destroy(),
    };
  }
  // ssh's own messages (host key, refused forwarding) go straight to the terminal.
  verboseRun('console', route.argv[0]!, route.argv.slice(1));
  const child = spawn(route.argv[0]!, route.argv.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
  let seen = false;
  child.stdout.once('data', () => (seen = true));
  child.stdin.on('error', () => undefined); // ssh gone: its exit says why
  return {
    input: child.stdin,
    output: child.stdout,
    onOpen: (cb) => child.on('spawn', cb),
    onClosed: (cb) => {
      child.on('error', (err) => cb(err));
      child.on('close', (code) => cb(code !== 0 && !seen ? new Error(`"${route.argv.join(' ')}" failed (exit code ${code})`) : undefined));
    },
    close: () => {
      if (child.exitCode === null) child.kill();
    },
  };
}

/**
 * This process's terminal on a serial console, raw, until Ctrl-] or the line
 * closes; a carriage return first, to show the current prompt.
 */
export function attachConsole(route: ConsoleRoute): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const line = openLine(route);
    const { stdin, stdout } = process;
    let left = false;
    const leave = (err?: Error) => {
      if (left) return;
      left = true;
      if (stdin.isTTY) stdin.setRawMode(false);
      stdin.off('data', onKey);
      stdin.pause();
      // A paused pipe still holds the event loop open: let go of it, or the
      // command never exits after Ctrl-] when its stdin is not a terminal.
      (stdin as { unref?: () => void }).unref?.();
      line.close();
      if (err) reject(err);
      else resolve();
    };
    const onKey = (data: Buffer) => {
      const at = data.indexOf(ESCAPE);
      if (at >= 0) {
        if (at > 0) line.input.write(data.subarray(0, at));
        leave();
      } else {
        line.input.write(data);
      }
    };
    line.onOpen(() => {
      if (stdin.isTTY) stdin.setRawMode(true);
      stdin.on('data', onKey);
      stdin.resume();
      line.input.write('\r'); // show the current prompt
    });
    line.output.on('data', (d) => stdout.write(d));
    line.onClosed(leave);
    stdin.on('end', () => leave());
  });
}
