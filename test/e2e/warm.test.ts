/**
 * Warm start on real QEMU: a 4-node ring on a warm platform. The first lab's
 * apply builds one template and starts four clones of it; a second lab in
 * the same vmlab home starts four clones with no build. In both, every
 * guest's MACs and hostname are the plan's, its SSH host keys its own, and
 * every link passes traffic. Snapshots and restore work on clones; destroy
 * leaves the template; `vmlab template rm` refuses while clones use it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { cleanUp, makeLab, requireQemu, type TestLab } from './harness.js';
import { guestIface, pingEveryLink, sh } from './traffic.js';

jest.setTimeout(400_000);

let first: TestLab;
let second: TestLab;

/** The fixture's platform turned warm (vm_warm_start), in a lab's own copy of the specs. */
function warm(lab: TestLab): TestLab {
  const file = join(lab.specs, 'platforms.json');
  const platforms = JSON.parse(readFileSync(file, 'utf8'));
  platforms.platforms['tiny-vs'].vm_warm_start = true;
  writeFileSync(file, JSON.stringify(platforms, null, 2));
  return lab;
}

async function apply(lab: TestLab): Promise<{ plan: any; results: any[] }> {
  const r = await lab.run(['apply', '-S', lab.specs, '--yes', '--json']);
  if (r.code !== 0) throw new Error(`apply of ${lab.name} failed (exit ${r.code}):\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

const builds = (plan: any) => plan.actions.filter((a: any) => a.action === 'build-template');
const clones = (plan: any) => plan.actions.filter((a: any) => a.action === 'create' && a.from_template);

/** Each guest's hostname, and the MAC of every NIC (eth0, eth1, … are NIC 0, 1, … on the tiny image), against the plan. */
async function expectIdentities(lab: TestLab, plan: any): Promise<void> {
  for (const [node, view] of Object.entries<any>(plan.nodes)) {
    const out = await sh(lab, node, 'hostname; for n in /sys/class/net/eth*; do echo "${n##*/} $(cat $n/address)"; done');
    const [hostname, ...macs] = out.trim().split('\n');
    expect({ node, hostname }).toEqual({ node, hostname: node });
    expect(macs.sort()).toEqual(view.nics.map((n: any) => `${guestIface(n)} ${n.mac}`).sort());
  }
}

/** The dropbear host keys of every node: each clone made its own. */
async function hostKeys(lab: TestLab, plan: any): Promise<string[]> {
  const keys: string[] = [];
  for (const node of Object.keys(plan.nodes)) keys.push((await sh(lab, node, 'md5sum /etc/dropbear/dropbear_ed25519_host_key')).split(' ')[0]!);
  return keys;
}

const templateList = async (lab: TestLab) => JSON.parse((await lab.run(['template', 'list', '--json'])).stdout).templates;

beforeAll(() => {
  requireQemu();
  first = warm(makeLab('ring4', 'e2e-warm1', { link: 49000, console: 49100, ssh: 49200 }));
  second = warm(makeLab('ring4', 'e2e-warm2', { link: 49300, console: 49400, ssh: 49450 }, { home: first.home }));
});

afterAll(async () => {
  if (second) await cleanUp(second);
  if (first) await cleanUp(first);
});

test('first lab: one template built, four clones, each with the planned MACs and its own name and host keys; every link passes traffic', async () => {
  const { plan, results } = await apply(first);
  expect(builds(plan)).toHaveLength(1);
  const key = builds(plan)[0].template.key;
  expect(clones(plan).map((a: any) => [a.node, a.from_template.key])).toEqual(['r1', 'r2', 'r3', 'r4'].map((n) => [n, key]));
  expect(results.filter((r: any) => r.status !== 'done')).toEqual([]);
  expect(Object.values<any>(first.state().nodes).map((r) => r.template)).toEqual([key, key, key, key]);
  await expectIdentities(first, plan);
  expect(new Set(await hostKeys(first, plan)).size).toBe(4);
  expect(await pingEveryLink(first, plan)).toHaveLength(4);
  // Applied again: nothing to do (the clones are what the specs want).
  const again = await first.run(['plan', '-S', first.specs, '--detailed-exitcode']);
  expect(again.code).toBe(0);
});

test('snapshot and restore work on clones', async () => {
  await sh(first, 'r1', 'echo before > /tmp/marker');
  expect((await first.run(['snapshot', '--name', 's1', '--lab', first.name])).code).toBe(0);
  await sh(first, 'r1', 'echo after > /tmp/marker');
  const restore = await first.run(['restore', '--name', 's1', '--lab', first.name]);
  expect(restore.code).toBe(0);
  expect((await sh(first, 'r1', 'cat /tmp/marker; hostname')).trim()).toBe('before\nr1');
});

test('destroy removes the clones, never the template', async () => {
  const [template] = await templateList(first);
  expect(template.used_by).toEqual(['e2e-warm1/r1', 'e2e-warm1/r2', 'e2e-warm1/r3', 'e2e-warm1/r4']);
  expect((await first.run(['destroy', '--lab', first.name, '--force'])).code).toBe(0);
  expect((await templateList(first)).map((t: any) => [t.key, t.used_by])).toEqual([[template.key, []]]);
});

test('second lab in the same home: four clones, no template build; identities and traffic as in the first', async () => {
  const { plan, results } = await apply(second);
  expect(builds(plan)).toEqual([]);
  expect(clones(plan)).toHaveLength(4);
  expect(results.filter((r: any) => r.status !== 'done')).toEqual([]);
  await expectIdentities(second, plan);
  expect(await pingEveryLink(second, plan)).toHaveLength(4);
});

test('template rm refuses while clones stand on the template, and removes it once they are gone', async () => {
  const [template] = await templateList(second);
  const refused = await second.run(['template', 'rm', template.key]);
  expect(refused.code).toBe(4);
  expect(refused.stderr).toContain('e2e-warm2/r1');
  expect((await second.run(['destroy', '--lab', second.name, '--force'])).code).toBe(0);
  expect((await second.run(['template', 'rm', template.key])).code).toBe(0);
  expect(await templateList(second)).toEqual([]);
});
