/**
 * vmlab capture on real QEMU: a two-node lab, pings across its one link, and
 * every way a capture ends (--count, Ctrl-C on a live -w - stream, a closed
 * pipe, --duration, its VM going away, kill -9 and the sweep by the next
 * command). After each, HMP `info network` must show no filter on the
 * netdev and traffic must still pass. The lab is destroyed even when a step fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { jest } from '@jest/globals';
import { withQmp } from '../../src/exec/qemu/qmp.js';
import { cleanUp, makeLab, requireQemu, ROOT, type TestLab } from './harness.js';
import { sh } from './traffic.js';

// One boot of two tiny VMs under TCG, then seconds per step.
jest.setTimeout(300_000);

let lab: TestLab;
const ENDPOINT = 'sw1:Ethernet0';
const SW1_IP = '10.9.0.0';
const SW2_IP = '10.9.0.1';
const scratch = (name: string) => join(lab.home, '..', name);
const capturesDir = () => join(lab.labDir, 'captures');
const leftInCaptures = () => (existsSync(capturesDir()) ? readdirSync(capturesDir()) : []);

/** A vmlab run whose stdout is raw bytes (a pcap stream), with its stderr as text. */
interface Run {
  child: ChildProcess;
  stdout: Buffer[];
  stderr: () => string;
  exit: Promise<number | null>;
}

