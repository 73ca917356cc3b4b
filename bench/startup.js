// Start-up: whole-process wall time of short vmlab commands against a bare
// `node -e 0`, in paired rounds (each round runs node -e 0 and then every
// command, in an order that turns from round to round), so that the ratios
// hold when the machine's speed drifts. Medians of the rounds are printed.
//
//   node bench/run.js startup                 the commands, and a no-op plan of a running 3-node lab
//   VMLAB_BENCH_NO_LAB=1 node bench/run.js startup   without booting the lab
//   VMLAB_BENCH_BEFORE=/other/checkout/bin/vmlab.js ...   the same commands of another build, in the same rounds
//   VMLAB_BENCH_ROUNDS=31 ...                 more rounds (default 21, after one warm-up round)
//
// The lab is fixtures/demo copied, named bench-startup, on ports 48600/48630/48660,
// under a VMLAB_HOME of its own; it is destroyed at the end. The per-user cache
// (XDG_CACHE_HOME) is a fresh directory too, filled by the warm-up round.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'vmlab.js');
const DEMO = join(ROOT, 'fixtures', 'demo');
const IMAGE = join(ROOT, 'fixtures', 'image', 'out', 'vmlab-tiny.qcow2');
const LAB = 'bench-startup';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Wall seconds of one run; its output is thrown away, a failure stops the benchmark. */
function timed(argv, env) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: exit ${r.status ?? r.signal}: ${String(r.stderr).trim()}`);
  return s;
}

/**
 * Paired rounds: per round, node -e 0 then each command (rotated), each
 * command's ratio taken against that round's node -e 0.
 */
function paired(commands, env, rounds) {
  const baseline = ['node', '-e', '0'];
  const walls = commands.map(() => []);
  const ratios = commands.map(() => []);
  const base = [];
  for (let round = -1; round < rounds; round++) {
    const b = timed(baseline, env);
    const order = commands.map((_, i) => (i + Math.max(round, 0)) % commands.length);
    for (const i of order) {
      const s = timed(commands[i].argv, env);
      if (round < 0) continue; // warm-up: caches filled, files in the page cache
      walls[i].push(s);
      ratios[i].push(s / b);
    }
    if (round >= 0) base.push(b);
  }
  return commands.map((c, i) => ({
    name: c.name,
    wall: median(walls[i]),
    node: median(base),
    ratio: median(ratios[i]),
    min: Math.min(...ratios[i]),
    max: Math.max(...ratios[i]),
  }));
}

function vmlab(cli, args) {
  return ['node', cli, ...args];
}

/** fixtures/demo, copied: its own lab name and ports, the image by absolute path. */
function demoCopy(dir) {
  cpSync(DEMO, dir, { recursive: true });
  const topo = JSON.parse(readFileSync(join(dir, 'topology.json'), 'utf8'));
  topo.vmlab = { ...topo.vmlab, name: LAB, link_port_base: 48600, console_port_base: 48630, ssh_port_base: 48660 };
  writeFileSync(join(dir, 'topology.json'), `${JSON.stringify(topo, null, 2)}\n`);
  const platforms = JSON.parse(readFileSync(join(dir, 'platforms.json'), 'utf8'));
  for (const p of Object.values(platforms.platforms)) p.vm_image = IMAGE;
  writeFileSync(join(dir, 'platforms.json'), `${JSON.stringify(platforms, null, 2)}\n`);
}

function printRows(title, rows) {
  console.log(title);
  console.log('| command | median wall s | node -e 0 median s | median ratio | ratio min–max |');
  console.log('|---|---|---|---|---|');
  for (const r of rows)
    console.log(`| ${r.name} | ${r.wall.toFixed(3)} | ${r.node.toFixed(3)} | ${r.ratio.toFixed(2)}× | ${r.min.toFixed(2)}–${r.max.toFixed(2)} |`);
}

export async function benchStartup() {
  const rounds = Number(process.env.VMLAB_BENCH_ROUNDS ?? 21);
  const before = process.env.VMLAB_BENCH_BEFORE;
  const builds = [['', CLI], ...(before ? [['before: ', resolve(before)]] : [])];
  const root = mkdtempSync(join(tmpdir(), 'vmlab-bench-startup-'));
  const specs = join(root, 'specs');
  demoCopy(specs);
  const env = { ...process.env, VMLAB_HOME: join(root, 'home'), XDG_CACHE_HOME: join(root, 'cache') };
  delete env.VMLAB_SPECS;
  delete env.VMLAB_VERBOSE;
  try {
    const cold = builds.flatMap(([tag, cli]) => [
      { name: `${tag}vmlab --version`, argv: vmlab(cli, ['--version']) },
      { name: `${tag}vmlab plan -S fixtures/demo (undeployed)`, argv: vmlab(cli, ['plan', '-S', DEMO]) },
    ]);
    printRows(`Start-up, ${rounds} paired rounds (wall time; none of its VMs running yet)`, paired(cold, env, rounds));
    if (process.env.VMLAB_BENCH_NO_LAB) return;
    if (!existsSync(IMAGE)) throw new Error(`${IMAGE} missing: run scripts/setup.sh`);
    const apply = spawnSync('node', [CLI, 'apply', '-S', specs, '--yes'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    if (apply.status !== 0) throw new Error(`apply of ${LAB} failed: ${apply.stderr}`);
    const noop = builds.map(([tag, cli]) => ({
      name: `${tag}vmlab plan, 3 nodes running, no changes`,
      argv: vmlab(cli, ['plan', '-S', specs, '--detailed-exitcode']),
    }));
    console.log('');
    printRows(`No-op plan of the running 3-node lab, ${rounds} paired rounds (wall time; the 3 TCG guests keep running)`, paired(noop, env, rounds));
  } finally {
    if (existsSync(join(root, 'home', 'labs', LAB))) spawnSync('node', [CLI, 'destroy', '--lab', LAB, '--force'], { env, stdio: 'ignore' });
    rmSync(root, { recursive: true, force: true });
  }
}
