import type { Progress } from '../ports/runtime.js';
import type { CliIo } from './io.js';

/** Progress lines on stderr: "[  9.1s] leaf1: ready". Plain text, so logs and non-TTY output stay clean. */
export function stderrProgress(io: CliIo, quiet = false): Progress {
  const t0 = Date.now();
  return {
    node(name, message) {
      if (quiet) return;
      const elapsed = ((Date.now() - t0) / 1000).toFixed(1).padStart(5);
      io.err(`[${elapsed}s] ${name}: ${message}\n`);
    },
  };
}

/**
 * Progress as JSON lines on stdout, for a program that drives vmlab (a
 * controller running `apply --host H` on each server over SSH): one object a
 * line, `{"event":"node","node":…,"message":…,"seconds":…}`, then one
 * `{"event":"summary",…}` at the end.
 */
export function jsonProgress(io: CliIo): Progress & { event(event: string, fields: Record<string, unknown>): void } {
  const t0 = Date.now();
  const seconds = () => Math.round((Date.now() - t0) / 100) / 10;
  const event = (name: string, fields: Record<string, unknown>) => io.out(`${JSON.stringify({ event: name, seconds: seconds(), ...fields })}\n`);
  return {
    event,
    node: (node, message) => event('node', { node, message }),
  };
}
