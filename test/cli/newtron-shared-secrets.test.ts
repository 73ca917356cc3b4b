// Issue 18: newtron's real labs with several test hosts, each host's profile naming its own secret
// (${secret:host1_ssh_pass}, …) and secrets.json giving them all one value, in both layouts
// (fixtures/newtron/shared-secrets). They validate and plan; hosts whose values really differ plan too,
// and the plan says how vmlab logs in to the VM they share. No secret value is ever printed.
import { chmodSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';

// The fixtures' images (~/.newtlab/images/…) must be missing on every machine, and the machine big.
const realOs = await import('node:os');
const fakeHome = (await import('node:fs')).mkdtempSync(join(realOs.tmpdir(), 'vmlab-home-user-'));
const facts = { homedir: () => fakeHome, totalmem: () => 65536 * 2 ** 20, availableParallelism: () => 64 };
jest.unstable_mockModule('node:os', () => ({ ...realOs, ...facts, default: { ...realOs.default, ...facts } }));
const { FIXTURES, runCli, tmpDir } = await import('../helpers/cli.js');

/** A copy of the fixture tree; git keeps no modes, so the secrets files are made 0600 here. */
function copy(): { net: string; legacy: string } {
  const root = join(tmpDir('vmlab-shared-secrets-'), 'repo');
  cpSync(join(FIXTURES, 'newtron', 'shared-secrets'), root, { recursive: true });
  const net = join(root, 'networks', '1sw-3hosts');
  const legacy = join(root, 'legacy', '2sw-4hosts', 'specs');
  for (const dir of [net, legacy]) chmodSync(join(dir, 'secrets.json'), 0o600);
  return { net, legacy };
}
const values = (dir: string) => [...new Set(Object.values<string>(JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8'))))];
function setSecret(dir: string, key: string, value: string): void {
  const file = join(dir, 'secrets.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), [key]: value }, null, 2));
}

/** Every output a user or a file can see: validate, plan text, plan --json, plan --out, verbose plan. */
async function outputs(dir: string): Promise<{ codes: number[]; text: string; plan: any; planText: string }> {
  const home = join(tmpDir('vmlab-shared-secrets-home-'), 'home');
  const out = join(tmpDir('vmlab-shared-secrets-out-'), 'plan.json');
  const runs = [
    await runCli(['validate', '-S', dir], { VMLAB_HOME: home }),
    await runCli(['validate', '-S', dir, '--json'], { VMLAB_HOME: home }),
    await runCli(['plan', '-S', dir], { VMLAB_HOME: home }),
    await runCli(['plan', '-S', dir, '--json', '--out', out], { VMLAB_HOME: home }),
    await runCli(['plan', '-S', dir, '-v'], { VMLAB_HOME: home }),
  ];
  const saved = readFileSync(out, 'utf8');
  return {
    codes: runs.map((r) => r.code),
    text: [...runs.flatMap((r) => [r.stdout, r.stderr]), saved].join('\n'),
    plan: JSON.parse(runs[3]!.stdout),
    planText: runs[2]!.stdout,
  };
}

describe.each([
  ['a network directory (newtron today)', 'net', '1sw-3hosts', ['host1', 'host2', 'host3']],
  ["a specs directory (newtron's June layout)", 'legacy', '2sw-4hosts', ['host1', 'host2', 'host3', 'host4']],
] as const)('%s: hosts naming their own secrets, of one value', (_what, layout, name, hosts) => {
  test('validates and plans: the hosts share one VM, which logs in as host1', async () => {
    const dir = copy()[layout];
    const { codes, plan, planText } = await outputs(dir);
    expect(codes).toEqual([0, 0, 0, 0, 0]);
    expect(plan.lab).toBe(name);
    expect(plan.nodes.hostvm.test_hosts.map((h: { name: string }) => h.name)).toEqual(hosts);
    expect(plan.nodes.hostvm.test_host_login).toEqual({ host: 'host1', differing: [] });
    expect(plan.warnings.filter((w: string) => /differs/.test(w))).toEqual([]);
    expect(planText).toContain(`test hosts in hostvm: ${hosts.join(', ')}\n`);
  });

  test('no secret value appears in any output', async () => {
    const dir = copy()[layout];
    const { text } = await outputs(dir);
    for (const value of values(dir)) expect(text).not.toContain(value);
  });

  test('a host whose secret really differs: planned, the plan says vmlab logs in as host1, no value shown', async () => {
    const dir = copy()[layout];
    setSecret(dir, 'host2_ssh_pass', 'Really-Another-Pass-5d1e');
    const { codes, plan, planText, text } = await outputs(dir);
    expect(codes).toEqual([0, 0, 0, 0, 0]);
    expect(plan.nodes.hostvm.test_host_login).toEqual({ host: 'host1', differing: ['host2'] });
    expect(planText).toContain(`test hosts in hostvm: ${hosts.join(', ')} (vmlab logs in as host1; host2's login differs)`);
    expect(planText).toMatch(/Note: test host host2 shares the VM hostvm with host1 but its password differs/);
    for (const value of [...values(dir), 'Really-Another-Pass-5d1e']) expect(text).not.toContain(value);
  });
});
