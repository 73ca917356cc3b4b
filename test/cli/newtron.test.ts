// Issue 9: the spec directories newtron ships, read as they are (fixtures/newtron, written in
// newtron's two layouts): NIC placement from a platform's ports[], port bases from the newtlab
// section, lab names, platforms found or named, warnings for probably-wrong specs, and a preview
// (validate, plan) without the images, which apply refuses.
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';

// `~/.newtlab/images/…` in the fixtures must be missing on every machine: a home of our own.
// (A big machine too, so that no warning about memory depends on where the tests run.)
const realOs = await import('node:os');
const fakeHome = mkdtempSync(join(realOs.tmpdir(), 'vmlab-home-user-'));
const facts = { homedir: () => fakeHome, totalmem: () => 65536 * 2 ** 20, availableParallelism: () => 64 };
jest.unstable_mockModule('node:os', () => ({ ...realOs, ...facts, default: { ...realOs.default, ...facts } }));
const { FIXTURES, runCli, tmpDir } = await import('../helpers/cli.js');

const NEWTRON = join(FIXTURES, 'newtron');

/** A copy of fixtures/newtron (so that platforms/ is still found above the network), secrets.json at 0600. */
function newtronCopy(): { root: string; net: string; legacy: string } {
  const root = join(tmpDir('vmlab-newtron-'), 'repo');
  cpSync(NEWTRON, root, { recursive: true });
  const net = join(root, 'networks', '2sw');
  chmodSync(join(net, 'secrets.json'), 0o600);
  return { root, net, legacy: join(root, 'legacy', '2node-vs', 'specs') };
}

const editJson = (file: string, edit: (value: any) => void) => {
  const value = JSON.parse(readFileSync(file, 'utf8'));
  edit(value);
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
};

const planJson = async (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const run = await runCli(['plan', ...args, '--json'], env);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
};

const nics = (node: { nics: { index: number; kind: string; interface?: string }[] }) =>
  node.nics.map((n) => `${n.index}:${n.kind}${n.interface ? `:${n.interface}` : ''}`);

const MISSING_IMAGE = `image ${fakeHome}/.newtlab/images/sonic-vs.qcow2 does not exist`;

