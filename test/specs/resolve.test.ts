import { SpecError, type SpecIssue } from '../../src/errors.js';
import { resolveLab } from '../../src/specs/resolve.js';
import type { SpecSet } from '../../src/specs/types.js';
import { issues, resolved, specSet, SWITCH, type LabSketch } from '../helpers/lab.js';

describe('memory and CPUs QEMU cannot take are errors', () => {
  test('less than 16 MiB of memory, in a platform or a profile', () => {
    expect(issues({ devices: ['sw1', 'sw2'], platforms: { switch: { ...SWITCH, vm_memory: 8 } }, profiles: { sw2: { vm_memory: 15 } } })).toEqual([
      'platforms.json /platforms/switch/vm_memory: 8 MiB is too little: QEMU needs at least 16 MiB to boot a VM',
      'profiles/sw2.json /vm_memory: 15 MiB is too little: QEMU needs at least 16 MiB to boot a VM',
    ]);
  });

  test("more than 255 vCPUs, the most QEMU's pc machine takes", () => {
    expect(issues({ devices: ['sw1'], profiles: { sw1: { vm_cpus: 256 } } })).toEqual([
      "profiles/sw1.json /vm_cpus: 256 vCPUs are more than QEMU's pc machine takes (at most 255)",
    ]);
    expect(issues({ devices: ['sw1'], platforms: { switch: { ...SWITCH, vm_memory: 16, vm_cpus: 255 } } })).toEqual([]);
  });
});

describe('host addresses', () => {
  const twoHosts = (a: string): LabSketch => ({
    devices: ['sw1', 'sw2'],
    vmlab: { hosts: { 'server-a': a, 'server-b': '10.0.0.2' }, default_host: 'server-a' },
  });

  test.each(['0.0.0.0', '::'])('%s (any address) is refused: other servers must reach one IP', (any) => {
    expect(issues(twoHosts(any))).toEqual([
      `topology.json /vmlab/hosts/server-a: "${any}" means every address of a machine, not one host's address; give the IP that the other servers reach server-a on`,
    ]);
  });

  test.each(['fd00::1', '::1', '::ffff:10.0.0.1'])('IPv6 %s is refused: QEMU 7.2 links and SSH forwards take IPv4 only', (v6) => {
    expect(issues(twoHosts(v6))).toEqual([
      `topology.json /vmlab/hosts/server-a: "${v6}" is an IPv6 address; QEMU 7.2's socket links and SSH forwards take IPv4 addresses only: give server-a's IPv4 address`,
    ]);
  });
});

describe('privileged ports', () => {
  test('a port range below 1024 is an error unless the lab allows it', () => {
    const low: LabSketch = { devices: ['sw1', 'sw2'], links: [['sw1:Ethernet0', 'sw2:Ethernet0']], vmlab: { ssh_port_base: 22, link_port_base: 1023 } };
    expect(issues(low)).toEqual([
      'topology.json /vmlab/link_port_base: link ports from 1023 start below 1024: binding them needs root (or CAP_NET_BIND_SERVICE); use a base of 1024 or more, or set "allow_privileged_ports": true in the vmlab section',
      'topology.json /vmlab/ssh_port_base: SSH ports from 22 start below 1024: binding them needs root (or CAP_NET_BIND_SERVICE); use a base of 1024 or more, or set "allow_privileged_ports": true in the vmlab section',
    ]);
    expect(issues({ ...low, vmlab: { ...low.vmlab, allow_privileged_ports: true } })).toEqual([]);
  });

  test('1024 itself is fine', () => {
    expect(issues({ devices: ['sw1'], vmlab: { ssh_port_base: 1024 } })).toEqual([]);
  });
});

describe('warnings', () => {
  test('a profile for a device the topology does not have is a warning, not an error', () => {
    const lab = resolved({ devices: ['sw1'], profiles: { sw1: {}, sw9: { platform: 'switch' } } });
    expect(lab.warnings).toEqual(['profiles/sw9.json is for device "sw9", which topology.json does not define; vmlab ignores it']);
    expect(resolved({ devices: ['sw1'], profiles: { sw1: {} } }).warnings).toEqual([]);
  });
});

