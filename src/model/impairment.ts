/**
 * Link impairments in the model: how one is told (as netem would say it),
 * compared, and named in the relay. What an impairment is, and how it is
 * read from netem's words, is specs/impairment.ts.
 */
import { type Impairment, isPlainWire } from '../specs/impairment.js';

export { DEFAULT_LIMIT, DISTRIBUTIONS, isPlainWire } from '../specs/impairment.js';
export type { BurstLoss, Distribution, Impairment } from '../specs/impairment.js';

/** The impairment as netem's command line would say it, for people: `delay 50ms 10ms normal, loss 1%`. */
export function describeImpairment(imp: Impairment | null | undefined): string {
  if (!imp || isPlainWire(imp)) return 'none';
  const parts: string[] = [];
  if (imp.delay_us !== undefined) {
    const jitter =
      imp.jitter_us !== undefined ? ` ${time(imp.jitter_us)}${imp.distribution && imp.distribution !== 'uniform' ? ` ${imp.distribution}` : ''}` : '';
    parts.push(`delay ${time(imp.delay_us)}${jitter}`);
  }
  if (imp.loss_pct !== undefined) parts.push(`loss ${imp.loss_pct}%${imp.loss_correlation_pct !== undefined ? ` ${imp.loss_correlation_pct}%` : ''}`);
  if (imp.loss_burst) {
    const b = imp.loss_burst;
    parts.push(`loss gemodel ${b.p_pct}% ${b.r_pct}% ${b.bad_loss_pct}% ${b.good_loss_pct}%`);
  }
  if (imp.rate_bps !== undefined) parts.push(`rate ${rate(imp.rate_bps)}`);
  if (imp.limit !== undefined) parts.push(`limit ${imp.limit}`);
  if (imp.duplicate_pct !== undefined) parts.push(`duplicate ${imp.duplicate_pct}%`);
  if (imp.reorder_pct !== undefined) parts.push(`reorder ${imp.reorder_pct}%`);
  if (imp.corrupt_pct !== undefined) parts.push(`corrupt ${imp.corrupt_pct}%`);
  return parts.join(', ');
}

function time(us: number): string {
  if (us >= 1_000_000 && us % 1_000_000 === 0) return `${us / 1_000_000}s`;
  if (us >= 1000) return `${us / 1000}ms`;
  return `${us}us`;
}

function rate(bps: number): string {
  for (const [unit, n] of [
    ['gbit', 1e9],
    ['mbit', 1e6],
    ['kbit', 1e3],
  ] as const)
    if (bps >= n) return `${+(bps / n).toFixed(3)}${unit}`;
  return `${bps}bit`;
}

/** Same faults? Compared field by field in a fixed order (objects built in any order compare alike). */
export function sameImpairment(a: Impairment | null, b: Impairment | null): boolean {
  return canonicalImpairment(a) === canonicalImpairment(b);
}

export function canonicalImpairment(imp: Impairment | null): string {
  if (imp === null || isPlainWire(imp)) return 'null';
  return JSON.stringify(sortedDeep(imp));
}

function sortedDeep(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([k, v]) => [k, sortedDeep(v)]));
}

/** The relay's name for a direction: its sending VM and NIC (`leaf1.nic1`); "." is in no node name QEMU takes. */
export function directionId(node: string, nic: number): string {
  return `${node}.nic${nic}`;
}
