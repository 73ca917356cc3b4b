/**
 * One machine drives a lab across two servers over SSH. Each server is a
 * network namespace running Debian's sshd, which gives its sessions the
 * server's own VMLAB_HOME; the controller is this test, in the root
 * namespace, with a VMLAB_HOME of its own. spine1 runs on server-b, the
 * leaves on server-a.
 */
import { existsSync, readdirSync, writeFileSync, chmodSync } from 'node:fs';
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
let profilesBefore: Record<string, string>;

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

/** A server's QEMUs of this lab, found through /proc. */
const qemusOn = (s: SshServer) => labQemus({ ...lab, labDir: join(s.home, 'labs', `${lab.name}@${s.name}`) });

/** spine1 is sent to server-b by its profile; the leaves are placed by vmlab, on the server with room (server-b has one slot). */
function hostsEntry(vmlab = CLI) {
  return {
    'server-a': { address: servers.a.ip, vmlab, max_nodes: 2 },
    'server-b': { address: servers.b.ip, vmlab, max_nodes: 1 },
  };
}

beforeAll(async () => {
  requireQemu();
  lab = makeLab('labs/two-hosts', 'e2e-controller', { link: 47600, console: 47650, ssh: 47700 });
  servers = await makeSshServers(String(process.pid % 10000), join(lab.home, '..', 'servers'), { VMLAB_ACCEL: process.env.VMLAB_ACCEL ?? '' });
  const t = lab.topology();
  t.vmlab.hosts = hostsEntry();
  delete t.vmlab.default_host;
  lab.writeTopology(t);
  profilesBefore = Object.fromEntries(['leaf1', 'spine1'].map((n) => [n, lab.profileText(n)]));
});

afterAll(async () => {
  if (servers) {
    for (const s of [servers.a, servers.b]) {
      await servers.inServer(s, 'node', [CLI, 'destroy', '--lab', lab.name, '--force']);
      for (const pid of qemusOn(s)) process.kill(pid, 'SIGKILL');
    }
    await servers.remove();
  }
  if (lab) await execa('rm', ['-rf', join(lab.home, '..')]);
});

test('a server running another vmlab version is refused before anything is shipped or started', async () => {
  const old = join(lab.home, '..', 'old-vmlab');
  writeFileSync(old, '#!/bin/sh\necho 0.0.9\n');
  chmodSync(old, 0o755);
  const t = lab.topology();
  t.vmlab.hosts['server-b'].vmlab = old;
  lab.writeTopology(t);
  try {
    const r = await controller(['apply', '-S', lab.specs, '--yes']);
    expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 1 });
    expect(r.stderr).toMatch(/server-b runs vmlab 0\.0\.9, this machine \d+\.\d+\.\d+/);
    const none = lab.topology();
    none.vmlab.hosts['server-a'].vmlab = '/nowhere/vmlab';
    lab.writeTopology(none);
    const absent = await controller(['apply', '-S', lab.specs, '--yes']);
    expect({ code: absent.code, stderr: absent.stderr }).toMatchObject({ code: 1 });
    expect(absent.stderr).toMatch(/server-a: there is no "\/nowhere\/vmlab" there/);
    expect(absent.stderr).toMatch(/server-b runs vmlab 0\.0\.9/);
    for (const s of [servers.a, servers.b]) {
      expect(qemusOn(s)).toEqual([]);
      expect(existsSync(join(s.home, 'shipped'))).toBe(false);
    }
  } finally {
    t.vmlab.hosts = hostsEntry();
    lab.writeTopology(t);
  }
});

test("a server whose apply fails does not stop the other's; the summary names it and the next apply converges", async () => {
  // Something else holds spine1's SSH port on server-b: its apply stops there; server-a's goes on.
  const squatter = servers.inServer(servers.b, 'node', ['-e', `require('net').createServer().listen(${47700 + 2}, '${servers.b.ip}')`]);
  await new Promise((r) => setTimeout(r, 1500));
  try {
    const r = await controller(['apply', '-S', lab.specs, '--yes']);
    expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 1 });
    expect(r.stderr).toMatch(/Placing 2 new nodes:\n  leaf1 → placed on server-a: .*\n  leaf2 → placed on server-a/);
    expect(r.stderr).toMatch(/=== server-a /);
    expect(r.stderr).toMatch(/server-a leaf1: .*ready/);
    expect(r.stderr).toMatch(/server-a: ok/);
    expect(r.stderr).toMatch(/server-b: FAILED/);
    expect(r.stderr).toMatch(/47702/);
    expect(r.stderr).toMatch(/run ".*vmlab apply -S .* --yes" again/);
    expect(qemusOn(servers.a)).toHaveLength(2);
    expect(qemusOn(servers.b)).toHaveLength(0);
  } finally {
    squatter.kill('SIGKILL');
    await squatter;
  }
});

