/**
 * What a controller ships (issue 18), end to end: a lab in newtron's network
 * layout (networks/<net>/topology.json + nodes/, a platforms/ directory found
 * walking up to the repository root, secrets.json beside the topology), with
 * a profile symlinked inside the directory, applied from the controller to
 * two real OpenSSH servers (network namespaces, ssh-servers.ts), one node
 * each. Each server's shipped copy holds regular files equal to what the
 * controller read, the secrets the lab uses and no other; destroy leaves no
 * shipped copy and no secret on either server.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { execa } from 'execa';
import { IMAGE, labQemus, requireQemu, ROOT, type TestLab } from './harness.js';
import { makeSshServers, type SshServer, type SshServers } from './ssh-servers.js';

jest.setTimeout(600_000);

const CLI = join(ROOT, 'bin', 'vmlab.js');
const LAB = 'e2e-ship';
const SECRET = 'YourPaSsWoRd';
const UNUSED = 'Not-For-Any-Server-7f3a';
let root: string;
let net: string;
let home: string;
let servers: SshServers;

async function controller(args: string[]) {
  const r = await execa('node', [CLI, ...args], {
    env: { VMLAB_HOME: home, VMLAB_SSH: servers.ssh, VMLAB_SPECS: '', VMLAB_ACCEL: process.env.VMLAB_ACCEL ?? '' },
    reject: false,
    stdin: 'ignore',
    timeout: 600_000,
  });
  return { code: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
}

/** A server's share of the lab, and its shipped copy: named for the lab and the server's host (README, Servers sharing one home). */
const share = (s: SshServer) => `${LAB}@${s.name}`;
const qemusOn = (s: SshServer) => labQemus({ labDir: join(s.home, 'labs', share(s)) } as TestLab);
/** Every path under a directory with its kind (find's %y: f file, d directory, l link, …). */
const kinds = (dir: string) => execa('find', [dir, '-mindepth', '1', '-printf', '%y %P\n']).then((r) => r.stdout.split('\n').filter(Boolean).sort());

