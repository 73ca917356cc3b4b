/**
 * The whole life of a lab on real QEMU: apply, reach, traffic, idempotence,
 * healing, blast radius of spec changes, crash safety, locking, destroy.
 * Steps run in order on one lab (booting VMs is the slow part); the lab is
 * destroyed at the end even when a step fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { cleanUp, labQemus, makeLab, readUntil, requireQemu, type TestLab } from './harness.js';
import { guestIface, pingEveryLink, sh } from './traffic.js';

// Booting VMs under TCG takes tens of seconds per step.
jest.setTimeout(400_000);

let lab: TestLab;
let originalProfiles: Record<string, string>;
const NODES = ['leaf1', 'leaf2', 'spine1'];
const planJson = async () => JSON.parse((await lab.run(['plan', '-S', lab.specs, '--json'])).stdout);
const pids = () => Object.fromEntries(Object.entries<any>(lab.state().nodes).map(([n, r]) => [n, r.pid]));
/** No such process, or only a zombie waiting for a parent (daemonized QEMUs belong to init) to reap it. */
const gone = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.startsWith('Z');
  } catch {
    return true;
  }
};
const apply = (extra: string[] = []) => lab.run(['apply', '-S', lab.specs, '--yes', ...extra]);

beforeAll(() => {
  requireQemu();
  lab = makeLab('demo', 'e2e-main', { link: 46100, console: 46200, ssh: 46300 });
  originalProfiles = Object.fromEntries(NODES.map((n) => [n, lab.profileText(n)]));
});

afterAll(async () => {
  if (lab) await cleanUp(lab);
});

test('apply brings up the 3-node lab (stride-4 + sequential platforms, a wiring gap)', async () => {
  const plan = await planJson();
  expect(plan.nodes.spine1.nics.map((n: any) => n.kind)).toEqual(['mgmt', 'link', 'filler', 'link']);
  const r = await apply();
  expect(r.stderr).toContain('Apply complete');
  expect(r.code).toBe(0);
  expect(labQemus(lab)).toEqual(Object.values(pids()).sort((a: any, b: any) => a - b));
});

test('vmlab ssh runs commands on every node and returns their exit code', async () => {
  for (const node of NODES) expect((await sh(lab, node, 'hostname')).trim()).toBe(node);
  expect((await lab.run(['ssh', 'leaf1', '--lab', lab.name, '--', 'exit 7'])).code).toBe(7);
});

test("each guest's NICs have the MACs and order of plan --json", async () => {
  const plan = await planJson();
  for (const node of NODES) {
    const nics = plan.nodes[node].nics as { index: number; mac: string }[];
    const script = nics.map((n) => `cat /sys/class/net/${guestIface(n as any)}/address`).join('; ');
    expect((await sh(lab, node, script)).trim().split('\n')).toEqual(nics.map((n) => n.mac));
  }
});

test('traffic flows across every link', async () => {
  expect(await pingEveryLink(lab, await planJson())).toHaveLength(3);
});

test('the console port shows a login prompt', async () => {
  const port = lab.state().nodes.leaf2.console_port;
  expect(await readUntil(port, /login:/, 20_000)).toMatch(/leaf2 login:/);
});

test('vmlab console attaches to the serial console (the prompt shows), and Ctrl-] leaves it', async () => {
  const child = lab.spawn(['console', 'leaf2', '--lab', lab.name], { stdin: 'pipe' });
  let seen = '';
  child.stdout!.on('data', (d: Buffer) => (seen += d.toString()));
  for (const deadline = Date.now() + 20_000; !/leaf2 login:/.test(seen) && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 200));
  child.stdin!.write('\x1d');
  // Ctrl-] must end the command at once: a console that hangs fails here, not at jest's timeout.
  const hung = setTimeout(() => child.kill('SIGKILL'), 15_000);
  const r = await child;
  clearTimeout(hung);
  expect(seen).toMatch(/leaf2 login:/);
  expect({ code: r.exitCode, closed: String(r.stderr).includes('Console closed.') }).toEqual({ code: 0, closed: true });
});

test('profiles hold the right ports; nothing else in them changed', async () => {
  const state = lab.state();
  for (const node of NODES) {
    const before = JSON.parse(originalProfiles[node]!);
    const after = JSON.parse(lab.profileText(node));
    expect(after).toEqual({ ...before, mgmt_ip: '127.0.0.1', ssh_port: state.nodes[node].ssh_port, console_port: state.nodes[node].console_port });
    expect(Object.keys(after).slice(0, Object.keys(before).length)).toEqual(Object.keys(before));
  }
});

test('plan --detailed-exitcode exits 0 right after apply, and a second apply does nothing', async () => {
  expect((await lab.run(['plan', '-S', lab.specs, '--detailed-exitcode'])).code).toBe(0);
  const before = { pids: pids(), serial: lab.state().serial };
  const r = await apply();
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('no changes');
  expect({ pids: pids(), serial: lab.state().serial }).toEqual(before);
});

