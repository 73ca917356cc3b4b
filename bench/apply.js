// Wall time of `vmlab apply` on real QEMU for 1 and 4 nodes, vmlab's own
// overhead, and a no-op `plan` on the running lab. Uses the test image, its
// own VMLAB_HOME and ports 47xxx, and destroys what it starts.
import Table from 'cli-table3';
import { execa } from 'execa';
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'vmlab.js');
const IMAGE = join(ROOT, 'fixtures', 'image', 'out', 'vmlab-tiny.qcow2');

function chainLab(dir, n) {
  const names = Array.from({ length: n }, (_, i) => `n${i + 1}`);
  const links = names.slice(1).map((name, i) => ({ a: `${names[i]}:Ethernet4`, z: `${name}:Ethernet0` }));
  mkdirSync(join(dir, 'profiles'), { recursive: true });
  writeFileSync(
    join(dir, 'topology.json'),
    JSON.stringify({
      devices: Object.fromEntries(names.map((x) => [x, {}])),
      links,
      vmlab: { name: `bench-${n}`, default_platform: 'tiny', link_port_base: 47100, console_port_base: 47200, ssh_port_base: 47300 },
    }),
  );
  writeFileSync(
    join(dir, 'platforms.json'),
    JSON.stringify({
      platforms: { tiny: { vm_image: IMAGE, vm_memory: 256, vm_cpus: 1, vm_credentials: { user: 'admin', pass: 'YourPaSsWoRd' }, vm_boot_timeout: 240 } },
    }),
  );
}

async function vmlab(env, args) {
  const t0 = performance.now();
  const r = await execa('node', [CLI, ...args], { env, reject: false, stdin: 'ignore' });
  return { ms: performance.now() - t0, r };
}

export async function benchApply() {
  if (!existsSync(IMAGE)) throw new Error(`${IMAGE} missing: run scripts/setup.sh`);
  const rows = [];
  for (const n of [1, 4]) {
    const root = mkdtempSync(join(tmpdir(), 'vmlab-bench-'));
    const specs = join(root, 'specs');
    const env = { VMLAB_HOME: join(root, 'home') };
    chainLab(specs, n);
    try {
      const apply = await vmlab(env, ['apply', '-S', specs, '--yes']);
      if (apply.r.exitCode !== 0) throw new Error(`apply failed: ${apply.r.stderr}`);
      // "ready (X s)": from the QEMU start to a successful SSH login, per node.
      const boots = [...String(apply.r.stderr).matchAll(/ready \(([\d.]+) s\)/g)].map((m) => Number(m[1]) * 1000);
      const slowest = Math.max(...boots);
      // The guests' share: from the first QEMU start to the last node ready (progress lines carry elapsed times).
      const at = (re) => [...String(apply.r.stderr).matchAll(re)].map((m) => Number(m[1]) * 1000);
      const span = Math.max(...at(/\[\s*([\d.]+)s\] \S+: ready/g)) - Math.min(...at(/\[\s*([\d.]+)s\] \S+: creating overlay/g));
      const plans = [];
      for (let i = 0; i < 5; i++) plans.push((await vmlab(env, ['plan', '-S', specs, '--detailed-exitcode'])).ms);
      plans.sort((a, b) => a - b);
      rows.push({ n, apply: apply.ms, slowest, span, overhead: apply.ms - span, plan: plans[2] });
    } finally {
      await vmlab(env, ['destroy', '--force', '--lab', `bench-${n}`]);
      rmSync(root, { recursive: true, force: true });
    }
  }
  const table = new Table({
    style: { head: [], border: [] },
    head: ['nodes', 'apply wall s', 'slowest boot-to-SSH s', 'guests: first start → last ready s', 'vmlab overhead s', 'no-op plan s (median of 5)'],
  });
  for (const r of rows)
    table.push([
      r.n,
      (r.apply / 1000).toFixed(1),
      (r.slowest / 1000).toFixed(1),
      (r.span / 1000).toFixed(1),
      (r.overhead / 1000).toFixed(2),
      (r.plan / 1000).toFixed(2),
    ]);
  console.log('Real QEMU (TCG here): apply of a chain of n tiny-image VMs, 256 MB, 1 vCPU each');
  console.log(table.toString());
  const ratio = rows[1].apply / rows[0].apply;
  console.log(
    `4 nodes / 1 node: ${ratio.toFixed(2)}× (target under 2.3×); overhead = apply wall − guests' span (target under 0.5 s); no-op plan target under 0.3 s`,
  );
  return rows;
}
