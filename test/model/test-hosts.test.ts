import { compile } from '../../src/model/compile.js';
import type { DesiredGraph } from '../../src/model/types.js';
import { SpecError } from '../../src/errors.js';
import { derivedHostAddress, parseCidr } from '../../src/specs/ipv4.js';
import { resolveLab } from '../../src/specs/resolve.js';
import type { SpecSet } from '../../src/specs/types.js';
import { specSet, SWITCH, type LabSketch } from '../helpers/lab.js';
import { HOST, hostLab, withPortIps } from '../helpers/hosts.js';

const graph = (specs: SpecSet): DesiredGraph => compile(resolveLab(specs, { homeDir: '/home/user' }), { links: 'socket' });
const problems = (specs: SpecSet): string[] => {
  try {
    resolveLab(specs, { homeDir: '/home/user' });
    return [];
  } catch (err) {
    return (err as SpecError).issues.map((i) => `${i.file} ${i.path}: ${i.message}`);
  }
};
const node = (g: DesiredGraph, name: string) => g.nodes.find((n) => n.name === name)!;

describe('test hosts: packing into a host VM', () => {
  const g = graph(hostLab());

  test('the hosts of a server share one VM, named hostvm; the hosts are no VMs of their own', () => {
    expect(g.nodes.map((n) => n.name)).toEqual(['hostvm', 'sw1']);
    expect(node(g, 'hostvm').testHosts.map((h) => h.name)).toEqual(['host1', 'host2']);
  });

  test('NIC 0 is management; each host gets a block of NICs in host-name order, named as in the specs', () => {
    const vm = node(g, 'hostvm');
    expect(vm.nics.map((n) => [n.index, n.kind, n.interface ?? null])).toEqual([
      [0, 'mgmt', null],
      [1, 'link', 'host1/eth0'],
      [2, 'link', 'host2/eth0'],
    ]);
    expect(vm.testHosts.map((h) => h.interfaces.map((i) => `${i.name}=NIC${i.nic}→${i.peer}`))).toEqual([
      ['eth0=NIC1→sw1:Ethernet0'],
      ['eth0=NIC2→sw1:Ethernet4'],
    ]);
    // each interface's MAC is its NIC's
    for (const h of vm.testHosts) for (const i of h.interfaces) expect(i.mac).toBe(vm.nics[i.nic]!.mac);
  });

  test('links name the VM and the host: the host VM connects, the switch listens', () => {
    expect(g.links.map((l) => [l.a, l.z, l.listener])).toEqual([
      ['sw1:Ethernet0', 'hostvm:host1/eth0', 'sw1'],
      ['sw1:Ethernet4', 'hostvm:host2/eth0', 'sw1'],
    ]);
  });

  test('the host VM takes SSH and console ports like any VM, by its place among the VMs', () => {
    expect([node(g, 'hostvm').sshPort, node(g, 'sw1').sshPort]).toEqual([40000, 40001]);
  });

  test('a block is as large as the highest port the host uses; the gaps are fillers inside its namespace', () => {
    const specs = hostLab({
      links: [
        ['sw1:Ethernet0', 'host1:eth2'],
        ['sw1:Ethernet4', 'host2:eth0'],
      ],
    });
    const vm = node(graph(specs), 'hostvm');
    expect(vm.nics.map((n) => n.kind)).toEqual(['mgmt', 'filler', 'filler', 'link', 'link']);
    expect(vm.testHosts.map((h) => h.interfaces.map((i) => `${i.name}@${i.nic}`))).toEqual([['eth0@1', 'eth1@2', 'eth2@3'], ['eth0@4']]);
  });

  test('a host without links gets an empty namespace and no NIC', () => {
    const specs = hostLab({ devices: ['sw1', 'host1', 'host2', 'host3'] });
    const vm = node(graph(specs), 'hostvm');
    expect(vm.nics).toHaveLength(3);
    expect(vm.testHosts.map((h) => [h.name, h.interfaces.length])).toEqual([
      ['host1', 1],
      ['host2', 1],
      ['host3', 0],
    ]);
  });

  test("a host's NICs keep their MACs when a host before it grows", () => {
    const before = node(graph(hostLab()), 'hostvm').testHosts[1]!.interfaces[0]!;
    const after = node(
      graph(
        hostLab({
          links: [
            ['sw1:Ethernet0', 'host1:eth1'],
            ['sw1:Ethernet4', 'host2:eth0'],
          ],
        }),
      ),
      'hostvm',
    ).testHosts[1]!.interfaces[0]!;
    expect(after.nic).toBe(before.nic + 1);
    expect(after.mac).toBe(before.mac);
  });

  test('two hosts wired to each other inside one VM: a link between two NICs of the host VM', () => {
    const specs = hostLab({ devices: ['host1', 'host2'], links: [['host1:eth0', 'host2:eth0']] });
    const g2 = graph(specs);
    expect(g2.nodes.map((n) => n.name)).toEqual(['hostvm']);
    expect(g2.links.map((l) => [l.a, l.z, l.listener])).toEqual([['hostvm:host1/eth0', 'hostvm:host2/eth0', 'hostvm']]);
  });

  test('"host_vms": "per-host" gives each host a VM of its own, named after it', () => {
    const g2 = graph(hostLab({ vmlab: { host_vms: 'per-host' } }));
    expect(g2.nodes.map((n) => [n.name, n.testHosts.map((h) => h.name)])).toEqual([
      ['host1', ['host1']],
      ['host2', ['host2']],
      ['sw1', []],
    ]);
    expect(node(g2, 'host2').nics.map((n) => n.interface ?? null)).toEqual([null, 'host2/eth0']);
  });

  test('in a lab across servers, each server packs its own hosts: hostvm-<server>', () => {
    const specs = hostLab({
      vmlab: { hosts: { a: '192.0.2.10', b: '192.0.2.11' }, default_host: 'a' },
      profiles: { host1: { platform: 'host' }, host2: { platform: 'host', vm_host: 'b' } },
    });
    const g2 = graph(specs);
    expect(g2.nodes.map((n) => [n.name, n.host, n.testHosts.map((h) => h.name)])).toEqual([
      ['hostvm-a', 'a', ['host1']],
      ['hostvm-b', 'b', ['host2']],
      ['sw1', 'a', []],
    ]);
  });

  test('the VM takes the largest memory and vCPUs of its hosts', () => {
    const specs = hostLab({ profiles: { host1: { platform: 'host' }, host2: { platform: 'host', vm_memory: 512, vm_cpus: 2 } } });
    expect([node(graph(specs), 'hostvm').memoryMb, node(graph(specs), 'hostvm').cpus]).toEqual([512, 2]);
  });
});

