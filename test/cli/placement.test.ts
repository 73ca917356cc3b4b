import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeState } from '../../src/state/state-file.js';
import { FIXTURES, runCli, tmpDir } from '../helpers/cli.js';
import { fakeDeployment } from '../helpers/deployed.js';

// fixtures/labs/placed: spine1 sent to server-b (3 slots); the four leaves placed on server-a (2 slots, 4 vCPUs, 2048 MiB) and server-b.
const placed = join(FIXTURES, 'labs', 'placed');
const noQemu = { VMLAB_QEMU: '/nonexistent/qemu-system-x86_64' };

async function planJson(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = await runCli(['plan', '--json', ...args], { ...noQemu, ...env });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as { nodes: Record<string, { host: string; placement: { host: string; reason: string; kept: boolean } | null }> };
}

const hostsOf = (plan: Awaited<ReturnType<typeof planJson>>) => Object.fromEntries(Object.entries(plan.nodes).map(([n, v]) => [n, v.host]));

describe('vmlab plan on a lab vmlab places', () => {
  test('--json says where each placed node goes and why; a node sent by vm_host has no placement', async () => {
    const plan = await planJson(['-S', placed]);
    // server-b's 3 slots less spine1 leave 2, like server-a: ties go by name, so the leaves alternate.
    expect(hostsOf(plan)).toEqual({ leaf1: 'server-a', leaf2: 'server-b', leaf3: 'server-a', leaf4: 'server-b', spine1: 'server-b' });
    expect(plan.nodes.spine1!.placement).toBeNull();
    expect(plan.nodes.leaf1!.placement).toEqual({ host: 'server-a', reason: 'placed on server-a: most free capacity (0 of 2 slots used)', kept: false });
    expect(plan.nodes.leaf2!.placement!.reason).toBe('placed on server-b: most free capacity (1 of 3 slots used)');
  });

  test('the text plan shows the placement under each create', async () => {
    const run = await runCli(['plan', '-S', placed], noQemu);
    expect(run.stdout).toContain('  + create leaf3 (on server-a)\n      placed on server-a: most free capacity (1 of 2 slots used)\n      not deployed\n');
    expect(run.stdout).toMatch(/ {2}\+ create spine1 \(on server-b\)\n {6}not deployed\n/);
    // Once per node: not again under its profile's patch.
    expect(run.stdout).toContain('  ~ patch-profile leaf3 (on server-a)\n      profiles/leaf3.json does not exist');
  });

  test('--placement FILE keeps the nodes it names where it says, while they fit', async () => {
    const file = join(tmpDir('vmlab-placement-'), 'placement.json');
    writeFileSync(file, JSON.stringify({ leaf4: 'server-a', leaf3: 'server-a', gone: 'server-b', spine1: 'server-a' }));
    const plan = await planJson(['-S', placed, '--placement', file]);
    // leaf3 and leaf4 fill server-a; leaf1 and leaf2 go to server-b; spine1 stays where vm_host sends it.
    expect(hostsOf(plan)).toEqual({ leaf1: 'server-b', leaf2: 'server-b', leaf3: 'server-a', leaf4: 'server-a', spine1: 'server-b' });
    expect(plan.nodes.leaf4!.placement).toEqual({ host: 'server-a', reason: 'kept on server-a (placed there before)', kept: true });
    expect(plan.nodes.leaf1!.placement!.kept).toBe(false);
  });

  test.each([
    ['not JSON', '{"leaf1": ', 'malformed JSON'],
    ['not an object', '["leaf1"]', 'a placement is a JSON object of node → host'],
    ['a host that is no string', '{"leaf1": 3}', '/leaf1: 3 is not valid; must be the name of a host in vmlab.hosts'],
  ])('a bad --placement file (%s) is exit 3, nothing planned', async (_what, text, message) => {
    const file = join(tmpDir('vmlab-placement-'), 'placement.json');
    writeFileSync(file, text);
    const run = await runCli(['plan', '-S', placed, '--placement', file, '--json'], noQemu);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(file);
    expect(run.stderr).toContain(message);
  });

  test("without --placement, the hosts in the lab's state are kept: a host applying its share keeps its nodes", async () => {
    const lab = fakeDeployment('labs/placed', 'placed-state');
    // Applied as leaf1, leaf3 on server-a and leaf2, leaf4 on server-b; as if leaf1 had gone to server-b instead.
    expect(Object.fromEntries(Object.entries(lab.state.nodes).map(([n, r]) => [n, r.host]))).toEqual({
      leaf1: 'server-a',
      leaf2: 'server-b',
      leaf3: 'server-a',
      leaf4: 'server-b',
      spine1: 'server-b',
    });
    lab.state.nodes.leaf1!.host = 'server-b';
    writeState(lab.stateFile, lab.state);
    const plan = await planJson(['-S', lab.specs], { VMLAB_HOME: lab.home });
    expect(plan.nodes.leaf1!.placement).toEqual({ host: 'server-b', reason: 'kept on server-b (placed there before)', kept: true });
    // server-b is full with spine1, leaf1 and leaf2 (kept in name order): leaf4 moves, and says why.
    expect(hostsOf(plan)).toEqual({ leaf1: 'server-b', leaf2: 'server-b', leaf3: 'server-a', leaf4: 'server-a', spine1: 'server-b' });
    expect(plan.nodes.leaf4!.placement!.reason).toBe(
      'placed on server-a: most free capacity (1 of 2 slots used); server-b, where it was before, has no room for it now (all 3 slots taken)',
    );
  });
});
