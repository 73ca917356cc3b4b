/**
 * Self-healing links on real QEMU: a ring of four tiny switches on stream
 * links. One node's fault stays with that node: its peers keep their QEMUs
 * and their links come back by themselves. Steps run in order on one lab;
 * it is destroyed at the end even when a step fails.
 */
import { readFileSync } from 'node:fs';
import { jest } from '@jest/globals';
import { cleanUp, labQemus, makeLab, requireQemu, type TestLab } from './harness.js';
import { pingEveryLink } from './traffic.js';

jest.setTimeout(400_000);

let lab: TestLab;
const NODES = ['r1', 'r2', 'r3', 'r4'];
const planJson = async () => JSON.parse((await lab.run(['plan', '-S', lab.specs, '--json'])).stdout);
const pids = (): Record<string, number> => Object.fromEntries(Object.entries<any>(lab.state().nodes).map(([n, r]) => [n, r.pid]));
const apply = () => lab.run(['apply', '-S', lab.specs, '--yes']);
const except = (all: Record<string, number>, node: string) => Object.fromEntries(Object.entries(all).filter(([n]) => n !== node));
/** Lifecycle actions of a plan, "kind node". */
const touched = (plan: any) =>
  plan.actions
    .filter((a: any) => a.action !== 'patch-profile')
    .map((a: any) => (a.node === plan.actions[0].node ? `${a.action} ${a.node}` : `${a.action} ${a.node}: ${a.reasons.map((r: any) => r.code).join('; ')}`));
/** Kills a node's QEMU and waits until it is gone (daemonized QEMUs are reaped by init). */
async function killNode(node: string): Promise<void> {
  const pid = lab.state().nodes[node].pid;
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 50; i++) {
    try {
      if (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.startsWith('Z')) return;
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(() => {
  requireQemu();
  lab = makeLab('ring4', 'e2e-heal', { link: 47300, console: 47330, ssh: 47360 });
});

afterAll(async () => {
  if (lab) await cleanUp(lab);
});

test('the QEMU that setup installs builds stream links that reconnect, and says so', async () => {
  const plan = await planJson();
  expect(plan.qemu.links).toBe('stream');
  const connector = plan.nodes.r2.nics.find((n: any) => n.link?.mode === 'connect');
  expect(connector.link).toMatchObject({ backend: 'stream', reconnect_ms: 1000 });
  // No start order: no node waits for another.
  for (const a of plan.actions.filter((x: any) => x.action === 'create')) expect(a.depends_on).toEqual([]);
  expect((await lab.run(['plan', '-S', lab.specs])).stdout).toMatch(/^QEMU \d+\.\d+\.\d+; links: stream, reconnecting/m);
});

test('apply brings up the ring; traffic passes on all four links', async () => {
  const r = await apply();
  expect(r.code).toBe(0);
  expect(labQemus(lab)).toEqual(Object.values(pids()).sort((a, b) => a - b));
  expect(await pingEveryLink(lab, await planJson())).toHaveLength(4);
});

test('kill -9 of r1, listener on both its links: the plan touches r1 alone; apply heals it; the others keep their QEMUs', async () => {
  const before = pids();
  await killNode('r1');
  const plan = await planJson();
  expect(touched(plan)).toEqual(['start r1']);
  expect(plan.actions.every((a: any) => a.node === 'r1')).toBe(true);
  expect(plan.actions[0].reasons.map(({ message: _m, ...r }: any) => r)).toEqual([
    { code: 'process-exited' },
    { code: 'peers-reconnect', listener: 'r1', ends: ['r2:Ethernet4', 'r4:Ethernet0'] },
  ]);
  expect((await apply()).code).toBe(0);
  expect(except(pids(), 'r1')).toEqual(except(before, 'r1'));
  expect(pids().r1).not.toBe(before.r1);
  expect((await lab.run(['plan', '-S', lab.specs, '--detailed-exitcode'])).code).toBe(0);
  expect(await pingEveryLink(lab, await planJson())).toHaveLength(4);
});

test("a connector whose QEMU starts before its listener's: the link works once the listener runs", async () => {
  const before = pids();
  // r1 listens for r2; with r1 stopped, r2 is killed and started again: its QEMU runs before its listener's.
  const stop = await lab.run(['stop', 'r1', '-S', lab.specs, '--yes']);
  expect(stop.code).toBe(0);
  await killNode('r2');
  const plan = await planJson();
  expect(touched(plan)).toEqual(['start r2']);
  expect((await apply()).code).toBe(0);
  const start = await lab.run(['start', 'r1', '-S', lab.specs, '--yes']);
  expect(start.code).toBe(0);
  const after = pids();
  expect({ r3: after.r3, r4: after.r4 }).toEqual({ r3: before.r3, r4: before.r4 });
  expect((await lab.run(['plan', '-S', lab.specs, '--detailed-exitcode'])).code).toBe(0);
  expect(await pingEveryLink(lab, await planJson())).toHaveLength(4);
  expect(labQemus(lab)).toHaveLength(NODES.length);
});