test('kill -9 of a listener: plan touches it alone and says why; apply heals it; its peers keep their QEMUs', async () => {
  const before = pids();
  process.kill(before.leaf1!, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 500));
  const plan = await planJson();
  // leaf1 listens for spine1 and leaf2 (name order): on stream links they reconnect by themselves.
  // With the reasons of any action beyond leaf1's, so that a failure says why a peer would restart.
  expect(
    plan.actions.filter((a: any) => a.action !== 'patch-profile').map((a: any) => (a.node === 'leaf1' ? a.id : `${a.id}: ${JSON.stringify(a.reasons)}`)),
  ).toEqual(['start:leaf1']);
  expect(plan.actions[0].reasons.map(({ message: _m, ...r }: any) => r)).toEqual([
    { code: 'process-exited' },
    { code: 'peers-reconnect', listener: 'leaf1', ends: ['leaf2:Ethernet4', 'spine1:Ethernet0'] },
  ]);
  // Healed by a saved plan: apply PLANFILE runs it as saved; once it has run, the same file is stale.
  const planFile = join(lab.specs, '..', 'heal-leaf1.plan.json');
  expect((await lab.run(['plan', '-S', lab.specs, '--out', planFile])).code).toBe(0);
  const applied = await apply([planFile]);
  expect(applied.code).toBe(0);
  expect(applied.stderr).toContain('leaf1: starting QEMU');
  expect({ leaf2: pids().leaf2, spine1: pids().spine1 }).toEqual({ leaf2: before.leaf2, spine1: before.spine1 });
  const again = await apply([planFile]);
  expect(again.code).toBe(4);
  expect(again.stderr).toContain('is stale');
  expect((await lab.run(['plan', '-S', lab.specs, '--detailed-exitcode'])).code).toBe(0);
  expect(await pingEveryLink(lab, await planJson())).toHaveLength(3);
});

test('a node removed from the specs is destroyed alone; its peers unplug the link live', async () => {
  const full = lab.topology();
  const before = pids();
  const t = structuredClone(full);
  delete t.devices.leaf2;
  delete t.devices.spine1.interfaces.Ethernet8;
  delete t.devices.leaf1.interfaces.Ethernet1;
  t.links = t.links.slice(0, 1); // leaf2's links are the last two
  lab.writeTopology(t);
  try {
    await removedAlone(before);
  } finally {
    lab.writeTopology(full);
  }
  const back = await planJson();
  expect(
    back.actions
      .filter((a: any) => a.action !== 'patch-profile')
      .map((a: any) => `${a.action}:${a.node}`)
      .sort(),
  ).toEqual(['create:leaf2', 'replace:leaf1', 'replace:spine1']);
  expect((await apply()).code).toBe(0);
  expect(await pingEveryLink(lab, await planJson())).toHaveLength(3);
});

async function removedAlone(before: Record<string, number>): Promise<void> {
  const plan = await planJson();
  expect(plan.actions.filter((a: any) => a.action !== 'patch-profile').map((a: any) => a.id)).toEqual(['destroy:leaf2', 'update:leaf1', 'update:spine1']);
  expect((await apply()).code).toBe(0);
  const after = pids();
  expect(Object.keys(after).sort()).toEqual(['leaf1', 'spine1']);
  expect([after.leaf1, after.spine1]).toEqual([before.leaf1, before.spine1]);
  // spine1 moved to leaf2's old SSH port, live.
  expect((await sh(lab, 'spine1', 'hostname')).trim()).toBe('spine1');
  expect(lab.state().nodes.spine1.ssh_port).toBe(46301);
  expect(await pingEveryLink(lab, await planJson())).toHaveLength(1);
}

test('kill -9 of vmlab apply halfway: the next apply converges and nothing leaks', async () => {
  expect((await lab.run(['destroy', '--lab', lab.name])).code).toBe(0);
  const child = lab.spawn(['apply', '-S', lab.specs, '--yes']);
  let seen = '';
  await new Promise<void>((resolve) => {
    child.stderr!.on('data', (d: Buffer) => {
      seen += d.toString();
      if (/booting \(pid/.test(seen)) resolve();
    });
  });
  child.kill('SIGKILL');
  await child;
  const r = await apply();
  expect(r.code).toBe(0);
  expect((await lab.run(['plan', '-S', lab.specs, '--detailed-exitcode'])).code).toBe(0);
  expect(labQemus(lab)).toEqual(Object.values(pids()).sort((a: any, b: any) => a - b));
});

test('two concurrent applies: one waits or exits 4 naming the holder; the lab is not corrupted', async () => {
  expect((await lab.run(['destroy', '--lab', lab.name])).code).toBe(0);
  const [a, b] = await Promise.all([
    lab.spawn(['apply', '-S', lab.specs, '--yes', '--lock-wait', '2']),
    lab.spawn(['apply', '-S', lab.specs, '--yes', '--lock-wait', '2']),
  ]);
  const codes = [a.exitCode, b.exitCode].sort();
  expect(codes).toEqual([0, 4]);
  const loser = a.exitCode === 4 ? a : b;
  expect(String(loser.stderr)).toMatch(/locked by pid \d+/);
  expect((await lab.run(['plan', '-S', lab.specs, '--detailed-exitcode'])).code).toBe(0);
  expect(labQemus(lab)).toHaveLength(3);
});

test('destroy: no QEMU of the lab left, no lab directory, profiles byte-identical to before', async () => {
  const running = labQemus(lab);
  expect(running).toHaveLength(3);
  const r = await lab.run(['destroy', '--lab', lab.name]);
  expect(r.code).toBe(0);
  expect(labQemus(lab)).toEqual([]);
  for (const pid of running) expect(gone(pid)).toBe(true);
  expect(() => readFileSync(`${lab.labDir}/state.json`)).toThrow();
  for (const node of NODES) expect(lab.profileText(node)).toBe(originalProfiles[node]);
});
