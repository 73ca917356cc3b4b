/**
 * Link impairments as they are written, and what they read as: what a
 * direction of a link does to the frames its sender puts on it (delay,
 * jitter, loss, rate, duplication, reordering, corruption), in netem's
 * terms. Written in topology.json and on the command line as netem writes
 * them (`50ms`, `1%`, `10mbit`); read into numbers whose unit is in their
 * name, which is how the model, the plan and the relay hold them
 * (model/impairment.ts has what they do with them).
 */

export const DISTRIBUTIONS = ['uniform', 'normal', 'pareto', 'paretonormal'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** Gilbert–Elliott burst loss: a good and a bad state, each with its own loss. */
export interface BurstLoss {
  /** Chance per frame of going from good to bad. */
  p_pct: number;
  /** Chance per frame of going from bad back to good. */
  r_pct: number;
  /** Loss while bad (netem's 1-h); 100 unless said. */
  bad_loss_pct: number;
  /** Loss while good (netem's 1-k); 0 unless said. */
  good_loss_pct: number;
}

/** One direction's impairment, normalised; a field absent is no such fault. */
export interface Impairment {
  delay_us?: number;
  /** ± around delay_us, drawn from `distribution` (uniform unless said). */
  jitter_us?: number;
  distribution?: Distribution;
  /** Random loss; with `loss_correlation_pct`, each draw leans on the last (netem's correlation). */
  loss_pct?: number;
  loss_correlation_pct?: number;
  loss_burst?: BurstLoss;
  /** Bits per second the direction carries at most; frames beyond `limit` waiting are dropped. */
  rate_bps?: number;
  /** Frames that may wait in the direction (delayed or rate limited) before new ones are dropped; 1000 unless said, as netem. */
  limit?: number;
  duplicate_pct?: number;
  /** Frames sent at once, skipping the delay (netem's reorder: needs a delay). */
  reorder_pct?: number;
  /** Frames with one random bit flipped. */
  corrupt_pct?: number;
}

export const DEFAULT_LIMIT = 1000;

/** An impairment as written in topology.json and taken by `vmlab link impair`: netem's words, as strings. */
export interface ImpairmentSpec {
  delay?: string;
  jitter?: string;
  distribution?: string;
  loss?: string;
  loss_correlation?: string;
  loss_burst?: { p?: string; r?: string; bad_loss?: string; good_loss?: string };
  rate?: string;
  limit?: number;
  duplicate?: string;
  reorder?: string;
  corrupt?: string;
}

export const IMPAIRMENT_FIELDS = [
  'delay',
  'jitter',
  'distribution',
  'loss',
  'loss_correlation',
  'loss_burst',
  'rate',
  'limit',
  'duplicate',
  'reorder',
  'corrupt',
] as const;

/** One thing wrong with an impairment: the field (a JSON path below the impairment) and what would be right. */
export interface ImpairmentIssue {
  path: string;
  message: string;
}

const TIME_UNITS: Record<string, number> = { us: 1, usec: 1, ms: 1000, msec: 1000, s: 1_000_000, sec: 1_000_000 };
/** netem's rate units: bit for bits, bps for bytes per second; k, m, g are powers of 1000. */
const RATE_UNITS: Record<string, number> = {
  bit: 1,
  kbit: 1e3,
  mbit: 1e6,
  gbit: 1e9,
  bps: 8,
  kbps: 8e3,
  mbps: 8e6,
  gbps: 8e9,
};
const MAX_DELAY_US = 60_000_000;

export const TIME_FORM = 'a time such as "50ms", "1.5ms", "200us" or "1s" (up to 60s)';
export const PERCENT_FORM = 'a percentage such as "1%" or "0.5%" (0% to 100%)';
export const RATE_FORM = 'a rate such as "10mbit", "512kbit", "1gbit" or "1mbps" (bytes per second)';

function written(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function parseTime(value: unknown): number | string {
  const m = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*(us|usec|ms|msec|s|sec)\s*$/.exec(value) : null;
  if (!m) return `${written(value)} is not valid; must be ${TIME_FORM}`;
  const us = Math.round(Number(m[1]) * TIME_UNITS[m[2]!]!);
  return us > MAX_DELAY_US ? `${written(value)} is more than 60s; must be ${TIME_FORM}` : us;
}

function parsePercent(value: unknown): number | string {
  const m = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(value) : null;
  if (!m || Number(m[1]) > 100) return `${written(value)} is not valid; must be ${PERCENT_FORM}`;
  return Number(m[1]);
}

function parseRate(value: unknown): number | string {
  const m = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)\s*([a-z]+)\s*$/i.exec(value) : null;
  const unit = m ? RATE_UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) return `${written(value)} is not valid; must be ${RATE_FORM}`;
  const bps = Math.round(Number(m[1]) * unit);
  return bps < 8 ? `${written(value)} is too slow; must be at least 8bit` : bps;
}

/**
 * Reads an impairment as written (netem's words), with one issue per
 * mistake. An empty object is no impairment at all (the direction is a
 * plain wire), which is what `{}` says.
 */
