import { DEFAULT_LIMIT, type Impairment } from '../../model/impairment.js';

/** A source of uniform numbers in [0, 1): Math.random in the relay, a seeded one in tests. */
export type Random = () => number;

/** What becomes of one frame: sent at these times (microseconds, the relay's clock), possibly more than once, possibly changed; none: dropped. */
export interface Delivery {
  atUs: number;
  frame: Buffer;
}

/** Counters of one direction, as `status` shows them. */
export interface ShaperCounters {
  frames_in: number;
  bytes_in: number;
  frames_out: number;
  bytes_out: number;
  dropped: number;
  delayed: number;
  duplicated: number;
  reordered: number;
  corrupted: number;
}

export const ZERO_COUNTERS: ShaperCounters = {
  frames_in: 0,
  bytes_in: 0,
  frames_out: 0,
  bytes_out: 0,
  dropped: 0,
  delayed: 0,
  duplicated: 0,
  reordered: 0,
  corrupted: 0,
};

/**
 * netem's model of one direction, without the kernel: for each frame the
 * sender puts on the link, when (and whether, and how often, and how
 * changed) it reaches the other end. Pure apart from its own state (loss
 * memory, the rate limiter's clock, the queue) and the random numbers it is
 * given, so tests can replay it.
 *
 * Order of the faults, as in netem: duplicate, loss, corrupt, then the
 * frame's delay (with jitter; or none if picked for reordering), then the
 * rate limiter, which serialises frames one after another at the rate.
 */
export class Shaper {
  private lossLast = 0;
  private burstBad = false;
  /** When the rate limiter's link is free again. */
  private rateFreeUs = 0;
  /** Delivery times of the frames still waiting (queue length for `limit`). */
  private waiting: number[] = [];
  readonly counters: ShaperCounters = { ...ZERO_COUNTERS };

  constructor(
    private impairment: Impairment,
    private readonly random: Random = Math.random,
  ) {}

  /** A new setting, live: the loss memory and queue carry on. */
  reconfigure(impairment: Impairment): void {
    this.impairment = impairment;
  }

  get setting(): Impairment {
    return this.impairment;
  }

  /** Counts a frame handed on to the wire (the relay calls it when it writes one). */
  sent(bytes: number): void {
    this.counters.frames_out++;
    this.counters.bytes_out += bytes;
  }

  offer(frame: Buffer, nowUs: number): Delivery[] {
    const imp = this.impairment;
    this.counters.frames_in++;
    this.counters.bytes_in += frame.length;
    this.waiting = this.waiting.filter((t) => t > nowUs);
    const copies = imp.duplicate_pct !== undefined && this.chance(imp.duplicate_pct) ? 2 : 1;
    if (copies === 2) this.counters.duplicated++;
    const out: Delivery[] = [];
    for (let i = 0; i < copies; i++) {
      if (this.lost()) {
        this.counters.dropped++;
        continue;
      }
      if (this.waiting.length >= (imp.limit ?? DEFAULT_LIMIT)) {
        this.counters.dropped++;
        continue;
      }
      let bytes = frame;
      if (imp.corrupt_pct !== undefined && frame.length > 0 && this.chance(imp.corrupt_pct)) {
        bytes = Buffer.from(frame);
        const bit = Math.floor(this.random() * frame.length * 8);
        bytes[bit >> 3]! ^= 1 << (bit & 7);
        this.counters.corrupted++;
      }
      let atUs = nowUs;
      const reorder = imp.reorder_pct !== undefined && this.chance(imp.reorder_pct);
      if (reorder) this.counters.reordered++;
      else atUs += this.delayUs();
      if (imp.rate_bps !== undefined) {
        const start = Math.max(atUs, this.rateFreeUs);
        this.rateFreeUs = start + (bytes.length * 8 * 1_000_000) / imp.rate_bps;
        atUs = this.rateFreeUs;
      }
      if (atUs > nowUs) this.counters.delayed++;
      this.waiting.push(atUs);
      out.push({ atUs, frame: bytes });
    }
    return out;
  }

  private chance(pct: number): boolean {
    return this.random() * 100 < pct;
  }

  /** netem's loss: random (each draw leaning on the last by the correlation), or Gilbert–Elliott. */
  private lost(): boolean {
    const imp = this.impairment;
    if (imp.loss_burst) {
      const b = imp.loss_burst;
      // Move between states first, then lose by the state's loss.
      if (this.burstBad) {
        if (this.chance(b.r_pct)) this.burstBad = false;
      } else if (this.chance(b.p_pct)) this.burstBad = true;
      return this.chance(this.burstBad ? b.bad_loss_pct : b.good_loss_pct);
    }
    if (imp.loss_pct === undefined) return false;
    const rho = (imp.loss_correlation_pct ?? 0) / 100;
    const draw = rho * this.lossLast + (1 - rho) * this.random();
    this.lossLast = draw;
    return draw * 100 < imp.loss_pct;
  }

  private delayUs(): number {
    const imp = this.impairment;
    const delay = imp.delay_us ?? 0;
    const jitter = imp.jitter_us ?? 0;
    if (jitter === 0) return delay;
    return Math.max(0, delay + jitter * this.spread(imp.distribution ?? 'uniform'));
  }

  /** A draw of the jitter's distribution, in units of the jitter (netem's tables, approximated). */
  private spread(distribution: NonNullable<Impairment['distribution']>): number {
    switch (distribution) {
      case 'uniform':
        return this.random() * 2 - 1;
      case 'normal':
        return this.normal();
      case 'pareto':
        return this.pareto();
      case 'paretonormal':
        // netem's paretonormal: a quarter normal, three quarters pareto.
        return 0.25 * this.normal() + 0.75 * this.pareto();
    }
  }

  private normal(): number {
    const u = 1 - this.random();
    const v = this.random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Pareto with shape 3, shifted to mean 0 and scaled to unit standard deviation, as heavy tailed as netem's table. */
  private pareto(): number {
    const alpha = 3;
    const x = (1 - this.random()) ** (-1 / alpha); // ≥ 1, mean 1.5, sd √0.75
    return (x - alpha / (alpha - 1)) / Math.sqrt(alpha / ((alpha - 1) ** 2 * (alpha - 2)));
  }
}
