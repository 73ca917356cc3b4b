// Issue 9: newtron labs with test hosts, in both layouts (fixtures/newtron/networks/2sw-4hosts and
// fixtures/newtron/legacy/hosts-vs): hosts packed into one host VM, NICs from ports[] or the linux
// map, port bases from newtlab, lab names, a mislabelled sequential platform, secrets never printed.
import { chmodSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';

// The fixtures' images (~/.newtlab/images/…) must be missing on every machine, and the machine big.
const realOs = await import('node:os');
const fakeHome = mkdtempSync(join(realOs.tmpdir(), 'vmlab-home-user-'));
const facts = { homedir: () => fakeHome, totalmem: () => 65536 * 2 ** 20, availableParallelism: () => 64 };
jest.unstable_mockModule('node:os', () => ({ ...realOs, ...facts, default: { ...realOs.default, ...facts } }));
const { FIXTURES, runCli, tmpDir } = await import('../helpers/cli.js');

function copy(): { net: string; legacy: string } {
  const root = join(tmpDir('vmlab-newtron-hosts-'), 'repo');
  cpSync(join(FIXTURES, 'newtron'), root, { recursive: true });
  const net = join(root, 'networks', '2sw-4hosts');
  chmodSync(join(net, 'secrets.json'), 0o600);
  return { net, legacy: join(root, 'legacy', 'hosts-vs', 'specs') };
}

const nics = (node: { nics: { index: number; kind: string; interface?: string }[] }) =>
  node.nics.map((n) => `${n.index}:${n.kind}${n.interface ? `:${n.interface}` : ''}`);

describe('network directory with 2 switches and 4 test hosts', () => {
  test('the hosts share one host VM, NIC blocks in host-name order, ports from newtlab, profiles in nodes/', async () => {
    const { net } = copy();
    const run = await runCli(['plan', '-S', net, '--json']);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.lab).toBe('2sw-4hosts');
    expect(Object.keys(plan.nodes).sort()).toEqual(['hostvm', 'sw1', 'sw2']);
    expect(plan.nodes.hostvm.test_hosts.map((h: { name: string }) => h.name)).toEqual(['host1', 'host2', 'host3', 'host4']);
    // host4 wires eth1: its block is two NICs, eth0 a filler
    expect(nics(plan.nodes.hostvm)).toEqual(['0:mgmt', '1:link:host1/eth0', '2:link:host2/eth0', '3:link:host3/eth0', '4:filler', '5:link:host4/eth1']);
    // sonic-vs's ports[]: Ethernet4 is nic_index 2, Ethernet8 is 3
    expect(nics(plan.nodes.sw1)).toEqual(['0:mgmt', '1:link:Ethernet0', '2:link:Ethernet4', '3:link:Ethernet8']);
    expect(plan.port_bases).toMatchObject({ link: 10100, console: 12100, ssh: 13100 });
    const files = plan.actions.filter((a: { action: string }) => a.action === 'patch-profile').map((a: { profile: { file: string } }) => a.profile.file);
    expect(files.sort()).toEqual(['nodes/host1.json', 'nodes/host2.json', 'nodes/host3.json', 'nodes/host4.json', 'nodes/sw1.json', 'nodes/sw2.json']);
  });

  test('the secrets are resolved (validate passes) and appear in no output', async () => {
    const { net } = copy();
    const secrets = Object.values<string>(JSON.parse(readFileSync(join(net, 'secrets.json'), 'utf8')));
    const outputs = [await runCli(['validate', '-S', net]), await runCli(['plan', '-S', net]), await runCli(['plan', '-S', net, '--json'])];
    for (const run of outputs) {
      expect(run.code).toBe(0);
      for (const secret of secrets) expect(run.stdout + run.stderr).not.toContain(secret);
    }
  });
});

describe('specs directory with test hosts and a mislabelled sequential platform', () => {
  test('named after its parent, hosts packed, the stride-4 image labelled sequential is warned about', async () => {
    const { legacy } = copy();
    const run = await runCli(['plan', '-S', legacy, '--json']);
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.lab).toBe('hosts-vs');
    expect(plan.nodes.hostvm.test_hosts.map((h: { name: string }) => h.name)).toEqual(['host1', 'host2']);
    // linux map for a test host: its eth0 is the first NIC of its block
    expect(nics(plan.nodes.hostvm)).toEqual(['0:mgmt', '1:link:host1/eth0', '2:link:host2/eth0']);
    expect(plan.port_bases).toMatchObject({ link: 10200, console: 12200, ssh: 13200 });
    expect(plan.warnings.join('\n')).toMatch(
      /platform "sonic-vs" .* says "vm_interface_map": "sequential", but every port the lab wires on it is a multiple of 4 .* It probably needs "vm_interface_map": "stride-4"/,
    );
  });
});