export function parseImpairment(spec: unknown): { impairment: Impairment; issues: ImpairmentIssue[] } {
  const issues: ImpairmentIssue[] = [];
  const out: Impairment = {};
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    return {
      impairment: out,
      issues: [{ path: '', message: `${written(spec)} is not valid; must be an object of netem fields (${IMPAIRMENT_FIELDS.join(', ')})` }],
    };
  }
  const s = spec as Record<string, unknown>;
  for (const key of Object.keys(s)) {
    if (!(IMPAIRMENT_FIELDS as readonly string[]).includes(key))
      issues.push({ path: `/${key}`, message: `unknown field "${key}"; known fields: ${IMPAIRMENT_FIELDS.join(', ')}` });
  }
  const take = (key: string, parse: (v: unknown) => number | string, set: (n: number) => void) => {
    if (s[key] === undefined) return;
    const r = parse(s[key]);
    if (typeof r === 'string') issues.push({ path: `/${key}`, message: r });
    else set(r);
  };
  take('delay', parseTime, (n) => (out.delay_us = n));
  take('jitter', parseTime, (n) => (out.jitter_us = n));
  take('loss', parsePercent, (n) => (out.loss_pct = n));
  take('loss_correlation', parsePercent, (n) => (out.loss_correlation_pct = n));
  take('rate', parseRate, (n) => (out.rate_bps = n));
  take('duplicate', parsePercent, (n) => (out.duplicate_pct = n));
  take('reorder', parsePercent, (n) => (out.reorder_pct = n));
  take('corrupt', parsePercent, (n) => (out.corrupt_pct = n));
  if (s.distribution !== undefined) {
    if ((DISTRIBUTIONS as readonly unknown[]).includes(s.distribution)) out.distribution = s.distribution as Distribution;
    else issues.push({ path: '/distribution', message: `${written(s.distribution)} is not allowed; use one of: ${DISTRIBUTIONS.join(', ')}` });
  }
  if (s.limit !== undefined) {
    if (Number.isInteger(s.limit) && (s.limit as number) >= 1 && (s.limit as number) <= 1_000_000) out.limit = s.limit as number;
    else issues.push({ path: '/limit', message: `${written(s.limit)} is not valid; must be a number of frames from 1 to 1000000` });
  }
  if (s.loss_burst !== undefined) burst(s.loss_burst, out, issues);
  combinations(s, out, issues);
  return { impairment: out, issues };
}

function burst(value: unknown, out: Impairment, issues: ImpairmentIssue[]): void {
  const form = 'an object {"p": "5%", "r": "50%"} with optional "bad_loss" (100% unless said) and "good_loss" (0% unless said)';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.push({ path: '/loss_burst', message: `${written(value)} is not valid; must be ${form}` });
    return;
  }
  const v = value as Record<string, unknown>;
  const known = ['p', 'r', 'bad_loss', 'good_loss'];
  for (const key of Object.keys(v))
    if (!known.includes(key)) issues.push({ path: `/loss_burst/${key}`, message: `unknown field "${key}"; known fields: ${known.join(', ')}` });
  const field = (key: string, fallback: number | undefined): number | null => {
    if (v[key] === undefined) {
      if (fallback !== undefined) return fallback;
      issues.push({ path: '/loss_burst', message: `missing required field "${key}"; must be ${form}` });
      return null;
    }
    const r = parsePercent(v[key]);
    if (typeof r === 'string') {
      issues.push({ path: `/loss_burst/${key}`, message: r });
      return null;
    }
    return r;
  };
  const p = field('p', undefined);
  const r = field('r', undefined);
  const bad = field('bad_loss', 100);
  const good = field('good_loss', 0);
  if (p !== null && r !== null && bad !== null && good !== null) out.loss_burst = { p_pct: p, r_pct: r, bad_loss_pct: bad, good_loss_pct: good };
}

/** The rules between fields, as netem has them. */
function combinations(s: Record<string, unknown>, out: Impairment, issues: ImpairmentIssue[]): void {
  if (s.jitter !== undefined && s.delay === undefined)
    issues.push({ path: '/jitter', message: 'jitter needs a delay to vary around; add "delay" (for example "delay": "20ms")' });
  if (s.distribution !== undefined && s.jitter === undefined)
    issues.push({ path: '/distribution', message: 'a distribution shapes the jitter; add "jitter" (for example "jitter": "5ms")' });
  if (s.loss_correlation !== undefined && s.loss === undefined)
    issues.push({ path: '/loss_correlation', message: 'loss_correlation needs "loss" (for example "loss": "1%")' });
  if (s.loss !== undefined && s.loss_burst !== undefined)
    issues.push({ path: '/loss_burst', message: 'use "loss" (random) or "loss_burst" (Gilbert–Elliott), not both' });
  if (s.reorder !== undefined && !(out.delay_us !== undefined && out.delay_us > 0))
    issues.push({ path: '/reorder', message: 'reordered frames are those sent without the delay; add a "delay" above 0 (for example "delay": "10ms")' });
}

/** An impairment that does nothing: its direction needs no relay. */
export function isPlainWire(imp: Impairment): boolean {
  return Object.keys(imp).length === 0;
}
