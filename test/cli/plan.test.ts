import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli, tmpDir } from '../helpers/cli.js';

const spineLeaf = join(FIXTURES, 'labs', 'spine-leaf');
const normalise = (json: string) => json.split(FIXTURES).join('${FIXTURES}');

describe('vmlab plan', () => {
  test('spine-leaf --json matches the reviewed expected plan, byte for byte, on every run', async () => {
    const first = await runCli(['plan', '-S', spineLeaf, '--json']);
    const second = await runCli(['plan', '-S', spineLeaf, '--json']);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(normalise(first.stdout)).toBe(readFileSync(join(FIXTURES, 'expected', 'spine-leaf.plan.json'), 'utf8'));
  });

  test('text output: Terraform-style markers, reasons, summary line', async () => {
    const run = await runCli(['plan', '-S', spineLeaf]);
    expect(run.stdout).toContain('  + create leaf1\n      not deployed\n');
    expect(run.stdout).toContain('  + create spine1\n      not deployed\n      (after create:leaf1, create:leaf2)\n');
    expect(run.stdout).toContain('  ~ patch-profile spine2\n      mgmt_ip: "PLACEHOLDER" → "127.0.0.1"\n');
    expect(run.stdout).toMatch(/\nPlan: 4 to create, 4 profiles to patch\.\n$/);
  });

  test('--detailed-exitcode exits 2 when there are changes', async () => {
    expect((await runCli(['plan', '-S', spineLeaf, '--detailed-exitcode'])).code).toBe(2);
  });

  test('--out saves the plan with what it was based on', async () => {
    const out = join(tmpDir('vmlab-plan-'), 'plan.json');
    const run = await runCli(['plan', '-S', spineLeaf, '--out', out, '--json']);
    const saved = JSON.parse(readFileSync(out, 'utf8'));
    expect(saved.plan).toEqual(JSON.parse(run.stdout));
    expect(saved.based_on).toMatchObject({ spec_dir: spineLeaf, lineage: null, serial: null });
    expect(saved.based_on.desired_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  test('--host shows that host only and rejects an unknown host with exit 3', async () => {
    const multi = join(FIXTURES, 'labs', 'multi-host');
    const onB = JSON.parse((await runCli(['plan', '-S', multi, '--host', 'server-b', '--json'])).stdout);
    expect(onB.host).toBe('server-b');
    expect(onB.actions.map((a: { id: string }) => a.id)).toEqual(['create:leaf1', 'patch-profile:leaf1']);
    expect(Object.keys(onB.nodes)).toEqual(['leaf1', 'leaf2', 'spine1']);
    const bad = await runCli(['plan', '-S', multi, '--host', 'server-z']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('--host server-z: not in vmlab.hosts of topology.json (server-a, server-b)');
  });

  test('no -S and no VMLAB_SPECS is a usage error (exit 3)', async () => {
    const run = await runCli(['plan']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('no spec directory: pass -S DIR or set VMLAB_SPECS');
  });

  test('VMLAB_SPECS supplies the spec directory', async () => {
    const run = await runCli(['plan', '--json'], { VMLAB_SPECS: spineLeaf });
    expect(JSON.parse(run.stdout).lab).toBe('spine-leaf');
  });
});

describe('vmlab validate', () => {
  test.each(['spine-leaf', 'two-node', 'mixed', 'multi-host'])('%s is valid', async (lab) => {
    const run = await runCli(['validate', '-S', join(FIXTURES, 'labs', lab), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: true, issues: [] });
  });
});
