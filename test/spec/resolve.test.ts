import { SpecError, type SpecIssue } from '../../src/errors.js';
import { resolveLab } from '../../src/spec/resolve.js';
import { resolved, specSet, SWITCH, type LabSketch } from '../helpers/lab.js';

/** The issues resolving a sketch raises, as "file path: message". */
function issues(sketch: LabSketch): string[] {
  try {
    resolveLab(specSet(sketch), { homeDir: '/home/user' });
    return [];
  } catch (err) {
    if (!(err instanceof SpecError)) throw err;
    return err.issues.map((i: SpecIssue) => `${i.file} ${i.path}: ${i.message}`);
  }
}

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
