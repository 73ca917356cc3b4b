// Blast radius and time to heal after one node of a 12-node ring dies.
// Socket links (QEMU before 8.0): planned only, on the pure core: how many
// peers the plan restarts. Stream links (the QEMU here): measured on real
// QEMU: kill -9 of one node, `vmlab apply`, nodes restarted, and seconds from
// the kill until traffic passes again on the dead node's links and on all.
// Uses the test image, its own VMLAB_HOME and ports 48xxx, and destroys what it starts.
import Table from 'cli-table3';
import { execa } from 'execa';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { compile } from '../dist/model/compile.js';
import { plan } from '../dist/plan/plan.js';
import { loadLab } from '../dist/specs/load.js';
import { recordFor } from '../dist/state/record.js';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'bin', 'vmlab.js');
const IMAGE = join(ROOT, 'fixtures', 'image', 'out', 'vmlab-tiny.qcow2');
const N = 12;
// In a ring the end on the node first in name order listens: r06 listens towards r07, r07 towards r08, … r12 connects to r01.
const VICTIM = 'r06';
const name = (i) => `r${String((i % N) + 1).padStart(2, '0')}`;

function ringLab(dir) {
  const devices = {};
  const links = [];
  for (let i = 0; i < N; i++) devices[name(i)] = { interfaces: {} };
  for (let i = 0; i < N; i++) {
    const [a, z] = [name(i), name(i + 1)];
    devices[a].interfaces.Ethernet0 = { link: `${z}:Ethernet4`, ip: `10.9.${i}.0/31` };
    devices[z].interfaces.Ethernet4 = { link: `${a}:Ethernet0`, ip: `10.9.${i}.1/31` };
    links.push({ a: `${a}:Ethernet0`, z: `${z}:Ethernet4` });
  }
  mkdirSync(join(dir, 'profiles'), { recursive: true });
  writeFileSync(
    join(dir, 'topology.json'),
    JSON.stringify({
      devices,
      links,
      vmlab: { name: 'bench-ring', default_platform: 'tiny', link_port_base: 48100, console_port_base: 48200, ssh_port_base: 48300 },
    }),
  );
  writeFileSync(
    join(dir, 'platforms.json'),
    JSON.stringify({
      platforms: { tiny: { vm_image: IMAGE, vm_memory: 256, vm_cpus: 1, vm_credentials: { user: 'admin', pass: 'YourPaSsWoRd' }, vm_boot_timeout: 400 } },
    }),
  );
  return links;
}

/** The plan after VICTIM's QEMU died in a deployed lab: nodes other than VICTIM it restarts. */
function plannedRestarts(specs, tcpBackend) {
  const graph = compile(loadLab(specs).lab, { links: tcpBackend });
  const nodes = {};
  graph.nodes.forEach((node, i) => {
    const record = recordFor(node, 1000 + i, '2026-01-01T00:00:00.000Z');
    const links = {};
    for (const nic of node.nics) if (nic.link?.mode === 'connect' && nic.link.reconnect_ms === undefined) links[nic.interface] = 'up';
    nodes[node.name] = { record, process: node.name === VICTIM ? 'exited' : 'running', pidReused: false, vm: 'running', overlay: true, image: null, links };
  });
  const state = { nodes: Object.fromEntries(Object.entries(nodes).map(([n, o]) => [n, o.record])), links: graph.links };
  const result = plan(graph, { state, nodes, profiles: {} }, { host: null });
  return result.actions.filter((a) => a.action !== 'patch-profile' && a.node !== VICTIM).map((a) => a.node);
}

const vmlab = (env, args) => execa('node', [CLI, ...args], { env, reject: false, stdin: 'ignore' });

/** Pings across one link from its a end; true when a reply came back. */
async function pings(env, link, topology) {
  const [aNode] = link.a.split(':');
  const [zNode, zIf] = link.z.split(':');
  const target = topology.devices[zNode].interfaces[zIf].ip.split('/')[0];
  const r = await vmlab(env, ['ssh', aNode, '--lab', 'bench-ring', '--', `ping -c 1 -W 1 ${target}`]);
  return r.exitCode === 0;
}

/** Gives both ends of every link its address (a restarted guest has none). */
async function address(env, node, topology, plan) {
  const cmds = Object.entries(topology.devices[node].interfaces).map(([iface, { ip }]) => {
    const dev = `eth${plan.nodes[node].nics.find((n) => n.interface === iface).index}`;
    return `ip addr flush dev ${dev}; ip addr add ${ip} dev ${dev}; ip link set ${dev} up`;
  });
  const r = await vmlab(env, ['ssh', node, '--lab', 'bench-ring', '--', cmds.join('; ')]);
  if (r.exitCode !== 0) throw new Error(`addressing ${node} failed: ${r.stderr}`);
}

