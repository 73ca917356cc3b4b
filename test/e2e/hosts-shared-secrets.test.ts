/**
 * Issue 18 on real QEMU: a lab in newtron's real shape (fixtures/newtron/shared-secrets,
 * networks/1sw-3hosts: a network directory, platforms/ walked up to) whose three test hosts each
 * log in with a secret of their own, one value in secrets.json. The shared host VM boots, the hosts
 * in it are set up and reachable as in hosts.test.ts (their own interfaces, a ping through the
 * switch), and no secret value is printed, verbose output included. Then host2's secret really
 * differs: the plan says vmlab logs in to hostvm as host1, and a killed hostvm comes back that way,
 * host2 reachable through it. One lab for all steps, destroyed at the end.
 */
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { jest } from '@jest/globals';
import { cleanUp, IMAGE, ROOT, requireQemu, type TestLab } from './harness.js';
import { sh } from './traffic.js';

jest.setTimeout(300_000);

const NAME = 'e2e-hosts-secrets';
const BASES = { link: 46400, console: 46420, ssh: 46440 };
const HOSTS = ['host1', 'host2', 'host3'];
/** The one value secrets.json gives every login (the test image's password). */
const VALUE = 'YourPaSsWoRd';
const OTHER = 'Really-Another-Pass-e2e';

let lab: TestLab;
let originalProfiles: Record<string, string>;