test('one apply on the controller brings up both servers; traffic crosses hosts; the controller profiles point at every node', async () => {
  const r = await controller(['apply', '-S', lab.specs, '--yes']);
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
  expect(r.stderr).toMatch(/Changes on server-b; 1 of 2 servers have none/); // server-a's share came up in the failed run
  expect(r.stderr).toMatch(/server-b spine1: .*ready/);
  expect(qemusOn(servers.a)).toHaveLength(2);
  expect(qemusOn(servers.b)).toHaveLength(1);
  const spine1 = JSON.parse(lab.profileText('spine1'));
  expect(spine1).toMatchObject({ mgmt_ip: servers.b.ip, ssh_port: 47700 + 2, console_port: 47650 + 2 });
  expect(JSON.parse(lab.profileText('leaf1'))).toMatchObject({ mgmt_ip: servers.a.ip });

  const plan = JSON.parse((await controller(['plan', '-S', lab.specs, '--host', 'server-a', '--json'])).stdout);
  expect(await pingEveryLink(viaController(), plan)).toHaveLength(3);

  const again = await controller(['apply', '-S', lab.specs, '--yes']);
  expect({ code: again.code, stderr: again.stderr }).toMatchObject({ code: 0 });
  expect(again.stderr).toMatch(/no changes on any server/);
  expect((await controller(['plan', '-S', lab.specs, '--detailed-exitcode'])).code).toBe(0);
});

test("status on the controller shows both servers' nodes; a server that does not answer is a row, not a failure", async () => {
  const status = JSON.parse((await controller(['status', '--lab', lab.name, '--json'])).stdout);
  expect(status.nodes.map((n: any) => `${n.host}/${n.node}/${n.state}`).sort()).toEqual([
    'server-a/leaf1/running',
    'server-a/leaf2/running',
    'server-b/spine1/running',
  ]);
  await servers.setReachable(servers.b, false);
  try {
    const r = await controller(['status', '--lab', lab.name]);
    expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
    expect(r.stdout).toMatch(/server-b .*unreachable/);
    expect(r.stdout).toMatch(/leaf1 .*server-a .*running/);
  } finally {
    await servers.setReachable(servers.b, true);
  }
});

test('a node killed on server-b is healed by an apply on the controller; server-a is left alone', async () => {
  const before = JSON.parse((await controller(['status', '--lab', lab.name, '--json'])).stdout).nodes;
  const pidOf = (nodes: any[], name: string) => nodes.find((n) => n.node === name).pid;
  process.kill(pidOf(before, 'spine1'), 'SIGKILL');
  await new Promise((r) => setTimeout(r, 500));
  const planned = JSON.parse((await controller(['plan', '-S', lab.specs, '--json'])).stdout);
  const actions = Object.fromEntries(planned.servers.map((s: any) => [s.host, s.plan.actions.map((a: any) => a.id)]));
  expect(actions).toEqual({ 'server-a': [], 'server-b': ['start:spine1'] });
  const r = await controller(['apply', '-S', lab.specs, '--yes']);
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
  expect(r.stderr).toMatch(/Changes on server-b; 1 of 2 servers have none/);
  const after = JSON.parse((await controller(['status', '--lab', lab.name, '--json'])).stdout).nodes;
  expect(pidOf(after, 'leaf1')).toBe(pidOf(before, 'leaf1'));
  expect(pidOf(after, 'spine1')).not.toBe(pidOf(before, 'spine1'));
  const plan = JSON.parse((await controller(['plan', '-S', lab.specs, '--host', 'server-a', '--json'])).stdout);
  expect(await pingEveryLink(viaController(), plan)).toHaveLength(3);
});

