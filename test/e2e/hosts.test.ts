/**
 * Test hosts on real QEMU: a switch VM and one host VM holding two hosts,
 * each in a network namespace of its own. host1 pings host2 through the
 * switch; `vmlab ssh host1` sees host1's interfaces only, named as in the
 * specs; an unlinked host joins without a restart; a killed host VM comes
 * back with its hosts set up again. One lab for all steps, destroyed at the end.
 */
import { readFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import { cleanUp, makeLab, requireQemu, type TestLab } from './harness.js';
import { sh } from './traffic.js';

jest.setTimeout(300_000);

let lab: TestLab;
let originalProfiles: Record<string, string>;
const planJson = async () => JSON.parse((await lab.run(['plan', '-S', lab.specs, '--json'])).stdout);
const apply = () => lab.run(['apply', '-S', lab.specs, '--yes']);
/** `ip -br addr` → { ifname: [addresses] }, IPv6 link-local left out. */
const brief = (text: string) =>
  Object.fromEntries(
    text
      .trim()
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .map(([name, , ...addrs]) => [name!, addrs.filter((a) => !a.startsWith('fe80:') && a !== '::1/128')]),
  );

beforeAll(() => {
  requireQemu();
  lab = makeLab('labs/test-hosts', 'e2e-hosts', { link: 47100, console: 47120, ssh: 47140 });
  originalProfiles = Object.fromEntries(['sw1', 'host1', 'host2'].map((n) => [n, lab.profileText(n)]));
});

afterAll(async () => {
  if (lab) await cleanUp(lab);
});

test('the plan packs both hosts into one host VM, each with its block of NICs', async () => {
  const plan = await planJson();
  expect(Object.keys(plan.nodes)).toEqual(['hostvm', 'sw1']);
  expect(plan.nodes.hostvm.test_hosts.map((h: any) => [h.name, h.interfaces.map((i: any) => `${i.name}@${i.nic}→${i.peer} ${i.address}`), h.gateway])).toEqual([
    ['host1', ['eth0@1→sw1:Ethernet0 10.10.1.2/24'], '10.10.1.1'],
    ['host2', ['eth0@2→sw1:Ethernet4 10.10.2.2/24'], '10.10.2.1'],
  ]);
  // The host VM connects to the switch; on stream links it waits for nothing, so both start in name order.
  expect(plan.actions.map((a: any) => a.id)).toEqual(['create:hostvm', 'create:sw1', 'patch-profile:host1', 'patch-profile:host2', 'patch-profile:sw1']);
  expect(plan.actions[0].depends_on).toEqual([]);
});

test('apply brings up the switch and the host VM, and sets the hosts up in it', async () => {
  const r = await apply();
  expect(r.stderr).toContain('hostvm: setting up test hosts host1, host2');
  expect(r.stderr).toContain('Apply complete');
  expect(r.code).toBe(0);
  // the hosts' profiles hold the host VM's address and ports; the VM has no profile
  const vm = lab.state().nodes.hostvm;
  for (const host of ['host1', 'host2']) {
    expect(JSON.parse(lab.profileText(host))).toMatchObject({ mgmt_ip: '127.0.0.1', ssh_port: vm.ssh_port, console_port: vm.console_port });
  }
  expect(() => lab.profileText('hostvm')).toThrow();
});

test("vmlab ssh host1 shows only host1's interfaces, named as in the specs", async () => {
  expect(brief(await sh(lab, 'host1', 'ip -br addr'))).toEqual({ lo: ['127.0.0.1/8'], eth0: ['10.10.1.2/24'] });
  expect(brief(await sh(lab, 'host2', 'ip -br addr'))).toEqual({ lo: ['127.0.0.1/8'], eth0: ['10.10.2.2/24'] });
  expect(await sh(lab, 'host2', 'ip route show default')).toMatch(/^default via 10\.10\.2\.1 dev eth0/);
  // the VM itself still has its management NIC, and one namespace per host
  expect((await sh(lab, 'hostvm', 'ip -br link | cut -d" " -f1')).trim().split('\n')).toEqual(['lo', 'eth0']);
  expect((await sh(lab, 'hostvm', 'ip netns list | cut -d" " -f1 | sort')).trim().split('\n')).toEqual(['host1', 'host2']);
});

test('host1 pings host2 through the switch', async () => {
  // Configuring the switch is newtron's job; here the test routes between its two ports.
  await sh(lab, 'sw1', 'ip addr add 10.10.1.1/24 dev eth1 && ip addr add 10.10.2.1/24 dev eth2 && echo 1 > /proc/sys/net/ipv4/ip_forward');
  const out = await sh(lab, 'host1', 'ping -c 3 -W 3 10.10.2.2');
  expect(out).toMatch(/3 packets transmitted, 3 packets received/);
  expect(out).toMatch(/ttl=63/); // one router on the way: sw1
});

test('exec and status know the hosts', async () => {
  const r = await lab.run(['exec', 'host1', 'host2', '--lab', lab.name, '--json', '--', 'ip -br link | cut -d" " -f1 | tr "\\n" " "']);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).results.map((x: any) => [x.node, x.stdout.trim()])).toEqual([
    ['host1', 'lo eth0'],
    ['host2', 'lo eth0'],
  ]);
  const status = JSON.parse((await lab.run(['status', '--lab', lab.name, '--json'])).stdout);
  expect(status.nodes.map((n: any) => [n.node, n.vm, n.state])).toEqual([
    ['hostvm', null, 'running'],
    ['host1', 'hostvm', 'running'],
    ['host2', 'hostvm', 'running'],
    ['sw1', null, 'running'],
  ]);
});