/** A copy of the fixture tree (network directory + platforms/), the test image in every platform, the lab's own name, ports and home. */
function networkLab(): TestLab {
  const root = mkdtempSync(join(tmpdir(), `vmlab-e2e-${NAME}-`));
  cpSync(join(ROOT, 'fixtures', 'newtron', 'shared-secrets'), join(root, 'repo'), { recursive: true });
  const platforms = join(root, 'repo', 'platforms');
  for (const file of readdirSync(platforms)) {
    const path = join(platforms, file);
    writeFileSync(path, `${JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), vm_image: IMAGE }, null, 2)}\n`);
  }
  const specs = join(root, 'repo', 'networks', '1sw-3hosts');
  chmodSync(join(specs, 'secrets.json'), 0o600);
  const topologyFile = join(specs, 'topology.json');
  const topology = JSON.parse(readFileSync(topologyFile, 'utf8'));
  topology.vmlab = { name: NAME, link_port_base: BASES.link, console_port_base: BASES.console, ssh_port_base: BASES.ssh };
  writeFileSync(topologyFile, `${JSON.stringify(topology, null, 2)}\n`);
  const home = join(root, 'home');
  const env = { VMLAB_HOME: home, VMLAB_SPECS: '', VMLAB_ACCEL: process.env.VMLAB_ACCEL ?? '' };
  const cli = join(ROOT, 'bin', 'vmlab.js');
  return {
    root,
    specs,
    home,
    name: NAME,
    labDir: join(home, 'labs', NAME),
    async run(args, opts) {
      const r = await execa('node', [cli, ...args], { env, reject: opts?.reject ?? false, timeout: 600_000, stdin: 'ignore' });
      return { code: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
    },
    spawn: (args) => execa('node', [cli, ...args], { env, reject: false, stdin: 'ignore', timeout: 600_000 }),
    topology: () => JSON.parse(readFileSync(topologyFile, 'utf8')),
    writeTopology: (t) => writeFileSync(topologyFile, `${JSON.stringify(t, null, 2)}\n`),
    state: () => JSON.parse(readFileSync(join(home, 'labs', NAME, 'state.json'), 'utf8')),
    profileText: (node) => readFileSync(join(specs, 'nodes', `${node}.json`), 'utf8'),
  };
}

const planJson = async () => JSON.parse((await lab.run(['plan', '-S', lab.specs, '--json'])).stdout);
const brief = (text: string) =>
  Object.fromEntries(
    text
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .map(([name, , ...addrs]) => [name!, addrs.filter((a) => !a.startsWith('fe80:') && a !== '::1/128')]),
  );
function setSecret(key: string, value: string): void {
  const file = join(lab.specs, 'secrets.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), [key]: value }, null, 2));
}

beforeAll(() => {
  requireQemu();
  lab = networkLab();
  originalProfiles = Object.fromEntries([...HOSTS, 'switch1'].map((n) => [n, lab.profileText(n)]));
});

afterAll(async () => {
  if (lab) await cleanUp(lab);
});

test('the hosts, each naming its own secret of one value, share one host VM that logs in as host1', async () => {
  const plan = await planJson();
  expect(Object.keys(plan.nodes)).toEqual(['hostvm', 'switch1']);
  expect(plan.nodes.hostvm.test_hosts.map((h: { name: string }) => h.name)).toEqual(HOSTS);
  expect(plan.nodes.hostvm.test_host_login).toEqual({ host: 'host1', differing: [] });
});

test('apply (verbose) boots the host VM and sets the hosts up in it; no secret value is printed', async () => {
  const r = await lab.run(['apply', '-S', lab.specs, '--yes', '-v']);
  expect(r.stderr).toContain('hostvm: setting up test hosts host1, host2, host3');
  expect(r.stderr).toContain('Apply complete');
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('[verbose] ssh'); // the verbose log did run
  expect(r.stdout + r.stderr).not.toContain(VALUE);
  expect(JSON.stringify(lab.state())).not.toContain(VALUE);
});

test('each host sees only its own interface, addressed from its profile', async () => {
  for (const [i, host] of HOSTS.entries()) {
    expect(brief(await sh(lab, host, 'ip -br addr'))).toEqual({ lo: ['127.0.0.1/8'], eth0: [`10.30.${i + 1}.2/24`] });
  }
  expect((await sh(lab, 'hostvm', 'ip netns list | cut -d" " -f1 | sort')).trim().split('\n')).toEqual(HOSTS);
});

test('host1 pings host3 through the switch', async () => {
  // Configuring the switch is newtron's job; here the test routes between its ports (Ethernet0/4/8 = eth1/2/3).
  await sh(
    lab,
    'switch1',
    'ip addr add 10.30.1.1/24 dev eth1 && ip addr add 10.30.2.1/24 dev eth2 && ip addr add 10.30.3.1/24 dev eth3 && echo 1 > /proc/sys/net/ipv4/ip_forward',
  );
  const out = await sh(lab, 'host1', 'ping -c 3 -W 3 10.30.3.2');
  expect(out).toMatch(/3 packets transmitted, 3 packets received/);
  expect(out).toMatch(/ttl=63/);
});

test("host2's secret really differs: the plan says hostvm logs in as host1, and changes nothing", async () => {
  setSecret('host2_ssh_pass', OTHER);
  const plan = await planJson();
  expect(plan.nodes.hostvm.test_host_login).toEqual({ host: 'host1', differing: ['host2'] });
  expect(plan.warnings.join('\n')).toContain('test host host2 shares the VM hostvm with host1 but its password differs');
  expect(plan.actions).toEqual([]);
  const text = await lab.run(['plan', '-S', lab.specs]);
  expect(text.stdout).toContain("test hosts in hostvm: host1, host2, host3 (vmlab logs in as host1; host2's login differs)");
  for (const value of [VALUE, OTHER]) expect(text.stdout + JSON.stringify(plan)).not.toContain(value);
});

test('a killed host VM comes back as the plan says: logged in as host1, every host set up, host2 reachable', async () => {
  process.kill(lab.state().nodes.hostvm.pid, 'SIGKILL');
  const r = await lab.run(['apply', '-S', lab.specs, '--yes', '-v']);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('hostvm: setting up test hosts host1, host2, host3');
  for (const value of [VALUE, OTHER]) expect(r.stdout + r.stderr).not.toContain(value);
  expect(brief(await sh(lab, 'host2', 'ip -br addr'))).toEqual({ lo: ['127.0.0.1/8'], eth0: ['10.30.2.2/24'] });
  expect(await sh(lab, 'host2', 'ping -c 2 -W 3 10.30.1.2')).toMatch(/2 packets received/);
});

test('destroy puts every profile back, byte for byte', async () => {
  const r = await lab.run(['destroy', '--lab', lab.name]);
  expect(r.code).toBe(0);
  for (const [node, text] of Object.entries(originalProfiles)) expect(lab.profileText(node)).toBe(text);
});
