/**
 * A lab across two servers, each a network namespace with its own IP and its
 * own VMLAB_HOME, sharing one spec directory. spine1 (server-b) connects to
 * the leaves (server-a), so server-b's apply has to wait for server-a.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { jest } from '@jest/globals';
import { execa } from 'execa';
import { labQemus, makeLab, requireQemu, ROOT, type TestLab } from './harness.js';
import { makeTwoServers, type TwoServers } from './netns.js';

jest.setTimeout(400_000);

const CLI = join(ROOT, 'bin', 'vmlab.js');
let lab: TestLab;
let servers: TwoServers;
let homes: { a: string; b: string };

/** Runs vmlab as "server-a" or "server-b": inside its namespace, with its own VMLAB_HOME. */
function on(server: 'a' | 'b', args: string[]) {
  const ns = servers[server].ns;
  return execa('ip', ['netns', 'exec', ns, 'node', CLI, ...args], {
    env: { VMLAB_HOME: homes[server], VMLAB_SPECS: '' },
    reject: false,
    stdin: 'ignore',
    timeout: 600_000,
  });
}
const sh = async (server: 'a' | 'b', node: string, command: string) => {
  const r = await on(server, ['ssh', node, '-S', lab.specs, '--', command]);
  if (r.exitCode !== 0) throw new Error(`${node}$ ${command} → ${r.exitCode}\n${r.stdout}\n${r.stderr}`);
  return String(r.stdout);
};
/** The nodes whose SSH forward relay runs for this lab under a server's home (from /proc: forward-relay-main.js, its QEMU's pidfile). */
function relays(home: string): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (!argv[1]?.endsWith('forward-relay-main.js') || !argv[5]?.startsWith(`${home}/labs/${lab.name}@`)) continue;
    found.push(basename(argv[5], '.pid'));
  }
  return found;
}
function relayPid(home: string, node: string): number {
  return Number(readFileSync(join(home, 'labs', `${lab.name}@server-a`, 'qemu', `${node}@relay.pid`), 'utf8').trim());
}
const planOn = async (server: 'a' | 'b') => JSON.parse(String((await on(server, ['plan', '-S', lab.specs, '--host', `server-${server}`, '--json'])).stdout));

beforeAll(async () => {
  requireQemu();
  servers = await makeTwoServers(String(process.pid % 10000));
  lab = makeLab('labs/two-hosts', 'e2e-two-hosts', { link: 46500, console: 46600, ssh: 46700 });
  const t = lab.topology();
  t.vmlab.hosts = { 'server-a': servers.a.ip, 'server-b': servers.b.ip };
  lab.writeTopology(t);
  homes = { a: join(lab.home, 'server-a'), b: join(lab.home, 'server-b') };
  for (const h of Object.values(homes)) mkdirSync(h, { recursive: true });
});

afterAll(async () => {
  if (lab && servers) {
    await on('a', ['destroy', '--lab', lab.name, '--force']);
    await on('b', ['destroy', '--lab', lab.name, '--force']);
  }
  if (servers) await servers.remove();
  if (lab) rmSync(join(lab.home, '..'), { recursive: true, force: true });
});

/** Both ends of a link get their /31 and ping across. */
async function pingAcross(aServer: 'a' | 'b', aNode: string, aIf: string, zServer: 'a' | 'b', zNode: string, zIf: string) {
  const t = lab.topology();
  const plan = await planOn('a');
  const dev = (node: string, iface: string) => `eth${plan.nodes[node].nics.find((n: any) => n.interface === iface).index}`;
  await sh(aServer, aNode, `ip addr flush dev ${dev(aNode, aIf)}; ip addr add ${t.devices[aNode].interfaces[aIf].ip} dev ${dev(aNode, aIf)}`);
  await sh(zServer, zNode, `ip addr flush dev ${dev(zNode, zIf)}; ip addr add ${t.devices[zNode].interfaces[zIf].ip} dev ${dev(zNode, zIf)}`);
  await sh(aServer, aNode, `ping -c 3 -W 3 ${t.devices[zNode].interfaces[zIf].ip.split('/')[0]}`);
}

test('both hosts compute the same lab; each plans only its share', async () => {
  const [a, b] = [await planOn('a'), await planOn('b')];
  expect(JSON.stringify({ nodes: a.nodes, links: a.links })).toBe(JSON.stringify({ nodes: b.nodes, links: b.links }));
  expect(a.actions.filter((x: any) => x.action === 'create').map((x: any) => x.node)).toEqual(['leaf1', 'leaf2']);
  expect(b.actions.filter((x: any) => x.action === 'create').map((x: any) => x.node)).toEqual(['spine1']);
  // cross-host links: listener binds its host's IP, the connector dials it; same-host links stay on loopback
  expect(b.nodes.spine1.nics[1].link).toMatchObject({ mode: 'connect', address: servers.a.ip });
  expect(a.nodes.leaf1.nics[1].link).toMatchObject({ mode: 'listen', address: servers.a.ip });
  expect(a.nodes.leaf1.nics[2].link).toMatchObject({ mode: 'listen', address: '127.0.0.1' });
  expect(b.nodes.spine1.bind_address).toBe(servers.b.ip);
});

test("server-b applies first and finishes without waiting for server-a: its stream link connects once server-a's listener runs", async () => {
  const onB = await on('b', ['apply', '-S', lab.specs, '--host', 'server-b', '--yes']);
  expect(onB.exitCode).toBe(0);
  expect(String(onB.stderr)).not.toMatch(/waits for leaf1/);
  const onA = await on('a', ['apply', '-S', lab.specs, '--host', 'server-a', '--yes']);
  expect(onA.exitCode).toBe(0);
  expect((await on('a', ['plan', '-S', lab.specs, '--detailed-exitcode'])).exitCode).toBe(0);
  expect((await on('b', ['plan', '-S', lab.specs, '--detailed-exitcode'])).exitCode).toBe(0);
});

