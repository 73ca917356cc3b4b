import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';

// The plan warns about nodes wanting more memory or CPUs than this machine has. Pretend to
// be a big machine, so that the expected plans hold on any machine, and a small one where wanted.
const realOs = await import('node:os');
const machine = { memoryMb: 65536, cpus: 64 };
const facts = { totalmem: () => machine.memoryMb * 2 ** 20, availableParallelism: () => machine.cpus };
jest.unstable_mockModule('node:os', () => ({ ...realOs, ...facts, default: { ...realOs.default, ...facts } }));
const { FIXTURES, runCli, tmpDir } = await import('../helpers/cli.js');
const { checkPlan } = await import('../helpers/plan.js');

const spineLeaf = join(FIXTURES, 'labs', 'spine-leaf');
const normalise = (json: string) => json.split(FIXTURES).join('${FIXTURES}');
// The expected plans hold whatever QEMU this machine has: planned as with none (socket links, QEMU 7.2's kind).
const noQemu = { VMLAB_QEMU: '/nonexistent/qemu-system-x86_64' };

describe('vmlab plan', () => {
  test('spine-leaf --json matches the reviewed expected plan, byte for byte, on every run', async () => {
    const first = await runCli(['plan', '-S', spineLeaf, '--json'], noQemu);
    const second = await runCli(['plan', '-S', spineLeaf, '--json'], noQemu);
    expect(first.code).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    // the contract: it matches the plan's JSON Schema (shipped as schemas/plan.schema.json)
    checkPlan(JSON.parse(first.stdout));
    expect(normalise(first.stdout)).toBe(readFileSync(join(FIXTURES, 'expected', 'spine-leaf.plan.json'), 'utf8'));
  });

  test('text output: Terraform-style markers, reasons, summary line', async () => {
    const run = await runCli(['plan', '-S', spineLeaf], noQemu);
    expect(run.stdout).toContain('\nQEMU not found here; links: socket, not reconnecting');
    // spine-leaf's platform is SONiC (dataplane "vs"): the built-in console bootstrap is announced, not magic
    const bootstrap = '      then the built-in SONiC console bootstrap (dataplane "vs"): log in as admin, dhclient eth0 if it has no address, log out\n';
    expect(run.stdout).toContain(`  + create leaf1\n      not deployed\n${bootstrap}`);
    // a socket connector waits until its listeners' QEMUs have started, not until they are up
    expect(run.stdout).toContain(`  + create spine1\n      not deployed\n${bootstrap}      (after create:leaf1 has started, create:leaf2 has started)\n`);
    expect(run.stdout).toContain(
      '  ~ patch-profile spine2\n      mgmt_ip: "PLACEHOLDER" → "127.0.0.1"\n      ssh_port: (none) → 41003\n      console_port: (none) → 31003\n      (after create:spine2)\n',
    );
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
    expect(saved.format_version).toBe(3);
    expect(saved.plan).toEqual(JSON.parse(run.stdout));
    checkPlan(saved.plan);
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

/** A copy of the two-node lab to change, its image path made absolute. */
function twoNodeCopy(): string {
  const dir = join(tmpDir('vmlab-specs-'), 'two-node');
  cpSync(join(FIXTURES, 'labs', 'two-node'), dir, { recursive: true });
  const platforms = join(dir, 'platforms.json');
  writeFileSync(platforms, readFileSync(platforms, 'utf8').replace('../../images/', `${FIXTURES}/images/`));
  return dir;
}

describe('vmlab plan: warnings', () => {
  const copy = twoNodeCopy;

  test('nodes wanting more memory or CPUs than this machine has are warned about; the plan still goes ahead', async () => {
    Object.assign(machine, { memoryMb: 200, cpus: 1 });
    const dir = copy();
    writeFileSync(join(dir, 'profiles', 'sw2.json'), '{ "vm_cpus": 2 }\n');
    try {
      const run = await runCli(['plan', '-S', dir, '--json']);
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).warnings).toEqual([
        'sw1: vm_memory 256 MiB is more than this machine\'s 200 MiB of RAM; QEMU may fail to start it ("cannot set up guest memory")',
        "sw2: vm_cpus 2 is more than this machine's 1 CPU; its vCPUs will take turns on it (slow, but it runs)",
        'sw2: vm_memory 256 MiB is more than this machine\'s 200 MiB of RAM; QEMU may fail to start it ("cannot set up guest memory")',
      ]);
      expect((await runCli(['plan', '-S', dir])).stdout).toContain('\nNote: sw2: vm_cpus 2 is more than');
    } finally {
      Object.assign(machine, { memoryMb: 65536, cpus: 64 });
    }
  });

  test("in a lab across hosts only this host's nodes are measured against this machine", async () => {
    Object.assign(machine, { memoryMb: 200, cpus: 1 });
    try {
      const multi = join(FIXTURES, 'labs', 'multi-host');
      const onB = JSON.parse((await runCli(['plan', '-S', multi, '--host', 'server-b', '--json'])).stdout);
      expect(onB.warnings.filter((w: string) => w.includes('this machine'))).toEqual([
        'leaf1: vm_memory 256 MiB is more than this machine\'s 200 MiB of RAM; QEMU may fail to start it ("cannot set up guest memory")',
      ]);
      const whole = JSON.parse((await runCli(['plan', '-S', multi, '--json'])).stdout); // this machine is neither host
      expect(whole.warnings.filter((w: string) => w.includes('this machine'))).toEqual([]);
    } finally {
      Object.assign(machine, { memoryMb: 65536, cpus: 64 });
    }
  });

  test('a profile for a device the topology does not have is a warning', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'profiles', 'sw3.json'), '{ "platform": "switch" }\n');
    const run = await runCli(['plan', '-S', dir, '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).warnings).toEqual(['profiles/sw3.json is for device "sw3", which topology.json does not define; vmlab ignores it']);
  });
});

describe('vmlab plan: spec files', () => {
  test('a UTF-8 byte-order mark at the start of a spec file is fine', async () => {
    const dir = twoNodeCopy();
    for (const file of ['topology.json', 'platforms.json', 'profiles/sw1.json']) {
      writeFileSync(join(dir, file), `\uFEFF${readFileSync(join(dir, file), 'utf8')}`);
    }
    const run = await runCli(['plan', '-S', dir, '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(Object.keys(JSON.parse(run.stdout).nodes)).toEqual(['sw1', 'sw2']);
  });

  test("plan --json says where each node's console listens: 127.0.0.1, also across hosts", async () => {
    const multi = JSON.parse((await runCli(['plan', '-S', join(FIXTURES, 'labs', 'multi-host'), '--json'])).stdout);
    expect(Object.values(multi.nodes).map((n) => [(n as { bind_address: string }).bind_address, (n as { console_bind: string }).console_bind])).toEqual([
      ['10.99.0.2', '127.0.0.1'], // leaf1 on server-b
      ['10.99.0.1', '127.0.0.1'],
      ['10.99.0.1', '127.0.0.1'],
    ]);
  });
});

describe('vmlab validate', () => {
  test.each(['spine-leaf', 'two-node', 'mixed', 'multi-host', 'sonic-bootstrap'])('%s is valid', async (lab) => {
    const run = await runCli(['validate', '-S', join(FIXTURES, 'labs', lab), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ valid: true, issues: [] });
  });
});

test('validate says the warnings too (a profile for a device that is not in the topology)', async () => {
  // Laid out as in fixtures/ so that the platform's relative image path still finds fixtures/images.
  const root = tmpDir('vmlab-validate-');
  const specs = join(root, 'labs', 'two-node');
  cpSync(join(FIXTURES, 'labs', 'two-node'), specs, { recursive: true });
  cpSync(join(FIXTURES, 'images'), join(root, 'images'), { recursive: true });
  writeFileSync(join(specs, 'profiles', 'sw9.json'), '{}\n');
  const text = await runCli(['validate', '-S', specs]);
  expect(text.stderr).toContain('warning: profiles/sw9.json is for device "sw9", which topology.json does not define; vmlab ignores it');
  const json = await runCli(['validate', '-S', specs, '--json']);
  expect(JSON.parse(json.stdout).warnings).toContain('profiles/sw9.json is for device "sw9", which topology.json does not define; vmlab ignores it');
});