describe("newtron's fields", () => {
  const resolveSet = (set: SpecSet) => resolveLab(set, { homeDir: '/home/user' });
  const issuesOf = (set: SpecSet) => {
    try {
      resolveSet(set);
      return [];
    } catch (err) {
      return (err as SpecError).issues.map((i: SpecIssue) => `${i.file} ${i.path}: ${i.message}`);
    }
  };
  const wired: LabSketch = { devices: ['sw1', 'sw2'], links: [['sw1:Ethernet0', 'sw2:Ethernet4']] };
  /** Ethernet2: no stride-4 name, so only a table or a ports list can place it. */
  const odd: LabSketch = { devices: ['sw1', 'sw2'], links: [['sw1:Ethernet0', 'sw2:Ethernet2']] };

  test('credentials counts as vm_credentials (and wins over it, field by field); the profile wins over both', () => {
    const set = specSet({
      ...wired,
      platforms: { switch: { ...SWITCH, vm_credentials: { user: 'old', pass: 'old' }, credentials: { pass: 'new' } } },
      profiles: { sw2: { ssh_user: 'me' } },
    });
    const nodes = resolveSet(set).nodes;
    expect(nodes.map((n) => n.credentials)).toEqual([
      { user: 'old', pass: 'new' },
      { user: 'me', pass: 'new' },
    ]);
  });

  test('vm_interface_map_custom is the custom table too; both spellings at once is an error', () => {
    const table = { Ethernet0: 1, Ethernet2: 3 };
    const custom = specSet({ ...odd, platforms: { switch: { ...SWITCH, vm_interface_map: 'custom', vm_interface_map_custom: table } } });
    expect(resolveSet(custom).links[0]).toMatchObject({ a: { nic: 1 }, z: { nic: 3 } });
    const both = specSet({
      ...odd,
      platforms: { switch: { ...SWITCH, vm_interface_map: 'custom', vm_interface_map_custom: table, vm_interface_custom_map: table } },
    });
    expect(issuesOf(both)).toEqual([
      'platforms.json /platforms/switch/vm_interface_map_custom: the custom table is given twice, as vm_interface_custom_map and as vm_interface_map_custom; keep one',
    ]);
  });

  test("a platform's ports list places the NICs, whatever vm_interface_map says", () => {
    const ports = [
      { name: 'Ethernet0', nic_index: 2 },
      { name: 'Ethernet2', nic_index: 1 },
    ];
    const lab = resolveSet(specSet({ ...odd, platforms: { switch: { ...SWITCH, vm_interface_map: 'sequential', ports } } }));
    expect(lab.links[0]).toMatchObject({ a: { iface: 'Ethernet0', nic: 2 }, z: { iface: 'Ethernet2', nic: 1 } });
    expect(lab.nodes[0]!.interfaceMap).toBe('ports');
    const twice = specSet({ ...odd, platforms: { switch: { ...SWITCH, ports: [...ports, { name: 'Ethernet0', nic_index: 7 }] } } });
    expect(issuesOf(twice)).toEqual([
      'platforms.json /platforms/switch/ports/2/name: port "Ethernet0" is listed twice (also at /ports/0); list each port once',
    ]);
  });

  test('newtlab port bases and hosts, vmlab winning field by field, and where each came from', () => {
    const set = specSet(wired);
    set.topology.newtlab = { link_port_base: 10000, console_port_base: 12000, ssh_port_base: 13000, hosts: { a: '10.0.0.1' }, other: 'newtron only' };
    set.topology.vmlab = { ...set.topology.vmlab, console_port_base: 31000 };
    const lab = resolveSet(set);
    expect(lab.ports).toEqual({ link: 10000, console: 31000, ssh: 13000 });
    expect(lab.portsFrom).toEqual({ link: 'newtlab', console: 'vmlab', ssh: 'newtlab' });
    expect(lab.hosts).toEqual({ a: { address: '10.0.0.1', ssh: '10.0.0.1', vmlab: 'vmlab', maxNodes: null, cpus: null, memoryMb: null } });
    set.topology.newtlab.ssh_port_base = 80;
    expect(issuesOf(set)).toEqual([
      'topology.json /newtlab/ssh_port_base: SSH ports from 80 start below 1024: binding them needs root (or CAP_NET_BIND_SERVICE); use a base of 1024 or more, or set "allow_privileged_ports": true in the vmlab section',
    ]);
  });

  test("topology.json's top-level platform is the default platform; vmlab.default_platform wins", () => {
    const set = specSet(wired);
    set.topology.vmlab = { name: 'lab' };
    set.topology.platform = 'switch';
    expect(resolveSet(set).nodes.map((n) => n.platform)).toEqual(['switch', 'switch']);
    set.topology.platform = 'sonic-vx';
    expect(issuesOf(set)).toEqual(['topology.json /platform: unknown platform "sonic-vx"; platforms.json defines: switch']);
  });

  test('the lab name: vmlab.name, else the directory, but a directory named specs is named after its parent', () => {
    const set = specSet(wired);
    set.topology.vmlab = { default_platform: 'switch' };
    expect(resolveSet({ ...set, dir: '/repo/networks/2node-vs/specs' }).name).toBe('2node-vs');
    expect(resolveSet({ ...set, dir: '/repo/networks/2sw' }).name).toBe('2sw');
    expect(resolveSet({ ...set, dir: '/repo/specs-old' }).name).toBe('specs-old');
  });
});
