// Warm start: apply wall time of a 4-node ring, cold (every node boots) vs
// warm with its template already built vs warm including the template build;
// then one node added to the running lab, cold vs warm, and the per-node
// "ready" times the apply reports. One run, on real QEMU with the test image,
// each variant under a VMLAB_HOME of its own (the warm ones share one, so the
// second warm apply finds the template), ports 49500–49799; everything it
// starts is destroyed and its directories removed.
import Table from 'cli-table3';
import { execa } from 'execa';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'vmlab.js');
const IMAGE = join(ROOT, 'fixtures', 'image', 'out', 'vmlab-tiny.qcow2');
const LAB = 'bench-warm';

/** A ring of four tiny switches (r1 … r4), each one's Ethernet0 to the next one's Ethernet4, and with `extra` an unlinked r5. */
function ringSpecs(dir, { warm, extra, base }) {
  const names = ['r1', 'r2', 'r3', 'r4'];
  const devices = Object.fromEntries(names.map((n) => [n, { interfaces: {} }]));
  const links = [];
  names.forEach((a, i) => {
    const z = names[(i + 1) % names.length];
    devices[a].interfaces.Ethernet0 = { link: `${z}:Ethernet4`, ip: `10.9.${i}.0/31` };
    devices[z].interfaces.Ethernet4 = { link: `${a}:Ethernet0`, ip: `10.9.${i}.1/31` };
    links.push({ a: `${a}:Ethernet0`, z: `${z}:Ethernet4` });
  });
  // r5 has no links: it gets the platform's NIC shape (fillers), so a warm r5 is a clone of the same
  // template and no other node is touched (a new NIC on a running node would replace it).
  if (extra) devices.r5 = { interfaces: {} };
  mkdirSync(join(dir, 'profiles'), { recursive: true });
  writeFileSync(
    join(dir, 'topology.json'),
    JSON.stringify({
      devices,
      links,
      vmlab: { name: LAB, default_platform: 'tiny', link_port_base: base, console_port_base: base + 20, ssh_port_base: base + 40 },
    }),
  );
  writeFileSync(
    join(dir, 'platforms.json'),
    JSON.stringify({
      platforms: {
        tiny: {
          vm_image: IMAGE,
          vm_memory: 256,
          vm_cpus: 1,
          vm_nic_driver: 'e1000',
          vm_interface_map: 'stride-4',
          vm_credentials: { user: 'admin', pass: 'YourPaSsWoRd' },
          vm_boot_timeout: 400,
          vm_warm_start: warm,
        },
      },
    }),
  );
}

const vmlab = (env, args) => execa('node', [CLI, ...args], { env, reject: false, stdin: 'ignore' });

/** One apply: wall seconds, and each node's "ready (N s)" from its progress lines. */
async function timedApply(env, specs) {
  const t0 = performance.now();
  const r = await vmlab(env, ['apply', '-S', specs, '--yes']);
  const wall = (performance.now() - t0) / 1000;
  if (r.exitCode !== 0) throw new Error(`apply failed (exit ${r.exitCode}):\n${r.stderr}`);
  const ready = Object.fromEntries([...String(r.stderr).matchAll(/\] (\S+): ready \(([\d.]+) s\)/g)].map((m) => [m[1], Number(m[2])]));
  const built = /template \S+ built \(([\d.]+) s\)/.exec(String(r.stderr));
  return { wall, ready, build: built ? Number(built[1]) : null };
}

/** Applies the 4-node ring, then the ring plus r5; destroys the lab. */
async function variant(home, { warm, base }) {
  const specs4 = mkdtempSync(join(tmpdir(), 'vmlab-bench-warm-specs-'));
  ringSpecs(specs4, { warm, extra: false, base });
  const env = { VMLAB_HOME: home };
  try {
    const four = await timedApply(env, specs4);
    // The lab belongs to the spec directory it was made from: r5 is added by writing it into that one.
    ringSpecs(specs4, { warm, extra: true, base });
    const added = await timedApply(env, specs4);
    return { four, added };
  } finally {
    await vmlab(env, ['destroy', '--lab', LAB, '--force']);
    rmSync(specs4, { recursive: true, force: true });
  }
}

const s = (x) => (x === null || x === undefined ? '-' : x.toFixed(1));
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  return v.length === 0 ? null : v.length % 2 ? v[v.length >> 1] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
};

export async function benchWarm() {
  if (!existsSync(IMAGE)) throw new Error(`${IMAGE} missing: run scripts/setup.sh`);
  const coldHome = mkdtempSync(join(tmpdir(), 'vmlab-bench-warm-cold-'));
  const warmHome = mkdtempSync(join(tmpdir(), 'vmlab-bench-warm-home-'));
  try {
    const cold = await variant(coldHome, { warm: false, base: 49500 });
    const building = await variant(warmHome, { warm: true, base: 49600 });
    const warm = await variant(warmHome, { warm: true, base: 49700 });
    const table = new Table({
      head: ['4-node ring, TCG', 'apply wall s', '× cold', 'node ready s (median, max)', 'template build s'],
      style: { head: [], border: [] },
    });
    const row = (label, run) => {
      const ready = Object.values(run.ready);
      table.push([label, s(run.wall), (run.wall / cold.four.wall).toFixed(2), `${s(median(ready))}, ${s(Math.max(...ready))}`, s(run.build)]);
    };
    row('cold (every node boots)', cold.four);
    row('warm, template already built', warm.four);
    row('warm, template built in the same apply', building.four);
    row('one node added (r5), cold', cold.added);
    row('one node added (r5), warm', warm.added);
    console.log('Warm start: apply of a 4-node ring cold vs warm, and one node added');
    console.log(table.toString());
    console.log(
      `r5 ready after: cold ${s(cold.added.ready.r5)} s, warm ${s(warm.added.ready.r5)} s (goal: warm ≤ 2 s); warm 4-node apply ${(warm.four.wall / cold.four.wall).toFixed(2)}× cold (goal ≤ 0.3×)`,
    );
  } finally {
    rmSync(coldHome, { recursive: true, force: true });
    rmSync(warmHome, { recursive: true, force: true });
  }
}