function vmlab(args: string[]): Run {
  const child = spawn('node', [join(ROOT, 'bin', 'vmlab.js'), ...args], {
    env: { ...process.env, VMLAB_HOME: lab.home, VMLAB_SPECS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  let stderr = '';
  child.stdout!.on('data', (b: Buffer) => stdout.push(b));
  child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout, stderr: () => stderr, exit };
}

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** Starts `vmlab capture` and waits until its filter is on the VM (it says so on stderr). */
async function startCapture(args: string[]): Promise<Run> {
  const run = vmlab(['capture', ENDPOINT, '--lab', lab.name, ...args]);
  await until('the capture to start', () => /Capturing sw1:Ethernet0/.test(run.stderr()) || run.child.exitCode !== null);
  expect(run.stderr()).toMatch(/Capturing sw1:Ethernet0 \(sw1 net1, the link to sw2:Ethernet0\)/);
  return run;
}

/** The filters HMP `info network` lists on a VM's netdevs (QEMU 10: "filters:" then "  - ID: type=filter-dump,…"). */
async function filtersOn(node: string): Promise<string[]> {
  const info = await withQmp(join(lab.labDir, 'qemu', `${node}.mon`), (qmp) => qmp.hmp('info network'), 10_000);
  return [...info.matchAll(/^\s*- (\S+): type=filter-dump,/gm)].map((m) => m[1]!);
}

const ping = (count: number, interval = 0.2) => sh(lab, 'sw1', `ping -c ${count} -i ${interval} -W 3 ${SW2_IP}`);

/** Reads a classic little-endian pcap on its own terms (not with vmlab's parser): the records' bytes. */
function pcapRecords(bytes: Buffer): Buffer[] {
  expect(bytes.length).toBeGreaterThanOrEqual(24);
  expect(bytes.readUInt32LE(0)).toBe(0xa1b2c3d4);
  expect(bytes.readUInt32LE(20)).toBe(1); // LINKTYPE_ETHERNET
  const records: Buffer[] = [];
  let at = 24;
  while (at + 16 <= bytes.length) {
    const len = bytes.readUInt32LE(at + 8);
    if (at + 16 + len > bytes.length) break; // a stream cut by the reader
    records.push(bytes.subarray(at + 16, at + 16 + len));
    at += 16 + len;
  }
  return records;
}

/** ICMP echo requests/replies between two addresses: ethertype 0x0800, IP protocol 1. */
function icmpEchoes(frames: Buffer[], a: string, b: string): string[] {
  const ip = (f: Buffer, at: number) => [...f.subarray(at, at + 4)].join('.');
  return frames
    .filter((f) => f.length >= 14 + 20 + 1 && f.readUInt16BE(12) === 0x0800 && f[14 + 9] === 1)
    .map((f) => ({ src: ip(f, 26), dst: ip(f, 30), type: f[14 + (f[14]! & 0x0f) * 4]! }))
    .filter((p) => [a, b].includes(p.src) && [a, b].includes(p.dst) && (p.type === 8 || p.type === 0))
    .map((p) => `${p.src} > ${p.dst} ${p.type === 8 ? 'request' : 'reply'}`);
}

/** After any capture: no filter left on the netdev, no record or FIFO left, and traffic still crosses the link. */
async function expectCleanAndFlowing(): Promise<void> {
  expect(await filtersOn('sw1')).toEqual([]);
  expect(leftInCaptures()).toEqual([]);
  await ping(2);
}

beforeAll(async () => {
  requireQemu();
  lab = makeLab('labs/two-node', 'e2e-capture', { link: 47500, console: 47530, ssh: 47560 });
  const t = lab.topology();
  t.devices.sw1.interfaces.Ethernet0.ip = `${SW1_IP}/31`;
  t.devices.sw2.interfaces.Ethernet0.ip = `${SW2_IP}/31`;
  lab.writeTopology(t);
  const r = await lab.run(['apply', '-S', lab.specs, '--yes']);
  if (r.code !== 0) throw new Error(`apply failed:\n${r.stderr}`);
  // Ethernet0 is NIC 1 on both (stride-4): eth1 in the guest.
  await sh(lab, 'sw1', `ip addr add ${SW1_IP}/31 dev eth1; ip link set eth1 up`);
  await sh(lab, 'sw2', `ip addr add ${SW2_IP}/31 dev eth1; ip link set eth1 up`);
  await ping(2); // ARP settled: the captures below see ICMP first
});

afterAll(async () => {
  if (lab) await cleanUp(lab);
});

test('--count 4 -w FILE while pinging: a pcap of exactly 4 packets holding the echoes, then no filter left', async () => {
  const file = scratch('count.pcap');
  const run = await startCapture(['--count', '4', '-w', file]);
  const pinging = ping(10);
  expect(await run.exit).toBe(0);
  expect(run.stderr()).toMatch(/4 packets captured into .*count\.pcap \(--count reached\)/);
  await pinging;
  const frames = pcapRecords(readFileSync(file));
  expect(frames).toHaveLength(4);
  expect(icmpEchoes(frames, SW1_IP, SW2_IP)).toContain(`${SW1_IP} > ${SW2_IP} request`);
  await expectCleanAndFlowing();
});

test('-w - streams live: pcap bytes arrive while it runs; Ctrl-C (SIGINT) ends it with exit 0 and removes the filter', async () => {
  const run = await startCapture(['-w', '-']);
  expect(await filtersOn('sw1')).toHaveLength(1);
  const pinging = ping(15);
  await until('ICMP echoes on stdout', () => icmpEchoes(pcapRecords(Buffer.concat(run.stdout)), SW1_IP, SW2_IP).length >= 2);
  expect(run.child.exitCode).toBeNull(); // still capturing: those bytes came live
  run.child.kill('SIGINT');
  expect(await run.exit).toBe(0);
  expect(run.stderr()).toMatch(/\d+ packets captured to stdout \(stopped\)/);
  await pinging;
  await expectCleanAndFlowing();
});

test('the output pipe closing (| head -c 200) ends the capture at the next packet, exit 0, filter removed', async () => {
  const out = scratch('head.bin');
  const cli = join(ROOT, 'bin', 'vmlab.js');
  const pipeline = spawn('bash', ['-c', `set -o pipefail; node ${cli} capture ${ENDPOINT} --lab ${lab.name} -w - | head -c 200 > ${out}`], {
    env: { ...process.env, VMLAB_HOME: lab.home, VMLAB_SPECS: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  pipeline.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
  const exit = new Promise<number | null>((resolve) => pipeline.on('close', resolve));
  await until('the capture to start', () => /Capturing/.test(stderr));
  const pinging = ping(25);
  expect(await exit).toBe(0);
  expect(stderr).toMatch(/captured to stdout \(the output was closed\)/);
  await pinging;
  expect(readFileSync(out).length).toBe(200);
  expect(readFileSync(out).readUInt32LE(0)).toBe(0xa1b2c3d4);
  await expectCleanAndFlowing();
});

test('--duration 2 on a quiet link: ends by itself after 2 s with a valid (maybe empty) pcap', async () => {
  const file = scratch('quiet.pcap');
  const t0 = Date.now();
  const run = await startCapture(['--duration', '2', '-w', file]);
  expect(await run.exit).toBe(0);
  expect(Date.now() - t0).toBeGreaterThanOrEqual(2000);
  expect(run.stderr()).toMatch(/captured into .*quiet\.pcap \(--duration elapsed\)/);
  pcapRecords(readFileSync(file));
  await expectCleanAndFlowing();
});

describe('a capture killed with kill -9', () => {
  /** Starts a capture and SIGKILLs it: its filter stays on sw1, with a record naming the dead process. */
  async function killedCapture(): Promise<string> {
    const run = await startCapture(['-w', scratch('killed.pcap')]);
    run.child.kill('SIGKILL');
    await run.exit;
    const filters = await filtersOn('sw1');
    expect(filters).toHaveLength(1);
    expect(filters[0]).toMatch(new RegExp(`^vmlab-capture-${run.child.pid}-`));
    expect(leftInCaptures().sort()).toEqual([`${filters[0]}.fifo`, `${filters[0]}.json`]);
    return filters[0]!;
  }

  test('leaves an idle filter that does not stop traffic; the next status removes it', async () => {
    const filter = await killedCapture();
    // Nobody reads the FIFO any more: QEMU's write fails, it stops dumping, and the link works on.
    await ping(5);
    expect(await filtersOn('sw1')).toEqual([filter]);
    const status = await lab.run(['status', '--lab', lab.name]);
    expect(status.code).toBe(0);
    expect(status.stderr).toContain(`sw1: removed stale capture filter ${filter} ("vmlab capture sw1:Ethernet0", pid`);
    await expectCleanAndFlowing();
  });

  test('the next apply removes it (and changes nothing else)', async () => {
    const filter = await killedCapture();
    const apply = await lab.run(['apply', '-S', lab.specs, '--yes']);
    expect(apply.code).toBe(0);
    expect(apply.stderr).toContain(`removed stale capture filter ${filter}`);
    expect(apply.stderr).toContain('no changes');
    await expectCleanAndFlowing();
  });

  test('the next capture removes it before adding its own', async () => {
    const filter = await killedCapture();
    const run = await startCapture(['--duration', '1', '-w', scratch('after-kill.pcap')]);
    expect(await run.exit).toBe(0);
    expect(run.stderr()).toContain(`removed stale capture filter ${filter}`);
    await expectCleanAndFlowing();
  });
});

test('its VM going away ends the capture (exit 1, saying why); a capture on a VM that is not running is refused (exit 3)', async () => {
  const run = await startCapture(['-w', scratch('vm-gone.pcap')]);
  process.kill(lab.state().nodes.sw1.pid, 'SIGKILL');
  expect(await run.exit).toBe(1);
  expect(run.stderr()).toContain("sw1's QEMU closed the capture (the VM stopped or restarted)");
  expect(leftInCaptures()).toEqual([]);
  const refused = await lab.run(['capture', ENDPOINT, '--lab', lab.name, '-w', scratch('refused.pcap')]);
  expect(refused.code).toBe(3);
  expect(refused.stderr).toMatch(/^error: sw1 is not running; start it first: .*vmlab start sw1/);
  expect(existsSync(scratch('refused.pcap'))).toBe(false);
});
