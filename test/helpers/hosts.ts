import type { PlatformSpec, SpecSet } from '../../src/specs/types.js';
import { specSet, SWITCH, type LabSketch } from './lab.js';

/** A test host platform: newtron's `device_type: "host"`, ports eth0, eth1, … */
export const HOST: PlatformSpec = {
  vm_image: '/images/host.qcow2',
  vm_memory: 256,
  vm_cpus: 1,
  device_type: 'host',
  vm_credentials: { user: 'admin', pass: 'YourPaSsWoRd' },
};

/** A switch and two test hosts, host1 on sw1:Ethernet0 and host2 on sw1:Ethernet4 (overridable). */
export function hostLab(over: Partial<LabSketch> = {}): SpecSet {
  const devices = over.devices ?? ['sw1', 'host1', 'host2'];
  const hostProfiles = Object.fromEntries(devices.filter((d) => d.startsWith('host')).map((d) => [d, { platform: 'host' }]));
  return specSet({
    devices,
    links: [
      ['sw1:Ethernet0', 'host1:eth0'],
      ['sw1:Ethernet4', 'host2:eth0'],
    ],
    platforms: { switch: SWITCH, host: HOST },
    ...over,
    profiles: { ...hostProfiles, ...over.profiles },
  });
}

/** Gives interfaces the `ip` newtron writes in topology.json (`devices.<d>.interfaces.<if>.ip`). */
export function withPortIps(specs: SpecSet, ips: Record<string, string>): SpecSet {
  for (const [endpoint, ip] of Object.entries(ips)) {
    const [device, iface] = endpoint.split(':') as [string, string];
    const d = (specs.topology.devices[device] ??= {});
    d.interfaces = { ...d.interfaces, [iface]: { ...d.interfaces?.[iface], ip } };
  }
  return specs;
}