test('apply again changes nothing', async () => {
  const r = await apply();
  expect(r.code).toBe(0);
  expect(r.stdout + r.stderr).toMatch(/no changes/i);
});

test('an unlinked host joins the running VM: an empty namespace, no restart', async () => {
  const pid = lab.state().nodes.hostvm.pid;
  const topology = lab.topology();
  topology.devices.host3 = {};
  lab.writeTopology(topology);
  const profile = `${lab.specs}/profiles/host3.json`;
  const { writeFileSync } = await import('node:fs');
  writeFileSync(profile, '{ "platform": "host" }\n');
  const plan = await planJson();
  expect(plan.actions.map((a: any) => a.id)).toEqual(['update:hostvm', 'patch-profile:host3']);
  expect(plan.actions[0].reasons.map(({ message: _m, ...r }: any) => r)).toEqual([
    { code: 'test-hosts-setup', change: 'test host host3 added: an empty namespace (no links)' },
  ]);
  expect((await apply()).code).toBe(0);
  expect(lab.state().nodes.hostvm.pid).toBe(pid);
  expect(brief(await sh(lab, 'host3', 'ip -br addr'))).toEqual({ lo: ['127.0.0.1/8'] });
  expect(JSON.parse(readFileSync(profile, 'utf8')).ssh_port).toBe(lab.state().nodes.hostvm.ssh_port);
});

test('a killed host VM comes back with its hosts set up again', async () => {
  process.kill(lab.state().nodes.hostvm.pid, 'SIGKILL');
  const plan = await planJson();
  expect(plan.actions.map((a: any) => `${a.action} ${a.node}`)).toEqual(['start hostvm']);
  const r = await apply();
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('hostvm: setting up test hosts host1, host2, host3');
  expect(brief(await sh(lab, 'host1', 'ip -br addr'))).toEqual({ lo: ['127.0.0.1/8'], eth0: ['10.10.1.2/24'] });
  // sw1 kept its addresses; the host VM reconnected to its listening sockets
  expect(await sh(lab, 'host1', 'ping -c 2 -W 3 10.10.2.2')).toMatch(/2 packets received/);
});

test('the unlinked host leaves and host2 gets a new address: both set up live', async () => {
  const pid = lab.state().nodes.hostvm.pid;
  const topology = lab.topology();
  delete topology.devices.host3;
  lab.writeTopology(topology);
  const { writeFileSync } = await import('node:fs');
  const host2 = `${lab.specs}/profiles/host2.json`;
  writeFileSync(host2, readFileSync(host2, 'utf8').replace('10.10.2.2/24', '10.10.2.5/24'));
  const plan = await planJson();
  expect(plan.actions.find((a: any) => a.id === 'update:hostvm').reasons.map(({ message: _m, ...r }: any) => r)).toEqual([
    { code: 'test-hosts-setup', change: 'host2:eth0 address 10.10.2.2/24 → 10.10.2.5/24' },
    { code: 'test-hosts-setup', change: 'test host host3 removed' },
  ]);
  expect((await apply()).code).toBe(0);
  expect(lab.state().nodes.hostvm.pid).toBe(pid);
  expect((await sh(lab, 'hostvm', 'ip netns list | cut -d" " -f1 | sort')).trim().split('\n')).toEqual(['host1', 'host2']);
  expect(brief(await sh(lab, 'host2', 'ip -br addr'))).toEqual({ lo: ['127.0.0.1/8'], eth0: ['10.10.2.5/24'] });
  expect(await sh(lab, 'host1', 'ping -c 2 -W 3 10.10.2.5')).toMatch(/2 packets received/);
  // host3 left the lab: vmlab's values are gone from its profile
  expect(readFileSync(`${lab.specs}/profiles/host3.json`, 'utf8')).toBe('{ "platform": "host" }\n');
});

test('destroy puts every host profile back, byte for byte', async () => {
  const r = await lab.run(['destroy', '--lab', lab.name]);
  expect(r.code).toBe(0);
  for (const [node, text] of Object.entries(originalProfiles)) {
    expect(lab.profileText(node)).toBe(node === 'host2' ? text.replace('10.10.2.2/24', '10.10.2.5/24') : text);
  }
});
