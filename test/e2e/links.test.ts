/**
 * Taking a link down and up on real QEMU (vmlab link): the carrier drops
 * on both guests and traffic stops; status and plan show the link
 * admin-down, not as drift; a restart of either end keeps it down; link up
 * brings traffic back. The lab is destroyed at the end even when a step
 * fails.
 */
import { jest } from '@jest/globals';
import { cleanUp, makeLab, requireQemu, type TestLab } from './harness.js';
import { guestIface, pingEveryLink, sh } from './traffic.js';

// Booting VMs under TCG takes tens of seconds per step.
jest.setTimeout(400_000);

let lab: TestLab;
// spine1:Ethernet0 ↔ leaf1:Ethernet0, 10.1.0.0/31 ↔ 10.1.0.1/31 in the demo fixture.
const LINK = { a: 'spine1:Ethernet0', z: 'leaf1:Ethernet0' };
const ENDS = [
  ['spine1', 'Ethernet0'],
  ['leaf1', 'Ethernet0'],
] as const;

const planJson = async () => JSON.parse((await lab.run(['plan', '-S', lab.specs, '--json'])).stdout);
const detailedExit = async () => (await lab.run(['plan', '-S', lab.specs, '--detailed-exitcode'])).code;
const linkState = async () => {
  const status = JSON.parse((await lab.run(['status', '--lab', lab.name, '--json'])).stdout);
  return status.links.find((l: any) => l.a === LINK.a && l.z === LINK.z);
};

/** The guest's name for a node's interface (eth1, …), from the plan's NIC order. */
async function dev(node: string, iface: string): Promise<string> {
  const plan = await planJson();
  return guestIface(plan.nodes[node].nics.find((n: any) => n.interface === iface));
}

/** Waits until the guest reads this carrier (e1000 reports a change on its next watchdog tick, up to ~2 s later). */
async function waitCarrier(node: string, iface: string, want: '0' | '1'): Promise<void> {
  const file = `/sys/class/net/${await dev(node, iface)}/carrier`;
  let seen = '';
  for (let i = 0; i < 15; i++) {
    seen = (await sh(lab, node, `cat ${file}`)).trim();
    if (seen === want) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${node} ${file} reads ${seen}, not ${want}`);
}

/** Gives the link's two ends their addresses (a fresh boot has none) and pings across; the ping's exit code. */
async function pingAcross(): Promise<number> {
  const topology = lab.topology();
  for (const [node, iface] of ENDS) {
    const d = await dev(node, iface);
    await sh(lab, node, `ip addr flush dev ${d}; ip addr add ${topology.devices[node].interfaces[iface].ip} dev ${d}; ip link set ${d} up`);
  }
  const target = String(topology.devices.leaf1.interfaces.Ethernet0.ip).split('/')[0];
  return (await lab.run(['ssh', 'spine1', '--lab', lab.name, '--', `ping -c 2 -W 2 ${target}`])).code;
}

async function expectDownOnBothGuests(): Promise<void> {
  for (const [node, iface] of ENDS) await waitCarrier(node, iface, '0');
  expect(await pingAcross()).not.toBe(0);
}

beforeAll(() => {
  requireQemu();
  lab = makeLab('demo', 'e2e-links', { link: 47400, console: 47430, ssh: 47460 });
});

afterAll(async () => {
  if (lab) await cleanUp(lab);
});

test('apply brings the lab up; traffic crosses every link', async () => {
  const r = await lab.run(['apply', '-S', lab.specs, '--yes']);
  expect(r.code).toBe(0);
  expect(await pingEveryLink(lab, await planJson())).toHaveLength(3);
  expect(await linkState()).toMatchObject({ state: 'up', transport: 'stream', reason: null });
});

test('link down: carrier 0 on both guests, no traffic; status shows it admin-down; plan has nothing to do', async () => {
  const r = await lab.run(['link', 'down', 'leaf1:Ethernet0', '--lab', lab.name]);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('Link spine1:Ethernet0 ↔ leaf1:Ethernet0 is admin-down.');
  await expectDownOnBothGuests();
  expect(await linkState()).toMatchObject({ state: 'admin-down', drift: false });
  expect(await detailedExit()).toBe(0);
  // the other links are untouched
  const plan = await planJson();
  expect(plan.link_states.filter((l: any) => l.state === 'up')).toHaveLength(2);
});

test('stop and start of one end: the link is still down on both guests', async () => {
  expect((await lab.run(['stop', 'leaf1', '--lab', lab.name])).code).toBe(0);
  expect((await linkState()).state).toBe('admin-down');
  expect((await lab.run(['start', 'leaf1', '--lab', lab.name])).code).toBe(0);
  await expectDownOnBothGuests();
  expect(await detailedExit()).toBe(0);
});

test('kill -9 of the other end and apply: the link is still down on both guests', async () => {
  process.kill(lab.state().nodes.spine1.pid, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 500));
  expect((await lab.run(['apply', '-S', lab.specs, '--yes'])).code).toBe(0);
  await expectDownOnBothGuests();
  expect(lab.state().nodes.spine1.carrier_off).toEqual(['Ethernet0']);
  expect(await detailedExit()).toBe(0);
});

test('link up: carrier 1 on both guests, traffic crosses again; status shows it up', async () => {
  const r = await lab.run(['link', 'up', 'spine1:Ethernet0', '--lab', lab.name]);
  expect(r.code).toBe(0);
  for (const [node, iface] of ENDS) await waitCarrier(node, iface, '1');
  expect(await pingAcross()).toBe(0);
  expect(await pingEveryLink(lab, await planJson())).toHaveLength(3);
  expect(await linkState()).toMatchObject({ state: 'up', drift: false });
  expect(lab.state().link_intents).toBeUndefined();
  expect(await detailedExit()).toBe(0);
});
