// Accuracy and cost of link impairments on real QEMU: two nodes, two links
// (the first impaired with `vmlab link impair --direction out`, the second a
// plain wire for the baseline). Delay: configured vs measured one-way delay
// (RTT on the impaired link minus the plain link's median RTT), p50 and p99;
// jitter: the spread; loss over 1,000 pings; rate: a 1 MiB transfer timed on
// the receiver; the relay's own cost: an all-zero impairment (`--delay 0ms`)
// vs the direct link, latency and throughput.
// Uses the test image, its own VMLAB_HOME and ports 48400–48499, and destroys what it starts.
import Table from 'cli-table3';
import { execa } from 'execa';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'vmlab.js');
const IMAGE = join(ROOT, 'fixtures', 'image', 'out', 'vmlab-tiny.qcow2');
const LAB = 'bench-impair';
const IMPAIRED = '10.8.0.1';
const PLAIN = '10.8.1.1';

function writeLab(dir) {
  mkdirSync(join(dir, 'profiles'), { recursive: true });
  const devices = {
    a: { interfaces: { Ethernet0: { link: 'b:Ethernet0' }, Ethernet4: { link: 'b:Ethernet4' } } },
    b: { interfaces: { Ethernet0: { link: 'a:Ethernet0' }, Ethernet4: { link: 'a:Ethernet4' } } },
  };
  const links = [
    { a: 'a:Ethernet0', z: 'b:Ethernet0' },
    { a: 'a:Ethernet4', z: 'b:Ethernet4' },
  ];
  const vmlab = { name: LAB, default_platform: 'tiny', link_port_base: 48400, console_port_base: 48430, ssh_port_base: 48460 };
  writeFileSync(join(dir, 'topology.json'), JSON.stringify({ devices, links, vmlab }));
  writeFileSync(
    join(dir, 'platforms.json'),
    JSON.stringify({ platforms: { tiny: { vm_image: IMAGE, vm_memory: 256, vm_cpus: 1, vm_credentials: { user: 'admin', pass: 'YourPaSsWoRd' } } } }),
  );
}

