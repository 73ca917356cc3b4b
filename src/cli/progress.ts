import type { Progress } from '../exec/runtime.js';
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
