/**
 * Two servers of a lab that share one VMLAB_HOME, as lab servers mounting
 * one home over NFS do, driven from a controller with a home of its own.
 * Each server is a network namespace running Debian's sshd; both sshds give
 * their sessions the same VMLAB_HOME. sw1 runs on server-a, sw2 on server-b,
 * and the link between them crosses the servers.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { execa } from 'execa';
import { labQemus, makeLab, requireQemu, ROOT, type TestLab } from './harness.js';
import { makeSshServers, type SshServer, type SshServers } from './ssh-servers.js';
import { pingEveryLink } from './traffic.js';

jest.setTimeout(600_000);

const CLI = join(ROOT, 'bin', 'vmlab.js');
let lab: TestLab;
let servers: SshServers;
let shared: string;

/** vmlab on the controller: its own home, the test's ssh client. */
async function controller(args: string[]) {
  const r = await execa('node', [CLI, ...args], {
    env: { VMLAB_HOME: lab.home, VMLAB_SSH: servers.ssh, VMLAB_SPECS: '', VMLAB_ACCEL: process.env.VMLAB_ACCEL ?? '' },
    reject: false,
    stdin: 'ignore',
    timeout: 600_000,
  });
  return { code: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}
const viaController: () => TestLab = () => ({ ...lab, run: controller });

/** vmlab run on a server itself (in its namespace, with the shared home), as a person logged in there would. */
async function onServer(s: SshServer, args: string[]) {
  const r = await servers.inServer(s, 'node', [CLI, ...args]);
  return { code: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** What a server keeps for its share of the lab: `<lab>@<host>` in the shared home. */
const shareDir = (s: SshServer) => join(shared, 'labs', `${lab.name}@${s.name}`);
const qemusOn = (s: SshServer) => labQemus({ ...lab, labDir: shareDir(s) });
const nodesIn = (s: SshServer) => Object.keys(JSON.parse(readFileSync(join(shareDir(s), 'state.json'), 'utf8')).nodes).sort();
/** Entries of a directory of the shared home that belong to this lab. */
const ofLab = (sub: string) =>
  existsSync(join(shared, sub))
    ? readdirSync(join(shared, sub))
        .filter((e) => e.startsWith(lab.name))
        .sort()
    : [];

beforeAll(async () => {
  requireQemu();
  lab = makeLab('labs/two-node', 'e2e-shared-home', { link: 47850, console: 47880, ssh: 47910 });
  servers = await makeSshServers(
    'shh',
    join(lab.home, '..', 'servers'),
    { VMLAB_ACCEL: process.env.VMLAB_ACCEL ?? '' },
    { sharedHome: true, subnet: '10.79.18' },
  );
  shared = servers.a.home;
  const t = lab.topology();
  t.vmlab.hosts = {
    'server-a': { address: servers.a.ip, vmlab: CLI },
    'server-b': { address: servers.b.ip, vmlab: CLI },
  };
  t.vmlab.default_host = 'server-a';
  // Addresses on the link, so that traffic across it can be shown.
  t.devices.sw1.interfaces.Ethernet0.ip = '10.1.0.0/31';
  t.devices.sw2.interfaces.Ethernet0.ip = '10.1.0.1/31';
  lab.writeTopology(t);
  writeFileSync(join(lab.specs, 'profiles', 'sw2.json'), `${JSON.stringify({ mgmt_ip: 'PLACEHOLDER', vm_host: 'server-b' }, null, 2)}\n`);
});

afterAll(async () => {
  if (servers) {
    for (const s of [servers.a, servers.b]) {
      await servers.inServer(s, 'node', [CLI, 'destroy', '--lab', lab.name, '--host', s.name, '--force']);
      for (const pid of qemusOn(s)) process.kill(pid, 'SIGKILL');
    }
    await servers.remove();
  }
  if (lab) await execa('rm', ['-rf', join(lab.home, '..')]);
});

test("one apply on the controller brings up both servers on one home: each server's lock, state, specs and plan are its own", async () => {
  expect(servers.a.home).toBe(servers.b.home);
  const r = await controller(['apply', '-S', lab.specs, '--yes']);
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
  expect(r.stderr).toMatch(/server-a sw1: .*ready/);
  expect(r.stderr).toMatch(/server-b sw2: .*ready/);
  expect(nodesIn(servers.a)).toEqual(['sw1']);
  expect(nodesIn(servers.b)).toEqual(['sw2']);
  expect(ofLab('labs')).toEqual([`${lab.name}@server-a`, `${lab.name}@server-b`]);
  expect(ofLab('shipped')).toEqual([`${lab.name}@server-a`, `${lab.name}@server-b`]);
  expect(ofLab('locks')).toEqual([`${lab.name}@server-a.lock`, `${lab.name}@server-b.lock`]);
  expect(qemusOn(servers.a)).toHaveLength(1);
  expect(qemusOn(servers.b)).toHaveLength(1);

  const plan = JSON.parse((await controller(['plan', '-S', lab.specs, '--host', 'server-a', '--json'])).stdout);
  expect(await pingEveryLink(viaController(), plan)).toHaveLength(1);

  const again = await controller(['apply', '-S', lab.specs, '--yes']);
  expect({ code: again.code, stderr: again.stderr }).toMatchObject({ code: 0 });
  expect(again.stderr).toMatch(/no changes on any server/);
});

test("status on the controller shows both shares; on a server, status, list and ssh find that server's own share", async () => {
  const status = JSON.parse((await controller(['status', '--lab', lab.name, '--json'])).stdout);
  expect(status.nodes.map((n: any) => `${n.host}/${n.node}/${n.state}`).sort()).toEqual(['server-a/sw1/running', 'server-b/sw2/running']);

  // Without --host, a server knows its share by its own address.
  for (const [s, node] of [
    [servers.a, 'sw1'],
    [servers.b, 'sw2'],
  ] as const) {
    const here = await onServer(s, ['status', '--lab', lab.name, '--json']);
    expect({ code: here.code, stderr: here.stderr }).toMatchObject({ code: 0 });
    expect(JSON.parse(here.stdout).nodes.map((n: any) => `${n.host}/${n.node}`)).toEqual([`${s.name}/${node}`]);
  }
  const list = JSON.parse((await onServer(servers.a, ['list', '--json'])).stdout);
  expect(list.labs.map((l: any) => `${l.name} ${l.host} ${l.nodes_running}/${l.nodes_total}`)).toEqual([
    `${lab.name} server-a 1/1`,
    `${lab.name} server-b 1/1`,
  ]);
  // A node of the other server is reached from its share's specs, on that server's address.
  const ssh = await onServer(servers.a, ['ssh', 'sw2', '--lab', lab.name, '--', 'hostname']);
  expect({ code: ssh.code, stdout: ssh.stdout.trim() }).toEqual({ code: 0, stdout: 'sw2' });
});

test('a node killed on server-b is healed by an apply on the controller; server-a is left alone', async () => {
  const before = JSON.parse((await controller(['status', '--lab', lab.name, '--json'])).stdout).nodes;
  const pidOf = (nodes: any[], name: string) => nodes.find((n) => n.node === name).pid;
  process.kill(pidOf(before, 'sw2'), 'SIGKILL');
  await new Promise((r) => setTimeout(r, 500));
  const planned = JSON.parse((await controller(['plan', '-S', lab.specs, '--json'])).stdout);
  const actions = Object.fromEntries(planned.servers.map((s: any) => [s.host, s.plan.actions.map((a: any) => a.id)]));
  expect(actions).toEqual({ 'server-a': [], 'server-b': ['start:sw2'] });
  const r = await controller(['apply', '-S', lab.specs, '--yes']);
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
  expect(r.stderr).toMatch(/Changes on server-b; 1 of 2 servers have none/);
  const after = JSON.parse((await controller(['status', '--lab', lab.name, '--json'])).stdout).nodes;
  expect(pidOf(after, 'sw1')).toBe(pidOf(before, 'sw1'));
  expect(pidOf(after, 'sw2')).not.toBe(pidOf(before, 'sw2'));
  expect(nodesIn(servers.a)).toEqual(['sw1']);
  expect(nodesIn(servers.b)).toEqual(['sw2']);
  const plan = JSON.parse((await controller(['plan', '-S', lab.specs, '--host', 'server-a', '--json'])).stdout);
  expect(await pingEveryLink(viaController(), plan)).toHaveLength(1);
});

test('destroy on the controller leaves nothing of the lab in the shared home but its two empty lock files', async () => {
  const r = await controller(['destroy', '--lab', lab.name]);
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
  for (const s of [servers.a, servers.b]) expect(qemusOn(s)).toEqual([]);
  expect(ofLab('labs')).toEqual([]);
  expect(ofLab('shipped')).toEqual([]);
  // Lock files are never deleted (a waiting run must never lock a file destroy unlinked); free, they name no one.
  for (const lock of ofLab('locks')) expect(readFileSync(join(shared, 'locks', lock), 'utf8')).toBe('');
  expect(readdirSync(join(lab.home, 'controller'))).toEqual([]);
});