const quantile = (xs, q) => {
  const s = [...xs].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const sd = (xs) => {
  const m = xs.reduce((x, y) => x + y, 0) / xs.length;
  return Math.sqrt(xs.reduce((x, y) => x + (y - m) ** 2, 0) / xs.length);
};

export async function benchImpair() {
  const root = mkdtempSync(join(tmpdir(), 'vmlab-bench-impair-'));
  const specs = join(root, 'specs');
  const env = { ...process.env, VMLAB_HOME: join(root, 'home') };
  const vmlab = async (args) => {
    const r = await execa('node', [CLI, ...args], { env, reject: false, stdin: 'ignore' });
    if (r.exitCode !== 0) throw new Error(`vmlab ${args.join(' ')}: exit ${r.exitCode}\n${r.stderr}`);
    return r.stdout;
  };
  const sh = (node, command) => vmlab(['ssh', node, '--lab', LAB, '--', command]);
  const impair = (...flags) => vmlab(['link', 'impair', 'a:Ethernet0', '--direction', 'out', ...flags]);
  const ping = async (target, count, interval = 0.05) => {
    const out = await sh('a', `ping -c ${count} -i ${interval} -W 2 ${target} || true`);
    return { rtts: [...out.matchAll(/time=([\d.]+) ms/g)].map((m) => Number(m[1])), sent: count };
  };
  let port = 5200;
  const throughputMbit = async (kib) => {
    port++;
    await sh(
      'b',
      `rm -f /tmp/rate; (sleep 120 | timeout 120 nc -l -p ${port} | { dd bs=1 count=1 of=/dev/null 2>/dev/null; a=$EPOCHREALTIME; n=$(wc -c); b=$EPOCHREALTIME; echo "$n $a $b" > /tmp/rate; } &); sleep 0.3`,
    );
    await sh('a', `dd if=/dev/zero bs=1024 count=${kib} 2>/dev/null | timeout 100 nc -w 30 ${IMPAIRED} ${port}`);
    for (let i = 0; i < 100; i++) {
      const line = (await sh('b', 'cat /tmp/rate 2>/dev/null || true')).trim();
      if (line) {
        const [bytes, from, to] = line.split(' ').map(Number);
        return (bytes * 8) / (to - from) / 1e6;
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    throw new Error('transfer did not finish');
  };
  try {
    writeLab(specs);
    await vmlab(['apply', '-S', specs, '--yes']);
    await sh('a', 'ip addr add 10.8.0.0/31 dev eth1; ip link set eth1 up; ip addr add 10.8.1.0/31 dev eth2; ip link set eth2 up');
    await sh('b', 'ip addr add 10.8.0.1/31 dev eth1; ip link set eth1 up; ip addr add 10.8.1.1/31 dev eth2; ip link set eth2 up');
    await ping(PLAIN, 3);
    await ping(IMPAIRED, 3);
    const qemu = (await execa('qemu-system-x86_64', ['--version'])).stdout.split('\n')[0];
    const rows = [];

    // The relay's own cost first: the same link direct, then diverted with nothing to do.
    const direct = await ping(IMPAIRED, 200, 0.02);
    const directMbit = await throughputMbit(4096);
    await impair('--delay', '0ms');
    const zero = await ping(IMPAIRED, 200, 0.02);
    const zeroMbit = await throughputMbit(4096);
    rows.push([
      'relay, all-zero impairment: RTT p50 / p99',
      `direct ${quantile(direct.rtts, 0.5).toFixed(2)} / ${quantile(direct.rtts, 0.99).toFixed(2)} ms`,
      `${quantile(zero.rtts, 0.5).toFixed(2)} / ${quantile(zero.rtts, 0.99).toFixed(2)} ms`,
    ]);
    rows.push(['relay, all-zero impairment: throughput (4 MiB, TCP)', `direct ${directMbit.toFixed(1)} Mbit/s`, `${zeroMbit.toFixed(1)} Mbit/s`]);

    for (const ms of [20, 50]) {
      await impair('--delay', `${ms}ms`);
      const base = quantile((await ping(PLAIN, 100, 0.02)).rtts, 0.5);
      const got = (await ping(IMPAIRED, 200, 0.02)).rtts.map((r) => r - base);
      rows.push([`delay ${ms}ms: one-way delay p50 / p99`, `${ms} ms`, `${quantile(got, 0.5).toFixed(2)} / ${quantile(got, 0.99).toFixed(2)} ms`]);
    }
    await impair('--delay', '50ms', '--jitter', '10ms');
    const jittered = (await ping(IMPAIRED, 300, 0.05)).rtts;
    rows.push([
      'delay 50ms jitter 10ms (uniform): RTT sd',
      `${(10 / Math.sqrt(3)).toFixed(2)} ms (uniform ±10 ms)`,
      `${sd(jittered).toFixed(2)} ms (mean ${(jittered.reduce((x, y) => x + y, 0) / jittered.length).toFixed(1)} ms)`,
    ]);
    for (const pct of [1, 10]) {
      await impair('--loss', `${pct}%`);
      const r = await ping(IMPAIRED, 1000, 0.01);
      rows.push([`loss ${pct}% over ${r.sent} pings`, `${pct} %`, `${((100 * (r.sent - r.rtts.length)) / r.sent).toFixed(1)} %`]);
    }
    for (const mbit of [2, 10]) {
      await impair('--rate', `${mbit}mbit`);
      const got = await throughputMbit(mbit === 2 ? 1024 : 4096);
      rows.push([`rate ${mbit}mbit: TCP payload throughput`, `${mbit} Mbit/s (frames)`, `${got.toFixed(2)} Mbit/s`]);
    }
    // A killed relay: apply starts it again; the sender's chardevs find it by themselves (reconnect-ms=250).
    const before = JSON.parse(await vmlab(['status', '--lab', LAB, '--json']));
    process.kill(before.impairments[0].relay_pid, 'SIGKILL');
    const t0 = performance.now();
    await vmlab(['apply', '-S', specs, '--yes']);
    const applied = performance.now();
    let connected = null;
    for (let i = 0; i < 100 && connected === null; i++) {
      const now = JSON.parse(await vmlab(['status', '--lab', LAB, '--json']));
      if (now.impairments[0]?.connected) connected = performance.now();
    }
    rows.push([
      'relay killed: apply repairs it; chardevs reconnect',
      'reconnect-ms=250',
      `apply ${((applied - t0) / 1000).toFixed(2)} s; connected ${connected === null ? 'never' : `by the first status after it, ${((connected - applied) / 1000).toFixed(2)} s later`}`,
    ]);
    const table = new Table({ head: ['impairment', 'configured', 'measured'], style: { head: [], border: [] } });
    for (const row of rows) table.push(row);
    console.log(`Link impairments (${qemu}, TCG, two nodes of the test image; one-way values from RTT minus the plain link's median):`);
    console.log(table.toString());
  } finally {
    await execa('node', [CLI, 'destroy', '--lab', LAB, '--force'], { env, reject: false, stdin: 'ignore' });
    rmSync(root, { recursive: true, force: true });
  }
}