describe('test hosts: interface names', () => {
  test("a host's eth0 is its first data NIC, with the linux map or none at all (eth0 is never management)", () => {
    for (const platform of [HOST, { ...HOST, vm_interface_map: 'linux' as const }]) {
      const specs = hostLab({ platforms: { switch: SWITCH, host: platform } });
      expect(node(graph(specs), 'hostvm').testHosts[0]!.interfaces[0]!.name).toBe('eth0');
    }
  });

  test('an ordinary linux VM still counts from eth1 (its eth0 is management)', () => {
    const sketch: LabSketch = { devices: ['a', 'b'], links: [['a:eth0', 'b:eth1']], platforms: { switch: { ...SWITCH, vm_interface_map: 'linux' } } };
    expect(problems(specSet(sketch))).toEqual([expect.stringContaining('has no interface "eth0"')]);
  });
});

describe('test hosts: addresses', () => {
  test("derived from the switch port's ip: the next address on its subnet, the port as gateway", () => {
    const specs = withPortIps(hostLab(), { 'sw1:Ethernet0': '10.0.1.1/24', 'sw1:Ethernet4': '10.0.2.0/31' });
    const hosts = node(graph(specs), 'hostvm').testHosts;
    expect(hosts.map((h) => [h.interfaces[0]!.address, h.gateway])).toEqual([
      ['10.0.1.2/24', '10.0.1.1'],
      ['10.0.2.1/31', '10.0.2.0'],
    ]);
  });

  test("host_ip and host_gateway in the host's profile win", () => {
    const specs = withPortIps(
      hostLab({ profiles: { host1: { platform: 'host', host_ip: '10.0.1.50/24', host_gateway: '10.0.1.254' }, host2: { platform: 'host' } } }),
      {
        'sw1:Ethernet0': '10.0.1.1/24',
      },
    );
    const [h1, h2] = node(graph(specs), 'hostvm').testHosts;
    expect([h1!.interfaces[0]!.address, h1!.gateway]).toEqual(['10.0.1.50/24', '10.0.1.254']);
    expect([h2!.interfaces[0]!.address, h2!.gateway]).toEqual([null, null]);
  });

  test('host_ip alone: the switch port is the gateway when it is on that subnet', () => {
    const specs = withPortIps(
      hostLab({ profiles: { host1: { platform: 'host', host_ip: '10.0.1.50/24' }, host2: { platform: 'host', host_ip: '10.9.9.9/24' } } }),
      {
        'sw1:Ethernet0': '10.0.1.1/24',
        'sw1:Ethernet4': '10.0.2.1/24',
      },
    );
    expect(node(graph(specs), 'hostvm').testHosts.map((h) => h.gateway)).toEqual(['10.0.1.1', null]);
  });

  test('a host without any address is a warning, not an error', () => {
    const lab = resolveLab(hostLab(), { homeDir: '/h' });
    expect(lab.warnings).toContain('test host host1: eth0 gets no address (no host_ip in profiles/host1.json, no "ip" on sw1:Ethernet0 in topology.json)');
  });

  test.each([
    [{ host_ip: '10.0.1.2' }, 'profiles/host1.json /host_ip: "10.0.1.2" is not an IPv4 address with a prefix length; write it like "10.0.1.2/24"'],
    [{ host_ip: '10.0.1.2/24', host_gateway: 'ten' }, 'profiles/host1.json /host_gateway: "ten" is not an IPv4 address; write it like "10.0.1.1"'],
    [
      { host_ip: '10.0.1.2/24', host_gateway: '10.0.2.1' },
      "profiles/host1.json /host_gateway: 10.0.2.1 is not on the subnet of host1's address 10.0.1.2/24 (on eth0); a default route needs a gateway it can reach",
    ],
  ])('profile %j is refused', (fields, message) => {
    expect(problems(hostLab({ profiles: { host1: { platform: 'host', ...fields }, host2: { platform: 'host' } } }))).toEqual([message]);
  });

  test.each([
    ['10.0.0.1/24', '10.0.0.2/24', '10.0.0.1'],
    ['10.0.0.254/24', '10.0.0.253/24', '10.0.0.254'],
    ['10.0.0.0/31', '10.0.0.1/31', '10.0.0.0'],
    ['10.0.0.1/31', '10.0.0.0/31', '10.0.0.1'],
    ['10.0.0.1/32', null, null],
    ['10.0.0.0/24', null, null],
  ])('switch port %s → host %s via %s', (port, address, gateway) => {
    const d = derivedHostAddress(parseCidr(port)!);
    expect(d === null ? [null, null] : [d.address, d.gateway]).toEqual([address, gateway]);
  });
});

describe('test hosts: mistakes', () => {
  test('a device named like the host VM is refused', () => {
    const specs = hostLab({ devices: ['sw1', 'host1', 'host2', 'hostvm'], profiles: { hostvm: { platform: 'switch' } } });
    expect(problems(specs)).toEqual([
      `topology.json /devices/hostvm: device name "hostvm" is taken: it names the VM that holds the test hosts host1, host2; rename the device, or set "host_vms": "per-host" in topology.json's vmlab section`,
    ]);
  });

  test('hosts of one VM must share an image', () => {
    const specs = hostLab({ profiles: { host1: { platform: 'host' }, host2: { platform: 'host', vm_image: '/images/other.qcow2' } } });
    expect(problems(specs)).toEqual([
      `profiles/host2.json : test hosts host1 and host2 share the VM hostvm but differ in vm_image; give them the same, or set "host_vms": "per-host" in topology.json's vmlab section`,
    ]);
  });
});