describe("newtron's network directory (topology.json with nodes, nodes/, a shared platforms/)", () => {
  test('is read as it is: lab named after its directory, ports from newtlab, NICs from ports[], profiles in nodes/', async () => {
    const { net } = newtronCopy();
    const plan = await planJson(['-S', net]);
    expect(plan.lab).toBe('2sw');
    expect(plan.port_bases).toEqual({ link: 10000, console: 12000, ssh: 13000, from: { link: 'newtlab', console: 'newtlab', ssh: 'newtlab' } });
    expect(plan.links.map((l: { port: number }) => l.port)).toEqual([10000, 10001]);
    expect([plan.nodes.sw1.ssh_port, plan.nodes.sw2.ssh_port, plan.nodes.sw1.console_port]).toEqual([13000, 13001, 12000]);
    // ports[]: Ethernet8 is nic_index 3, Ethernet4 is 2 (the names alone would say nothing)
    expect(nics(plan.nodes.sw1)).toEqual(['0:mgmt', '1:link:Ethernet0', '2:filler', '3:link:Ethernet8']);
    expect(nics(plan.nodes.sw2)).toEqual(['0:mgmt', '1:link:Ethernet0', '2:link:Ethernet4']);
    // sw2 names no platform: topology.json's top-level "platform" is the default
    expect(plan.nodes.sw2.platform).toBe('sonic-vs');
    // ~ is the user's home; the image is not there: a warning, not an error
    expect(plan.nodes.sw1.image).toBe(`${fakeHome}/.newtlab/images/sonic-vs.qcow2`);
    const files = plan.actions.filter((a: { action: string }) => a.action === 'patch-profile').map((a: { profile: { file: string } }) => a.profile.file);
    expect(files).toEqual(['nodes/sw1.json', 'nodes/sw2.json']);
    expect(plan.warnings).toEqual(
      expect.arrayContaining([
        `${MISSING_IMAGE} (needed by sw1, sw2), named in ../../platforms/sonic-vs.json /vm_image: apply will refuse to start them until it is there (build or import it, or fix the path)`,
        'nodes/sw3.json is for node "sw3", which topology.json does not define; vmlab ignores it',
      ]),
    );
  });

  test('the plan header says where the port bases came from', async () => {
    const { net } = newtronCopy();
    const run = await runCli(['plan', '-S', net]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Lab "2sw": 2 nodes, 2 links\nPorts: links from 10000, consoles from 12000, SSH from 13000 \(topology\.json newtlab section\)\n/,
    );
    expect(run.stdout).toContain(`Note: ${MISSING_IMAGE} (needed by sw1, sw2)`);
    expect(run.stdout).toContain('Note: nodes/sw3.json is for node "sw3"');
  });

  test('a vmlab section wins over newtlab field by field; vmlab.name names the lab', async () => {
    const { net } = newtronCopy();
    editJson(join(net, 'topology.json'), (t) => (t.vmlab = { name: 'my-2sw', ssh_port_base: 14000 }));
    const plan = await planJson(['-S', net]);
    expect(plan.lab).toBe('my-2sw');
    expect(plan.port_bases).toEqual({ link: 10000, console: 12000, ssh: 14000, from: { link: 'newtlab', console: 'newtlab', ssh: 'vmlab' } });
    const text = await runCli(['plan', '-S', net]);
    expect(text.stdout).toContain(
      'Ports: links from 10000 (topology.json newtlab section), consoles from 12000 (topology.json newtlab section), SSH from 14000 (topology.json vmlab section)\n',
    );
  });

  test("newtlab hosts (or its server pool) are the lab's hosts", async () => {
    const { net } = newtronCopy();
    editJson(join(net, 'topology.json'), (t) => (t.newtlab.servers = [{ name: 'server-a', address: '10.99.0.1', max_nodes: 4 }]));
    const plan = await planJson(['-S', net]);
    expect([plan.nodes.sw1.host, plan.nodes.sw2.host]).toEqual(['server-a', 'server-a']);
  });

  test('platforms: the nearest platforms/ walking up, --platforms, VMLAB_PLATFORMS, or platforms.json in the directory', async () => {
    const { root, net } = newtronCopy();
    // Moved away from the repository, nothing is found: exit 3 saying how to name them.
    const alone = join(tmpDir('vmlab-alone-'), '2sw');
    cpSync(net, alone, { recursive: true });
    const lost = await runCli(['validate', '-S', alone]);
    expect(lost.code).toBe(3);
    expect(lost.stderr).toContain('no platforms found: no platforms/ directory in');
    expect(lost.stderr).toContain('name them with --platforms DIR or VMLAB_PLATFORMS');

    const platforms = join(root, 'platforms');
    const byFlag = await planJson(['-S', alone, '--platforms', platforms]);
    expect(nics(byFlag.nodes.sw1)).toEqual(['0:mgmt', '1:link:Ethernet0', '2:filler', '3:link:Ethernet8']);
    expect(byFlag.warnings).toContain(
      `${MISSING_IMAGE} (needed by sw1, sw2), named in ${platforms}/sonic-vs.json /vm_image: apply will refuse to start them until it is there (build or import it, or fix the path)`,
    );
    const byEnv = await planJson(['-S', alone], { VMLAB_PLATFORMS: platforms });
    expect(byEnv.nodes).toEqual(byFlag.nodes);

    // A platforms.json beside topology.json, when no platforms/ is above.
    const ports = JSON.parse(readFileSync(join(platforms, 'sonic-vs.json'), 'utf8'));
    writeFileSync(join(alone, 'platforms.json'), JSON.stringify({ platforms: { 'sonic-vs': { ...ports, ports: undefined, vm_interface_map: 'stride-4' } } }));
    const own = await planJson(['-S', alone]);
    expect(nics(own.nodes.sw1)).toEqual(['0:mgmt', '1:link:Ethernet0', '2:filler', '3:link:Ethernet8']);
    expect(own.warnings.join('\n')).toContain('named in platforms.json /platforms/sonic-vs/vm_image');
  });

  test("only the lab's platforms are read from a shared platforms/: another lab's broken file is not this lab's problem", async () => {
    const { root, net } = newtronCopy();
    writeFileSync(join(root, 'platforms', 'someone-elses.json'), '{ "vm_memory": "lots", }');
    expect((await runCli(['validate', '-S', net])).code).toBe(0);
    writeFileSync(join(root, 'platforms', 'sonic-vs.json'), '{ "vm_memory": 4096, }');
    const broken = await runCli(['validate', '-S', net]);
    expect(broken.code).toBe(3);
    expect(broken.stderr).toContain('error: ../../platforms/sonic-vs.json: malformed JSON at line 1, column 22: a comma after the last entry');
  });

  test('ports[] beats vm_interface_map, and a platform file named otherwise than its name is said', async () => {
    const { root, net } = newtronCopy();
    editJson(join(root, 'platforms', 'sonic-vs.json'), (p) => {
      p.vm_interface_map = 'sequential';
      p.name = 'sonic-vs-old';
    });
    const plan = await planJson(['-S', net]);
    expect(nics(plan.nodes.sw1)).toEqual(['0:mgmt', '1:link:Ethernet0', '2:filler', '3:link:Ethernet8']);
    expect(plan.warnings.join('\n')).not.toContain('sequential');
    expect(plan.warnings).toContain(
      '../../platforms/sonic-vs.json says "name": "sonic-vs-old", but a platform is named by its file: vmlab calls it "sonic-vs" (newtron wants the two to agree)',
    );
  });

  test('an interface the ports list does not have is an error listing the ones it has', async () => {
    const { net } = newtronCopy();
    editJson(join(net, 'topology.json'), (t) => t.links.push({ a: 'sw1:Ethernet2', z: 'sw2:Ethernet8' }));
    const run = await runCli(['validate', '-S', net]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(
      'error: topology.json /links/2: endpoint "sw1:Ethernet2": platform "sonic-vs" (its ports list) has no interface "Ethernet2"; valid names: Ethernet0, Ethernet4, Ethernet8, …, Ethernet28',
    );
  });

  test('graph, and the other commands that read specs, read the network directory too', async () => {
    const { net } = newtronCopy();
    const graph = await runCli(['graph', '-S', net]);
    expect(graph.code).toBe(0);
    expect(graph.stdout).toContain('sw1 ---|"Ethernet8 ↔ Ethernet4 (tcp 10001)"| sw2');
  });
});

describe("a specs directory (the design's layout) as newtron ships it", () => {
  test('named after its parent, ports from newtlab, a stride-4 image labelled sequential is warned about', async () => {
    const { legacy } = newtronCopy();
    const plan = await planJson(['-S', legacy]);
    expect(plan.lab).toBe('2node-vs');
    expect(plan.port_bases.from).toEqual({ link: 'newtlab', console: 'newtlab', ssh: 'newtlab' });
    expect(plan.links.map((l: { port: number }) => l.port)).toEqual([10100, 10101]);
    // placed as written (sequential), which is exactly what the warning is about
    expect(nics(plan.nodes.leaf1)).toEqual(['0:mgmt', '1:link:Ethernet0', '2:filler', '3:filler', '4:filler', '5:link:Ethernet4']);
    expect(plan.warnings).toContain(
      'platform "sonic-vs" (platforms.json /platforms/sonic-vs) says "vm_interface_map": "sequential", but every port the lab wires on it is a multiple of 4 (Ethernet0, Ethernet4), as a stride-4 image (SONiC VS) names its ports; sequential puts them on NICs 1, 5 with fillers between, which miscables a stride-4 image. It probably needs "vm_interface_map": "stride-4"',
    );
    expect(plan.warnings).toContain(
      `${MISSING_IMAGE} (needed by leaf1, leaf2), named in platforms.json /platforms/sonic-vs/vm_image: apply will refuse to start them until it is there (build or import it, or fix the path)`,
    );
    const files = plan.actions.filter((a: { action: string }) => a.action === 'patch-profile').map((a: { profile: { file: string } }) => a.profile.file);
    expect(files).toEqual(['profiles/leaf1.json', 'profiles/leaf2.json']);
  });

  test('no warning once the map is stride-4, nor for a sequential platform that really wires Ethernet1', async () => {
    const { legacy } = newtronCopy();
    editJson(join(legacy, 'platforms.json'), (p) => (p.platforms['sonic-vs'].vm_interface_map = 'stride-4'));
    expect((await planJson(['-S', legacy])).warnings.join('\n')).not.toContain('sequential');
    editJson(join(legacy, 'platforms.json'), (p) => (p.platforms['sonic-vs'].vm_interface_map = 'sequential'));
    editJson(join(legacy, 'topology.json'), (t) => {
      delete t.devices.leaf1.interfaces.Ethernet4;
      delete t.devices.leaf2.interfaces.Ethernet4;
      t.links[1] = { a: 'leaf1:Ethernet1', z: 'leaf2:Ethernet1' };
    });
    expect((await planJson(['-S', legacy])).warnings.join('\n')).not.toContain('sequential');
  });
});

describe('preview without images', () => {
  test('validate and plan go ahead with a warning; apply refuses with exit 3 before writing anything', async () => {
    const { net } = newtronCopy();
    const validate = await runCli(['validate', '-S', net, '--json']);
    expect(validate.code).toBe(0);
    expect(JSON.parse(validate.stdout).warnings.join('\n')).toContain(MISSING_IMAGE);

    const home = join(tmpDir('vmlab-apply-'), 'home');
    const apply = await runCli(['apply', '-S', net, '--yes'], { VMLAB_HOME: home });
    expect(apply.code).toBe(3);
    expect(apply.stderr).toContain(
      `error: ../../platforms/sonic-vs.json /vm_image: ${MISSING_IMAGE} (needed by sw1, sw2); build or import it, or fix the path`,
    );
    expect(apply.stderr).toContain('nothing was started or written');
    expect(existsSync(home)).toBe(false);
    expect(readFileSync(join(net, 'nodes', 'sw1.json'), 'utf8')).toBe(readFileSync(join(NEWTRON, 'networks', '2sw', 'nodes', 'sw1.json'), 'utf8'));
  });

  test('an image that is there but unusable is still an error for plan', async () => {
    const { root, net } = newtronCopy();
    const dir = join(root, 'images', 'sonic-vs.qcow2');
    cpSync(join(FIXTURES, 'image', 'README.md'), join(dir, 'README.md'));
    editJson(join(root, 'platforms', 'sonic-vs.json'), (p) => (p.vm_image = dir));
    const run = await runCli(['plan', '-S', net]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`is a directory, not an image file (needed by sw1, sw2)`);
  });
});

describe('secrets', () => {
  const SECRETS = ['Vmlab-Fixture-Secret-sw', 'Vmlab-Fixture-Secret-sw1'];

  test('a secrets file others can read is warned about', async () => {
    const { net } = newtronCopy();
    expect((await planJson(['-S', net])).warnings.join('\n')).not.toContain('secrets.json');
    chmodSync(join(net, 'secrets.json'), 0o644);
    expect((await planJson(['-S', net])).warnings).toContain(
      `secrets.json is open to other users (mode 0644); it holds secrets: chmod 600 ${join(net, 'secrets.json')}`,
    );
  });

  test('--secrets and VMLAB_SECRETS name the file; an unresolvable reference is exit 3 naming file, JSON path and key', async () => {
    const { net } = newtronCopy();
    const elsewhere = join(tmpDir('vmlab-secrets-'), 'lab-secrets.json');
    renameSync(join(net, 'secrets.json'), elsewhere);
    chmodSync(elsewhere, 0o600);
    const missing = await runCli(['validate', '-S', net]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('error: nodes/sw1.json /ssh_pass: secret "sw1_admin": secrets.json does not exist');
    expect(missing.stderr).toContain('error: ../../platforms/sonic-vs.json /credentials/pass: secret "switch_admin": secrets.json does not exist');
    expect(missing.stderr).toContain('name the secrets file with --secrets FILE or VMLAB_SECRETS');
    expect((await runCli(['validate', '-S', net, '--secrets', elsewhere])).code).toBe(0);
    expect((await runCli(['validate', '-S', net], { VMLAB_SECRETS: elsewhere })).code).toBe(0);

    writeFileSync(elsewhere, JSON.stringify({ switch_admin: SECRETS[0] }));
    const unknown = await runCli(['validate', '-S', net, '--secrets', elsewhere]);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toBe(
      `error: nodes/sw1.json /ssh_pass: secret "sw1_admin" is not in ${elsewhere} (its keys: switch_admin)\n1 problem in the specs; nothing was started or written.\n`,
    );
  });

  test('a named secrets file that is missing is an error even when nothing refers to it', async () => {
    const run = await runCli(['validate', '-S', join(FIXTURES, 'labs', 'spine-leaf'), '--secrets', '/nonexistent/secrets.json']);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('error: /nonexistent/secrets.json: file not found (named by --secrets or VMLAB_SECRETS)');
  });

  test('a broken secrets file is reported without its text', async () => {
    const { net } = newtronCopy();
    writeFileSync(join(net, 'secrets.json'), `{ "sw1_admin": '${SECRETS[1]}', "switch_admin": "${SECRETS[0]}" }`);
    const run = await runCli(['validate', '-S', net]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('error: secrets.json: malformed JSON at line 1, column 16 (the text there is not shown: it may be a secret)');
    for (const secret of SECRETS) expect(run.stderr).not.toContain(secret);
    writeFileSync(join(net, 'secrets.json'), JSON.stringify({ sw1_admin: 42, switch_admin: SECRETS[0] }));
    const typed = await runCli(['validate', '-S', net]);
    expect(typed.stderr).toContain('error: secrets.json /sw1_admin: must be a string (it is a number)');
  });

  test('a secret in a value vmlab prints is refused', async () => {
    const { net } = newtronCopy();
    editJson(join(net, 'nodes', 'sw2.json'), (p) => (p.vm_image = '${secret:switch_admin}'));
    const run = await runCli(['validate', '-S', net]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('error: nodes/sw2.json /vm_image: a ${secret:…} cannot be used here');
    for (const secret of SECRETS) expect(run.stderr).not.toContain(secret);
  });

  test("secret references in what vmlab does not read (newtron's steps, an unused platform) are newtron's business", async () => {
    const { net } = newtronCopy();
    editJson(join(net, 'topology.json'), (t) => t.nodes.sw1.steps.push({ op: 'bgp-auth', password: '${secret:bgp_md5}' }));
    // platforms/alpine-host.json refers to ${secret:host_root}, which secrets.json lacks: no lab here uses it
    expect((await runCli(['validate', '-S', net])).code).toBe(0);
  });

  test('secret values never appear in plan text, plan --json, plan --out, validate, apply, or error messages', async () => {
    const { net } = newtronCopy();
    const home = join(tmpDir('vmlab-leak-'), 'home');
    const out = join(tmpDir('vmlab-leak-out-'), 'plan.json');
    const runs = [
      await runCli(['validate', '-S', net], { VMLAB_HOME: home }),
      await runCli(['validate', '-S', net, '--json'], { VMLAB_HOME: home }),
      await runCli(['plan', '-S', net], { VMLAB_HOME: home }),
      await runCli(['plan', '-S', net, '--json', '--out', out], { VMLAB_HOME: home }),
      await runCli(['graph', '-S', net], { VMLAB_HOME: home }),
      await runCli(['apply', '-S', net, '--yes'], { VMLAB_HOME: home }), // refused: the images are missing
      await runCli(['apply', '-S', net, '--json'], { VMLAB_HOME: home }),
    ];
    const saved = readFileSync(out, 'utf8');
    const everything = [...runs.flatMap((r) => [r.stdout, r.stderr]), saved].join('\n');
    for (const secret of SECRETS) expect(everything).not.toContain(secret);
    expect(runs.slice(0, 5).every((r) => r.code === 0)).toBe(true);
    // …while the references themselves are resolvable: a plan would log in with them
    expect(saved).not.toContain('${secret:'); // not even the references: credentials are not part of a plan
    rmSync(out);
  });
});

test('a default platform no node falls back on is not read, but must still exist', async () => {
  const { net } = newtronCopy();
  editJson(join(net, 'nodes', 'sw2.json'), (p) => (p.platform = 'sonic-vs'));
  editJson(join(net, 'topology.json'), (t) => (t.platform = 'alpine-host'));
  expect((await runCli(['validate', '-S', net])).code).toBe(0);
  editJson(join(net, 'topology.json'), (t) => (t.platform = 'sonic-vx'));
  const run = await runCli(['validate', '-S', net]);
  expect(run.code).toBe(3);
  expect(run.stderr).toContain('error: topology.json /platform: unknown platform "sonic-vx"; ../../platforms/ has: alpine-host, sonic-vs');
});
