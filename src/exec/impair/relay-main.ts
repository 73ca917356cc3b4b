/**
 * The impairment relay of one lab on one host: a process of its own that
 * the diverted directions of the lab's links pass through (see
 * docs/impairments.md). For each direction, the sender's QEMU connects two
 * socket chardevs to it: on `<id>.tap` come the frames the guest sends
 * (filter-redirector outdev), on `<id>.back` go the frames on to the wire
 * (filter-redirector indev), each a 4-byte big-endian length and the frame.
 * Between the two, a Shaper (shaper.ts) decides when, whether and how.
 *
 * Told what to do on `control.sock`, one JSON object per line: put (a
 * direction and its impairment), delete, status (settings and counters).
 * It keeps no file of its own: when it is restarted, vmlab puts every
 * direction again, and the chardevs reconnect by themselves. It exits on
 * SIGTERM, when its directory goes (the lab was destroyed), and when it has
 * had no direction for a while.
 * Usage: relay-main.js <socket-dir> <lab-impair-dir>
 */
import { existsSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Impairment } from '../../model/impairment.js';
import { type Delivery, Shaper } from './shaper.js';
import { FrameReader, framed } from './framing.js';
import { socketNames } from './socket-names.js';

const [dir, labImpairDir] = process.argv.slice(2);
if (!dir || !labImpairDir) {
  process.stderr.write('usage: relay-main.js <socket-dir> <lab-impair-dir>\n');
  process.exit(2);
}
const IDLE_EXIT_MS = 30_000;
const nowUs = () => performance.now() * 1000;

interface Direction {
  id: string;
  shaper: Shaper;
  tap: Server;
  back: Server;
  tapConn: Socket | null;
  backConn: Socket | null;
  /** Frames waiting for their time, in delivery order. */
  queue: Delivery[];
  /** The wake-up for the first frame due (a timer, or an immediate for what is due within a millisecond). */
  timer: { cancel(): void } | null;
}

const directions = new Map<string, Direction>();
let idleSince = Date.now();

/** A listener that keeps the latest connection (a QEMU that reconnects replaces its old one). */
function listen(path: string, onConn: (s: Socket) => void): Promise<Server> {
  rmSync(path, { force: true });
  return new Promise((resolve, reject) => {
    const server = createServer(onConn);
    server.once('error', reject);
    server.listen(path, () => resolve(server));
  });
}

function schedule(d: Direction): void {
  if (d.timer !== null || d.queue.length === 0) return;
  const wait = Math.max(0, (d.queue[0]!.atUs - nowUs()) / 1000);
  // Below a millisecond a timer is late anyway: setImmediate keeps small delays small.
  if (wait < 1) {
    const immediate = setImmediate(() => flush(d));
    d.timer = { cancel: () => clearImmediate(immediate) };
  } else {
    const timeout = setTimeout(() => flush(d), wait);
    d.timer = { cancel: () => clearTimeout(timeout) };
  }
}

function flush(d: Direction): void {
  d.timer = null;
  const now = nowUs();
  while (d.queue.length > 0 && d.queue[0]!.atUs <= now + 200) {
    const { frame } = d.queue.shift()!;
    if (d.backConn !== null && !d.backConn.destroyed) {
      d.backConn.write(framed(frame));
      d.shaper.sent(frame.length);
    } else d.shaper.counters.dropped++;
  }
  schedule(d);
}

function enqueue(d: Direction, deliveries: Delivery[]): void {
  for (const delivery of deliveries) {
    // Sorted by time; equal times keep their order.
    let i = d.queue.length;
    while (i > 0 && d.queue[i - 1]!.atUs > delivery.atUs) i--;
    d.queue.splice(i, 0, delivery);
  }
  // A frame may now be due before the one the wake-up was for.
  if (d.timer !== null) {
    d.timer.cancel();
    d.timer = null;
  }
  schedule(d);
}

async function put(id: string, impairment: Impairment): Promise<void> {
  const known = directions.get(id);
  if (known) {
    known.shaper.reconfigure(impairment);
    return;
  }
  const names = socketNames(dir!, id);
  const d: Direction = { id, shaper: new Shaper(impairment), tap: null!, back: null!, tapConn: null, backConn: null, queue: [], timer: null };
  d.tap = await listen(names.tap, (socket) => {
    d.tapConn?.destroy();
    d.tapConn = socket;
    const reader = new FrameReader((frame) => enqueue(d, d.shaper.offer(frame, nowUs())));
    socket.on('data', (chunk) => reader.push(chunk));
    socket.on('error', () => socket.destroy());
  });
  d.back = await listen(names.back, (socket) => {
    d.backConn?.destroy();
    d.backConn = socket;
    socket.setNoDelay?.(true);
    // QEMU sends nothing here; a read keeps the socket's end noticed.
    socket.on('data', () => undefined);
    socket.on('error', () => socket.destroy());
  });
  directions.set(id, d);
}

function remove(id: string): void {
  const d = directions.get(id);
  if (!d) return;
  directions.delete(id);
  d.timer?.cancel();
  for (const s of [d.tapConn, d.backConn]) s?.destroy();
  d.tap.close();
  d.back.close();
  const names = socketNames(dir!, id);
  rmSync(names.tap, { force: true });
  rmSync(names.back, { force: true });
  if (directions.size === 0) idleSince = Date.now();
}

function status(): unknown {
  const out: Record<string, unknown> = {};
  for (const [id, d] of [...directions].sort(([a], [b]) => (a < b ? -1 : 1))) {
    out[id] = {
      impairment: d.shaper.setting,
      counters: { ...d.shaper.counters, queued: d.queue.length },
      connected: { tap: d.tapConn !== null && !d.tapConn.destroyed, back: d.backConn !== null && !d.backConn.destroyed },
    };
  }
  return { ok: true, pid: process.pid, directions: out };
}

async function handle(line: string): Promise<unknown> {
  const msg = JSON.parse(line) as { op: string; id?: string; impairment?: Impairment };
  switch (msg.op) {
    case 'put':
      await put(String(msg.id), msg.impairment ?? {});
      return { ok: true };
    case 'delete':
      remove(String(msg.id));
      return { ok: true };
    case 'status':
      return status();
    default:
      return { ok: false, error: `unknown op ${JSON.stringify(msg.op)}` };
  }
}

const control = join(dir, 'control.sock');
rmSync(control, { force: true });
const server = createServer((socket) => {
  let buffered = '';
  socket.on('data', (chunk) => {
    buffered += chunk.toString('utf8');
    let nl = buffered.indexOf('\n');
    while (nl >= 0) {
      const line = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      handle(line)
        .catch((err: Error) => ({ ok: false, error: err.message }))
        .then((reply) => socket.write(`${JSON.stringify(reply)}\n`));
      nl = buffered.indexOf('\n');
    }
  });
  socket.on('error', () => socket.destroy());
});
server.once('error', (err) => {
  process.stderr.write(`impairment relay ${control}: ${err.message}\n`);
  process.exit(1);
});
server.listen(control, () => process.stdout.write('listening\n'));

/** Gone with its sockets: a socket directory in /tmp outlives nothing. */
function leave(): never {
  rmSync(dir!, { recursive: true, force: true });
  process.exit(0);
}

setInterval(() => {
  // The lab destroyed (its directory gone), or another relay took over the control socket.
  if (!existsSync(labImpairDir!) || !existsSync(control)) leave();
  if (directions.size === 0 && Date.now() - idleSince > IDLE_EXIT_MS) leave();
}, 1000).unref();
process.on('SIGTERM', leave);