test("a controller killed mid-apply leaves every server's lab in a state the next apply converges", async () => {
  const nodes = JSON.parse((await controller(['status', '--lab', lab.name, '--json'])).stdout).nodes;
  process.kill(nodes.find((n: any) => n.node === 'spine1').pid, 'SIGKILL');
  const run = execa('node', [CLI, 'apply', '-S', lab.specs, '--yes'], {
    env: { VMLAB_HOME: lab.home, VMLAB_SSH: servers.ssh, VMLAB_SPECS: '', VMLAB_ACCEL: process.env.VMLAB_ACCEL ?? '' },
    reject: false,
    stdin: 'ignore',
  });
  // Killed once server-b is under way: its QEMU for spine1 has been started.
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no progress from server-b within 120 s')), 120_000);
    run.stderr?.on('data', (chunk: Buffer) => {
      if (/server-b spine1: /.test(String(chunk))) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  run.kill('SIGKILL');
  await run;
  const again = await controller(['apply', '-S', lab.specs, '--yes']);
  expect({ code: again.code, stderr: again.stderr }).toMatchObject({ code: 0 });
  expect((await controller(['plan', '-S', lab.specs, '--detailed-exitcode'])).code).toBe(0);
  expect(qemusOn(servers.b)).toHaveLength(1);
  expect(qemusOn(servers.a)).toHaveLength(2);
});

test("exec and link on the controller act on the nodes' servers", async () => {
  const exec = await controller(['exec', 'spine1', 'leaf1', '--lab', lab.name, '--', 'hostname']);
  expect({ code: exec.code, stderr: exec.stderr }).toMatchObject({ code: 0 });
  expect(exec.stdout).toMatch(/spine1 .* spine1/);
  expect(exec.stdout).toMatch(/leaf1 .* leaf1/);
  const plan = JSON.parse((await controller(['plan', '-S', lab.specs, '--host', 'server-a', '--json'])).stdout);
  const dev = (node: string, iface: string) => `eth${plan.nodes[node].nics.find((n: any) => n.interface === iface).index}`;
  // e1000 tells the guest of a carrier change at its next watchdog tick, up to ~2 s later.
  const carrier = async (node: string, iface: string, want: string) => {
    let seen = '';
    for (let i = 0; i < 20 && seen !== want; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 500));
      seen = (await controller(['ssh', node, '--lab', lab.name, '--', `cat /sys/class/net/${dev(node, iface)}/carrier`])).stdout.trim();
    }
    return seen;
  };
  // The link between spine1 (server-b) and leaf1 (server-a): both ends go down, each on its own server.
  expect((await controller(['link', 'down', 'spine1:Ethernet0', '--lab', lab.name])).code).toBe(0);
  expect([await carrier('spine1', 'Ethernet0', '0'), await carrier('leaf1', 'Ethernet0', '0')]).toEqual(['0', '0']);
  expect((await controller(['link', 'up', 'spine1:Ethernet0', '--lab', lab.name])).code).toBe(0);
  expect([await carrier('spine1', 'Ethernet0', '1'), await carrier('leaf1', 'Ethernet0', '1')]).toEqual(['1', '1']);
});

test("link impair on the controller reaches the sender's server: spine1 (server-b) delays what it sends, live", async () => {
  const plan = JSON.parse((await controller(['plan', '-S', lab.specs, '--host', 'server-a', '--json'])).stdout);
  expect(await pingEveryLink(viaController(), plan)).toHaveLength(3);
  const before = [...qemusOn(servers.a), ...qemusOn(servers.b)];
  const r = await controller(['link', 'impair', 'spine1:Ethernet0', '--delay', '60ms', '--direction', 'out', '--lab', lab.name]);
  expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' });
  const t = lab.topology();
  const spine1 = String(t.devices.spine1.interfaces.Ethernet0.ip).split('/')[0];
  const rtts = async () => {
    const out = (await controller(['ssh', 'leaf1', '--lab', lab.name, '--', `ping -c 4 -i 0.3 -W 2 ${spine1}`])).stdout;
    return [...out.matchAll(/time=([\d.]+) ms/g)].map((m) => Number(m[1]));
  };
  const delayed = await rtts();
  expect(delayed.length).toBeGreaterThanOrEqual(3);
  expect(Math.min(...delayed)).toBeGreaterThanOrEqual(60);
  expect((await controller(['plan', '-S', lab.specs, '--detailed-exitcode'])).code).toBe(0);
  expect((await controller(['link', 'impair', 'spine1:Ethernet0', '--clear', '--lab', lab.name])).code).toBe(0);
  expect(Math.min(...(await rtts()))).toBeLessThan(30);
  expect([...qemusOn(servers.a), ...qemusOn(servers.b)]).toEqual(before);
});

test('destroy on the controller leaves nothing on either server and puts the profiles back', async () => {
  const r = await controller(['destroy', '--lab', lab.name]);
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
  for (const s of [servers.a, servers.b]) {
    expect(qemusOn(s)).toEqual([]);
    expect(existsSync(join(s.home, 'labs', `${lab.name}@${s.name}`))).toBe(false);
    expect(existsSync(join(s.home, 'shipped', `${lab.name}@${s.name}`))).toBe(false);
  }
  expect(readdirSync(join(lab.home, 'controller'))).toEqual([]);
  for (const [node, text] of Object.entries(profilesBefore)) expect(lab.profileText(node)).toBe(text);
});