beforeAll(async () => {
  requireQemu();
  root = realpathSync(mkdtempSync(join(tmpdir(), 'vmlab-e2e-ship-')));
  home = join(root, 'controller-home');
  servers = await makeSshServers('shp', join(root, 'servers'), { VMLAB_ACCEL: process.env.VMLAB_ACCEL ?? '' });
  const repo = join(root, 'repo');
  net = join(repo, 'networks', 'pair');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(join(repo, 'platforms'));
  const tiny = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'labs', 'two-hosts', 'platforms.json'), 'utf8')).platforms.switch;
  writeFileSync(
    join(repo, 'platforms', 'tiny.json'),
    `${JSON.stringify({ ...tiny, vm_image: IMAGE, vm_credentials: { user: 'admin', pass: '${secret:tiny_pass}' } }, null, 2)}\n`,
  );
  writeFileSync(join(repo, 'platforms', 'other.json'), '{"vm_image": "/not/this/lab.qcow2"}\n');
  mkdirSync(join(net, 'nodes'), { recursive: true });
  mkdirSync(join(net, 'shared'));
  writeFileSync(
    join(net, 'topology.json'),
    `${JSON.stringify(
      {
        nodes: { n1: {}, n2: {} },
        links: [{ a: 'n1:Ethernet0', z: 'n2:Ethernet0' }],
        vmlab: {
          name: LAB,
          default_platform: 'tiny',
          link_port_base: 47750,
          console_port_base: 47780,
          ssh_port_base: 47810,
          hosts: { 'server-a': { address: servers.a.ip, vmlab: CLI }, 'server-b': { address: servers.b.ip, vmlab: CLI } },
        },
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(join(net, 'nodes', 'n1.json'), '{"mgmt_ip": "PLACEHOLDER", "vm_host": "server-a"}\n');
  // A profile symlinked inside the directory: shipped as the file it points at.
  writeFileSync(join(net, 'shared', 'n2.json'), '{"mgmt_ip": "PLACEHOLDER", "vm_host": "server-b"}\n');
  symlinkSync('../shared/n2.json', join(net, 'nodes', 'n2.json'));
  writeFileSync(join(net, 'secrets.json'), `${JSON.stringify({ tiny_pass: SECRET, unused: UNUSED })}\n`, { mode: 0o600 });
  // Beside the specs, never shipped: an image and a note of another tool.
  await execa('truncate', ['-s', '40M', join(net, 'disk.qcow2')]);
  writeFileSync(join(net, 'notes.txt'), 'newtron notes\n');
  cpSync(join(net, 'nodes'), join(root, 'nodes-before'), { recursive: true, dereference: true });
});

afterAll(async () => {
  if (servers) {
    for (const s of [servers.a, servers.b]) {
      await servers.inServer(s, 'node', [CLI, 'destroy', '--lab', LAB, '--force']);
      for (const pid of qemusOn(s)) process.kill(pid, 'SIGKILL');
    }
    await servers.remove();
  }
  if (root) await execa('rm', ['-rf', root]);
});

test('applied from the controller, each server holds regular files equal to what the controller read, and only the secrets the lab uses', async () => {
  const r = await controller(['apply', '-S', net, '--yes']);
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
  expect(qemusOn(servers.a)).toHaveLength(1);
  expect(qemusOn(servers.b)).toHaveLength(1);
  for (const [s, own] of [
    [servers.a, 'n1'],
    [servers.b, 'n2'],
  ] as const) {
    const shipped = join(s.home, 'shipped', share(s));
    expect(lstatSync(shipped).isSymbolicLink()).toBe(true);
    const copy = realpathSync(shipped);
    expect(await kinds(copy)).toEqual(
      [
        'd specs/platforms',
        'd specs',
        'd specs/nodes',
        'f placement.json',
        'f plan.json',
        'f specs/platforms/tiny.json',
        'f specs/secrets.json',
        'f specs/nodes/n1.json',
        'f specs/nodes/n2.json',
        'f specs/topology.json',
      ].sort(),
    );
    expect(readFileSync(join(copy, 'specs', 'topology.json'))).toEqual(readFileSync(join(net, 'topology.json')));
    expect(readFileSync(join(copy, 'specs', 'platforms', 'tiny.json'))).toEqual(readFileSync(join(root, 'repo', 'platforms', 'tiny.json')));
    expect(JSON.parse(readFileSync(join(copy, 'specs', 'secrets.json'), 'utf8'))).toEqual({ tiny_pass: SECRET });
    for (const node of ['n1', 'n2']) {
      const before = readFileSync(join(root, 'nodes-before', `${node}.json`), 'utf8');
      const there = readFileSync(join(copy, 'specs', 'nodes', `${node}.json`), 'utf8');
      // A server patches the profile of its own node (its address and ports) in its copy, as the controller does in its own.
      if (node === own) expect(JSON.parse(there)).toMatchObject({ ...JSON.parse(before), mgmt_ip: s.ip });
      else expect(there).toBe(before);
    }
    const grep = await execa('grep', ['-rl', UNUSED, s.home], { reject: false });
    expect(grep.stdout).toBe('');
  }
});

test('destroy from the controller leaves no shipped copy and no secret on either server', async () => {
  const r = await controller(['destroy', '--lab', LAB]);
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 0 });
  for (const s of [servers.a, servers.b]) {
    expect(qemusOn(s)).toEqual([]);
    expect(existsSync(join(s.home, 'shipped', share(s)))).toBe(false);
    expect(existsSync(join(s.home, 'shipped')) ? readdirSync(join(s.home, 'shipped')) : []).toEqual([]);
    const grep = await execa('grep', ['-rl', SECRET, s.home], { reject: false });
    expect(grep.stdout).toBe('');
  }
});
