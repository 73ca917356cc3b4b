/**
 * A lab across two servers, each a network namespace with its own IP and its
 * own VMLAB_HOME, sharing one spec directory. spine1 (server-b) connects to
 * the leaves (server-a), so server-b's apply has to wait for server-a.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
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

test("a listener restarted on server-a: nothing to do on server-b; the cross-host link heals by itself", async () => {
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
});
