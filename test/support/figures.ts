import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One figure of the fault and abuse suite (issue 8): what was tried, how
 * often, and how it ended. Tests record them here; jest's global teardown
 * (test/support/print-figures.mjs) prints them as one table after the run.
 */
export interface Figure {
  /** What was tried, e.g. "bad --lab/--host/image names". */
  what: string;
  tried: number;
  /** How many ended as they must (refused, cleaned up, converged, byte for byte, ...). */
  ok: number;
  /** A few words on how "ok" is judged, and any detail worth a look. */
  detail: string;
  /** Which table it belongs in: the fault and abuse table (issue 8) unless it says "hostile" (hostile input, issue 18). */
  table?: 'abuse' | 'hostile';
}

export function recordFigure(key: string, figure: Figure): void {
  const dir = process.env.VMLAB_FIGURES_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${key.replace(/[^A-Za-z0-9_.-]/g, '_')}.json`), JSON.stringify(figure));
}