test('traffic crosses the cross-host link; ssh reaches a node on the other host', async () => {
  await pingAcross('b', 'spine1', 'Ethernet0', 'a', 'leaf1', 'Ethernet0');
  // from server-b, a node that runs on server-a (no local state for it): found through the specs
  expect((await sh('b', 'leaf2', 'hostname')).trim()).toBe('leaf2');
});

test('guests of a lab of several hosts are isolated too: QEMU forwards SSH on loopback and a relay listens on the server address', async () => {
  const plan = await planOn('a');
  expect(Object.values(plan.nodes).map((n: any) => n.mgmt_network)).toEqual(['isolated', 'isolated', 'isolated']);
  // From inside leaf1 (server-a), 10.0.2.2 is server-a's loopback: leaf2's console, the leaf1–leaf2 link
  // listener and leaf2's SSH forward (QEMU's, on loopback) are all there, and all refuse.
  const leaf2 = plan.nodes.leaf2;
  const linkPort = plan.nodes.leaf1.nics.find((n: any) => n.link?.mode === 'listen' && n.link.address === '127.0.0.1').link.port;
  const ports = [leaf2.console_port, linkPort, leaf2.ssh_port];
  const out = await sh('a', 'leaf1', ports.map((p: number) => `timeout 5 nc 10.0.2.2 ${p} </dev/null >/dev/null 2>&1; echo "${p} rc=$?"`).join('; '));
  expect(out.trim().split('\n')).toEqual(ports.map((p: number) => `${p} rc=1`));
  // The console and SSH ports answer on server-a itself, so their refusals above are the guest's isolation, not closed ports.
  const answers = await execa(
    'ip',
    [
      'netns',
      'exec',
      servers.a.ns,
      'bash',
      '-c',
      [leaf2.console_port, leaf2.ssh_port].map((p: number) => `exec 3<>/dev/tcp/127.0.0.1/${p} && echo ok; exec 3>&-`).join('; '),
    ],
    { reject: false },
  );
  expect(String(answers.stdout).trim().split('\n')).toEqual(['ok', 'ok']);
  // Each node's relay is a process of this lab, listening on its server's address.
  expect(relays(homes.a).sort()).toEqual(['leaf1', 'leaf2']);
  expect(relays(homes.b)).toEqual(['spine1']);
});

test('a relay that is killed comes back live with the next apply: its QEMU runs on, and SSH from the other server works again', async () => {
  const qemuPid = async () => JSON.parse(String((await on('a', ['status', '--json'])).stdout)).nodes.find((n: any) => n.node === 'leaf2').pid;
  const before = await qemuPid();
  const pid = relayPid(homes.a, 'leaf2');
  process.kill(pid, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 300));
  const plan = await planOn('a');
  expect(plan.actions.map((a: any) => [a.action, a.node, a.steps, a.reasons.map((r: any) => r.code)])).toEqual([
    ['update', 'leaf2', [{ step: 'restart-relay', address: servers.a.ip, port: plan.nodes.leaf2.ssh_port }], ['relay-gone']],
  ]);
  expect((await on('a', ['apply', '-S', lab.specs, '--host', 'server-a', '--yes'])).exitCode).toBe(0);
  expect(relayPid(homes.a, 'leaf2')).not.toBe(pid);
  expect(await qemuPid()).toBe(before);
  expect((await sh('b', 'leaf2', 'hostname')).trim()).toBe('leaf2');
  expect((await on('a', ['plan', '-S', lab.specs, '--host', 'server-a', '--detailed-exitcode'])).exitCode).toBe(0);
});

test('a listener restarted on server-a: nothing to do on server-b; the cross-host link heals by itself', async () => {
  const status = async (host: 'a' | 'b') => JSON.parse(String((await on(host, ['status', '--json'])).stdout)).nodes;
  const spine1 = (await status('b')).find((n: any) => n.node === 'spine1').pid;
  const leaf1 = (await status('a')).find((n: any) => n.node === 'leaf1').pid;
  process.kill(leaf1, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 500));
  const onA = await planOn('a');
  expect(onA.actions.filter((a: any) => a.action !== 'patch-profile').map((a: any) => a.id)).toEqual(['start:leaf1']);
  expect(onA.warnings.filter((w: string) => w.includes('must restart'))).toEqual([]);
  expect((await on('a', ['apply', '-S', lab.specs, '--host', 'server-a', '--yes'])).exitCode).toBe(0);
  expect((await on('b', ['plan', '-S', lab.specs, '--detailed-exitcode'])).exitCode).toBe(0);
  await pingAcross('b', 'spine1', 'Ethernet0', 'a', 'leaf1', 'Ethernet0');
  expect((await status('b')).find((n: any) => n.node === 'spine1').pid).toBe(spine1);
});

test('destroy --host on each server leaves nothing', async () => {
  expect((await on('b', ['destroy', '-S', lab.specs, '--host', 'server-b'])).exitCode).toBe(0);
  expect((await on('a', ['destroy', '-S', lab.specs, '--host', 'server-a'])).exitCode).toBe(0);
  // Each server's share is kept as <lab>@<host> (servers may share one home).
  for (const [key, home] of Object.entries(homes)) expect(labQemus({ ...lab, labDir: join(home, 'labs', `${lab.name}@server-${key}`) })).toEqual([]);
  await new Promise((r) => setTimeout(r, 1000));
  expect([...relays(homes.a), ...relays(homes.b)]).toEqual([]);
});
