/**
 * Link impairments on real QEMU: a delay declared in topology.json holds
 * from the first frame, set live with `vmlab link impair` (loss, rate,
 * --clear) without a QEMU restarting, a killed relay or a killed node put
 * right by apply with the impairment back. Two links between two nodes: the
 * first impaired, the second a plain wire to compare with. Tolerances are
 * wide (TCG on a shared 2-core machine adds its own milliseconds); the
 * benchmark (`npm run bench -- impair`) measures accuracy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { cleanUp, labQemus, makeLab, requireQemu, type TestLab } from './harness.js';
import { sh } from './traffic.js';

jest.setTimeout(400_000);

let lab: TestLab;
const DELAY_MS = 60;
const IP = { sw1: ['10.9.0.0/31', '10.9.1.0/31'], sw2: ['10.9.0.1/31', '10.9.1.1/31'] } as const;
const PEER_ON_IMPAIRED = '10.9.0.1';
const PEER_ON_PLAIN = '10.9.1.1';

const detailedExit = async () => (await lab.run(['plan', '-S', lab.specs, '--detailed-exitcode'])).code;
const pids = () => labQemus(lab);

/** Round-trip times (ms) of `count` pings from sw1, and how many were lost. */
async function ping(target: string, count: number, interval = 0.2): Promise<{ rtts: number[]; lost: number }> {
  const out = await lab.run(['ssh', 'sw1', '--lab', lab.name, '--', `ping -c ${count} -i ${interval} -W 2 ${target}`]);
  const rtts = [...out.stdout.matchAll(/time=([\d.]+) ms/g)].map((m) => Number(m[1]));
  return { rtts, lost: count - rtts.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Addresses on both links (a fresh QEMU's guest has none). */
async function address(node: 'sw1' | 'sw2'): Promise<void> {
  await sh(lab, node, IP[node].map((cidr, i) => `ip addr flush dev eth${i + 1}; ip addr add ${cidr} dev eth${i + 1}; ip link set eth${i + 1} up`).join('; '));
}

/** Bytes per second sw2 receives of 512 KiB sw1 sends over the impaired link, timed from the first byte to the last (on sw2). */
async function throughputMbit(port: number): Promise<number> {
  // The receiver's stdin stays open (sleep): busybox nc ends the connection once its stdin ends.
  await sh(
    lab,
    'sw2',
    `rm -f /tmp/rate; (sleep 90 | timeout 90 nc -l -p ${port} | { dd bs=1 count=1 of=/dev/null 2>/dev/null; a=$EPOCHREALTIME; n=$(wc -c); b=$EPOCHREALTIME; echo "$n $a $b" > /tmp/rate; } &); sleep 0.3`,
  );
  await sh(lab, 'sw1', `dd if=/dev/zero bs=1024 count=512 2>/dev/null | timeout 60 nc -w 30 ${PEER_ON_IMPAIRED} ${port}`);
  for (let i = 0; i < 60; i++) {
    const line = (await sh(lab, 'sw2', 'cat /tmp/rate 2>/dev/null || true')).trim();
    if (line) {
      const [bytes, from, to] = line.split(' ').map(Number) as [number, number, number];
      expect(bytes).toBe(512 * 1024 - 1);
      return (bytes * 8) / (to - from) / 1e6;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('the transfer did not finish within a minute');
}

beforeAll(() => {
  requireQemu();
  lab = makeLab('labs/two-node', 'e2e-impair', { link: 48100, console: 48130, ssh: 48160 });
  const t = lab.topology();
  t.devices.sw1.interfaces.Ethernet4 = { link: 'sw2:Ethernet4' };
  t.devices.sw2.interfaces.Ethernet4 = { link: 'sw1:Ethernet4' };
  t.links.push({ a: 'sw1:Ethernet4', z: 'sw2:Ethernet4' });
  t.vmlab.impairments = { 'sw1:Ethernet0': { out: { delay: `${DELAY_MS}ms` } } };
  lab.writeTopology(t);
});

afterAll(async () => {
  if (lab) await cleanUp(lab);
});

test('a declared one-way delay holds on its link only; plan shows it and has nothing to do once applied', async () => {
  expect((await lab.run(['apply', '-S', lab.specs, '--yes'])).code).toBe(0);
  await address('sw1');
  await address('sw2');
  const impaired = await ping(PEER_ON_IMPAIRED, 10);
  const plain = await ping(PEER_ON_PLAIN, 10);
  expect(impaired.lost).toBeLessThanOrEqual(1);
  expect(Math.min(...impaired.rtts)).toBeGreaterThanOrEqual(DELAY_MS);
  // TCG's own latency on this machine is a few ms, with outliers: the median tells.
  expect(median(impaired.rtts)).toBeLessThan(DELAY_MS + 40);
  expect(median(plain.rtts)).toBeLessThan(DELAY_MS / 2);
  const plan = JSON.parse((await lab.run(['plan', '-S', lab.specs, '--json'])).stdout);
  expect(plan.links.map((l: any) => l.impairments ?? null)).toEqual([
    [{ from: 'sw1:Ethernet0', to: 'sw2:Ethernet0', impairment: { delay_us: DELAY_MS * 1000 }, source: 'declared' }],
    null,
  ]);
  expect(await detailedExit()).toBe(0);
});

test('capture on the impaired end shows the wire: the request leaves after the delay, so its reply follows it closely', async () => {
  const file = join(lab.root, 'impaired.pcap');
  const capture = lab.spawn(['capture', 'sw1:Ethernet0', '--lab', lab.name, '-w', file, '--duration', '6']);
  await new Promise((r) => setTimeout(r, 2000));
  await ping(PEER_ON_IMPAIRED, 2, 0.5);
  expect((await capture).exitCode).toBe(0);
  const icmp = pcapIcmp(readFileSync(file));
  const request = icmp.find((p) => p.type === 8)!;
  const reply = icmp.find((p) => p.type === 0 && p.atMs > request.atMs)!;
  // Seen before the diversion, the reply would come DELAY_MS after its request.
  expect(reply.atMs - request.atMs).toBeLessThan(DELAY_MS / 2);
});

/** The ICMP echo requests (8) and replies (0) of a pcap, with their times. */
function pcapIcmp(pcap: Buffer): { type: number; atMs: number }[] {
  const out: { type: number; atMs: number }[] = [];
  for (let at = 24; at + 16 <= pcap.length; ) {
    const length = pcap.readUInt32LE(at + 8);
    const frame = pcap.subarray(at + 16, at + 16 + length);
    if (frame.length >= 35 && frame.readUInt16BE(12) === 0x0800 && frame[23] === 1) {
      const ihl = (frame[14]! & 0x0f) * 4;
      out.push({ type: frame[14 + ihl]!, atMs: pcap.readUInt32LE(at) * 1000 + pcap.readUInt32LE(at + 4) / 1000 });
    }
    at += 16 + length;
  }
  return out;
}

test('link impair --loss 30% (live, the other way): 20–40 % of 300 pings lost; status counts the drops; no QEMU restarts', async () => {
  const before = pids();
  const r = await lab.run(['link', 'impair', 'sw2:Ethernet0', '--loss', '30%', '--direction', 'out']);
  expect(r.code).toBe(0);
  expect(await detailedExit()).toBe(0);
  const { lost } = await ping(PEER_ON_IMPAIRED, 300, 0.05);
  expect(lost).toBeGreaterThanOrEqual(60);
  expect(lost).toBeLessThanOrEqual(120);
  const status = JSON.parse((await lab.run(['status', '--lab', lab.name, '--json'])).stdout);
  const sw2 = status.impairments.find((i: any) => i.from === 'sw2:Ethernet0');
  expect(sw2).toMatchObject({ to: 'sw1:Ethernet0', impairment: 'loss 30%', relay: 'running' });
  expect(sw2.counters.dropped).toBeGreaterThanOrEqual(lost);
  expect(pids()).toEqual(before);
});

test('link impair --rate 2mbit limits a transfer to within 25 % of the rate', async () => {
  const before = pids();
  expect((await lab.run(['link', 'impair', 'sw1:Ethernet0', '--rate', '2mbit', '--direction', 'out'])).code).toBe(0);
  expect(await detailedExit()).toBe(0);
  const mbit = await throughputMbit(5101);
  expect(mbit).toBeGreaterThan(1.5);
  expect(mbit).toBeLessThan(2.5);
  expect(pids()).toEqual(before);
});

test('link impair --clear brings the RTT back to the plain link’s; --declared brings the declared delay back', async () => {
  const before = pids();
  expect((await lab.run(['link', 'impair', 'sw1:Ethernet0', '--clear'])).code).toBe(0);
  expect(await detailedExit()).toBe(0);
  const cleared = await ping(PEER_ON_IMPAIRED, 10);
  expect(median(cleared.rtts)).toBeLessThan(DELAY_MS / 2);
  expect((await lab.run(['link', 'impair', 'sw1:Ethernet0', '--declared'])).code).toBe(0);
  expect(await detailedExit()).toBe(0);
  expect(Math.min(...(await ping(PEER_ON_IMPAIRED, 5)).rtts)).toBeGreaterThanOrEqual(DELAY_MS);
  expect(pids()).toEqual(before);
});

test('kill -9 of the relay: the plan names it, apply repairs it, the delay is back, no QEMU restarts', async () => {
  const before = pids();
  const status = JSON.parse((await lab.run(['status', '--lab', lab.name, '--json'])).stdout);
  process.kill(status.impairments[0].relay_pid, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 300));
  const plan = JSON.parse((await lab.run(['plan', '-S', lab.specs, '--json'])).stdout);
  expect(plan.actions.map((a: any) => [a.id, a.reasons.map((x: any) => x.code)])).toEqual([['update:sw1', ['impairment-broken']]]);
  expect(plan.actions[0].reasons[0].message).toContain('the impairment relay is not running');
  expect((await lab.run(['apply', '-S', lab.specs, '--yes'])).code).toBe(0);
  expect(await detailedExit()).toBe(0);
  const after = await ping(PEER_ON_IMPAIRED, 5);
  expect(after.lost).toBeLessThanOrEqual(1);
  expect(Math.min(...after.rtts)).toBeGreaterThanOrEqual(DELAY_MS);
  expect(pids()).toEqual(before);
});

test('kill -9 of the impaired node + apply: its new QEMU is impaired from its first frame', async () => {
  const status = JSON.parse((await lab.run(['status', '--lab', lab.name, '--json'])).stdout);
  process.kill(status.nodes.find((n: any) => n.node === 'sw1').pid, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 500));
  const plan = JSON.parse((await lab.run(['plan', '-S', lab.specs, '--json'])).stdout);
  expect(plan.actions.find((a: any) => a.id === 'start:sw1').impaired).toEqual([
    { nic: 1, interface: 'Ethernet0', peer: 'sw2:Ethernet0', impairment: { delay_us: DELAY_MS * 1000 } },
  ]);
  expect((await lab.run(['apply', '-S', lab.specs, '--yes'])).code).toBe(0);
  await address('sw1');
  // The very first pings of the new QEMU are delayed: it was diverted before it ran.
  const first = await ping(PEER_ON_IMPAIRED, 3);
  expect(first.rtts.length).toBeGreaterThanOrEqual(2);
  expect(Math.min(...first.rtts)).toBeGreaterThanOrEqual(DELAY_MS);
  expect(await detailedExit()).toBe(0);
});

test('destroy stops the relay', async () => {
  const status = JSON.parse((await lab.run(['status', '--lab', lab.name, '--json'])).stdout);
  const relay: number = status.impairments[0].relay_pid;
  // Gone, or a zombie that its parent (init here) has not reaped yet: either way it runs no more.
  const alive = () => existsSync(`/proc/${relay}`) && !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${relay}/stat`, 'utf8'));
  expect(alive()).toBe(true);
  expect((await lab.run(['destroy', '--lab', lab.name, '--force'])).code).toBe(0);
  for (let i = 0; i < 30 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  expect(alive()).toBe(false);
});