export async function benchHeal() {
  if (!existsSync(IMAGE)) throw new Error(`${IMAGE} missing: run scripts/setup.sh`);
  const root = mkdtempSync(join(tmpdir(), 'vmlab-bench-heal-'));
  const specs = join(root, 'specs');
  const env = { VMLAB_HOME: join(root, 'home') };
  const links = ringLab(specs);
  const socketRestarts = plannedRestarts(specs, 'socket');
  const streamPlanned = plannedRestarts(specs, 'stream');
  let measured;
  try {
    const up = await vmlab(env, ['apply', '-S', specs, '--yes']);
    if (up.exitCode !== 0) throw new Error(`apply failed: ${up.stderr}`);
    const planned = JSON.parse((await vmlab(env, ['plan', '-S', specs, '--json'])).stdout);
    if (planned.qemu?.links !== 'stream') throw new Error(`this QEMU builds ${planned.qemu?.links} links, not stream: run scripts/setup.sh`);
    const topology = JSON.parse(readFileSync(join(specs, 'topology.json'), 'utf8'));
    for (const node of Object.keys(topology.devices)) await address(env, node, topology, planned);
    for (const link of links) if (!(await pings(env, link, topology))) throw new Error(`no traffic on ${link.a} before the kill`);

    const state = () => JSON.parse(readFileSync(join(env.VMLAB_HOME, 'labs', 'bench-ring', 'state.json'), 'utf8'));
    const before = Object.fromEntries(Object.entries(state().nodes).map(([n, r]) => [n, r.pid]));
    const t0 = performance.now();
    process.kill(before[VICTIM], 'SIGKILL');
    await sleep(300);
    const heal = await vmlab(env, ['apply', '-S', specs, '--yes']);
    if (heal.exitCode !== 0) throw new Error(`healing apply failed: ${heal.stderr}`);
    const applied = performance.now() - t0;
    const after = Object.fromEntries(Object.entries(state().nodes).map(([n, r]) => [n, r.pid]));
    const restarted = Object.keys(before).filter((n) => n !== VICTIM && after[n] !== before[n]);
    if (restarted.length > 0) console.log(`the healing apply restarted ${restarted.join(', ')}:\n${heal.stderr}`);
    // A restarted guest has lost the addresses given by hand.
    for (const node of [VICTIM, ...restarted]) await address(env, node, topology, planned);
    const victimLinks = links.filter((l) => l.a.startsWith(`${VICTIM}:`) || l.z.startsWith(`${VICTIM}:`));
    for (;;) {
      const results = await Promise.all(victimLinks.map((l) => pings(env, l, topology)));
      if (results.every(Boolean)) break;
      if (performance.now() - t0 > 600_000) {
        const status = await vmlab(env, ['status', '--lab', 'bench-ring']);
        throw new Error(
          `traffic did not come back within 10 minutes on ${victimLinks
            .filter((_, i) => !results[i])
            .map((l) => l.a)
            .join(', ')}\n${status.stdout}\n${heal.stderr}`,
        );
      }
    }
    const victimTraffic = performance.now() - t0;
    for (const link of links) if (!(await pings(env, link, topology))) throw new Error(`no traffic on ${link.a} after healing`);
    measured = { restarted, applied, victimTraffic };
  } finally {
    await vmlab(env, ['destroy', '--force', '--lab', 'bench-ring']);
    rmSync(root, { recursive: true, force: true });
  }
  const qemu = (await execa('qemu-system-x86_64', ['--version'])).stdout.split('\n')[0];
  const table = new Table({
    style: { head: [], border: [] },
    head: ['links', `peers restarted after ${VICTIM} dies`, 'kill → apply done s', 'kill → traffic on its links s', 'how'],
  });
  table.push(['socket (QEMU < 8.0)', `${socketRestarts.length}: ${socketRestarts.join(' ') || '-'}`, '-', '-', 'planned (pure core)']);
  table.push(['stream (planned)', `${streamPlanned.length}`, '-', '-', 'planned (pure core)']);
  table.push([
    'stream',
    `${measured.restarted.length}${measured.restarted.length ? `: ${measured.restarted.join(' ')}` : ''}`,
    (measured.applied / 1000).toFixed(1),
    (measured.victimTraffic / 1000).toFixed(1),
    `measured, ${qemu}`,
  ]);
  console.log(`Blast radius: kill -9 of ${VICTIM} in a ring of ${N} tiny-image VMs (256 MB, 1 vCPU each), then vmlab apply`);
  console.log(table.toString());
  console.log('On socket links each restarted peer is a full boot; SONiC boots take minutes.');
  return { socketRestarts, streamPlanned, measured };
}
