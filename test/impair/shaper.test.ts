import { Shaper } from '../../src/exec/impair/shaper.js';
import { FrameReader, framed } from '../../src/exec/impair/framing.js';

/** A seeded generator (mulberry32): the same faults on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const frame = (n = 100) => Buffer.alloc(n, 0xab);

describe('the shaper (netem without the kernel)', () => {
  test('a plain wire hands every frame on at once, unchanged', () => {
    const s = new Shaper({});
    expect(s.offer(frame(), 1000)).toEqual([{ atUs: 1000, frame: frame() }]);
    expect(s.counters).toMatchObject({ frames_in: 1, bytes_in: 100, dropped: 0, delayed: 0 });
  });

  test('delay holds each frame that long; jitter spreads it within ± jitter (uniform)', () => {
    const s = new Shaper({ delay_us: 50_000, jitter_us: 10_000 }, seeded(1));
    const at = Array.from({ length: 2000 }, (_, i) => s.offer(frame(), i * 1e6)[0]!.atUs - i * 1e6);
    expect(Math.min(...at)).toBeGreaterThanOrEqual(40_000);
    expect(Math.max(...at)).toBeLessThanOrEqual(60_000);
    const mean = at.reduce((x, y) => x + y, 0) / at.length;
    expect(Math.abs(mean - 50_000)).toBeLessThan(1000);
    expect(s.counters.delayed).toBe(2000);
  });

  test('normal jitter has the jitter as its standard deviation', () => {
    const s = new Shaper({ delay_us: 100_000, jitter_us: 10_000, distribution: 'normal' }, seeded(2));
    const at = Array.from({ length: 5000 }, (_, i) => s.offer(frame(), i * 1e6)[0]!.atUs - i * 1e6);
    const mean = at.reduce((x, y) => x + y, 0) / at.length;
    const sd = Math.sqrt(at.reduce((x, y) => x + (y - mean) ** 2, 0) / at.length);
    expect(Math.abs(mean - 100_000)).toBeLessThan(600);
    expect(Math.abs(sd - 10_000)).toBeLessThan(600);
  });

  test('random loss drops about its share of frames', () => {
    const s = new Shaper({ loss_pct: 30 }, seeded(3));
    for (let i = 0; i < 10_000; i++) s.offer(frame(), i);
    expect(s.counters.dropped / 10_000).toBeGreaterThan(0.28);
    expect(s.counters.dropped / 10_000).toBeLessThan(0.32);
  });

  test('Gilbert–Elliott loss comes in bursts: long runs of losses, at the rate its states give', () => {
    // Stationary share of bad: p / (p + r) = 0.05 / 0.30; every frame lost while bad.
    const s = new Shaper({ loss_burst: { p_pct: 5, r_pct: 25, bad_loss_pct: 100, good_loss_pct: 0 } }, seeded(4));
    const lost = Array.from({ length: 20_000 }, (_, i) => s.offer(frame(), i).length === 0);
    const share = lost.filter(Boolean).length / lost.length;
    expect(share).toBeGreaterThan(0.14);
    expect(share).toBeLessThan(0.19);
    let runs = 0;
    for (let i = 1; i < lost.length; i++) if (lost[i] && !lost[i - 1]) runs++;
    // Mean burst length 1 / r = 4 frames: far fewer runs than losses.
    expect(lost.filter(Boolean).length / runs).toBeGreaterThan(3);
  });

  test('rate serialises frames one after another at the rate, and drops beyond the limit', () => {
    const s = new Shaper({ rate_bps: 8_000_000, limit: 5 }, seeded(5)); // 1000-byte frame: 1 ms on the wire
    const out = Array.from({ length: 8 }, () => s.offer(frame(1000), 0));
    expect(out.slice(0, 5).map((d) => d[0]!.atUs)).toEqual([1000, 2000, 3000, 4000, 5000]);
    expect(out.slice(5)).toEqual([[], [], []]);
    expect(s.counters.dropped).toBe(3);
  });

  test('duplicate sends a frame twice; corrupt flips exactly one bit; reorder skips the delay', () => {
    const dup = new Shaper({ duplicate_pct: 100 });
    expect(dup.offer(frame(), 0)).toHaveLength(2);
    const bad = new Shaper({ corrupt_pct: 100 }, seeded(6));
    const [d] = bad.offer(frame(64), 0);
    const flipped = [...d!.frame].reduce((n, byte, i) => n + popcount(byte ^ frame(64)[i]!), 0);
    expect(flipped).toBe(1);
    const re = new Shaper({ delay_us: 10_000, reorder_pct: 100 });
    expect(re.offer(frame(), 0)[0]!.atUs).toBe(0);
  });

  test('frames waiting beyond the limit are dropped, as netem drops past its queue', () => {
    const s = new Shaper({ delay_us: 1e6, limit: 3 });
    expect([0, 1, 2, 3].map((t) => s.offer(frame(), t).length)).toEqual([1, 1, 1, 0]);
    // Once the first have gone on, there is room again.
    expect(s.offer(frame(), 2e6)).toHaveLength(1);
  });

  test('a new setting applies from the next frame', () => {
    const s = new Shaper({ delay_us: 1000 });
    expect(s.offer(frame(), 0)[0]!.atUs).toBe(1000);
    s.reconfigure({ delay_us: 5000 });
    expect(s.offer(frame(), 0)[0]!.atUs).toBe(5000);
  });
});

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v; v >>= 1) n += v & 1;
  return n;
}

describe("filter-redirector's framing", () => {
  test('frames cut out of a stream however it is split', () => {
    const frames: Buffer[] = [];
    const reader = new FrameReader((f) => frames.push(f));
    const stream = Buffer.concat([framed(Buffer.from('one')), framed(Buffer.from('second frame')), framed(Buffer.alloc(0))]);
    for (const byte of stream) reader.push(Buffer.from([byte]));
    expect(frames.map(String)).toEqual(['one', 'second frame', '']);
  });
});
