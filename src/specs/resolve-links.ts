import type { SpecIssue } from '../errors.js';
import { DEFAULT_PORT_COUNT, interfaceMap, portsMap, type InterfaceMap } from './interface-map.js';
import { collectLinks, splitEndpoint } from './links.js';
import { platformPlace } from './places.js';
import { QEMU_LIMITS, type ResolvedEndpoint, type ResolvedLink, type ResolvedNode } from './resolved.js';
import type { SpecSet } from './types.js';

/**
 * Builds each platform's interface map once. A platform's `ports` list
 * (newtron's `[{name, nic_index}]`) places its NICs whenever it is there,
 * whatever vm_interface_map says; otherwise the named rule does. Reports
 * `custom` maps without a table, two spellings of the table at once, and
 * ports lists that name a port or a NIC twice.
 */
export function platformMaps(specs: SpecSet, issues: SpecIssue[]): Map<string, InterfaceMap> {
  const maps = new Map<string, InterfaceMap>();
  for (const [name, platform] of Object.entries(specs.platforms)) {
    const place = platformPlace(specs, name);
    if (platform.ports !== undefined) {
      if (portsTwice(platform.ports, place, issues)) continue;
      maps.set(name, portsMap(platform.ports));
      continue;
    }
    const testHost = platform.device_type === 'host';
    // A test host's ports are eth0, eth1, … unless its platform says otherwise.
    const kind = platform.vm_interface_map ?? (testHost ? 'linux' : 'stride-4');
    if (platform.vm_interface_custom_map !== undefined && platform.vm_interface_map_custom !== undefined) {
      issues.push({
        ...place,
        path: `${place.path}/vm_interface_map_custom`,
        message: 'the custom table is given twice, as vm_interface_custom_map and as vm_interface_map_custom; keep one',
      });
      continue;
    }
    const table = platform.vm_interface_custom_map ?? platform.vm_interface_map_custom;
    if (kind === 'custom' && table === undefined) {
      issues.push({
        ...place,
        path: `${place.path}/vm_interface_map`,
        message: `"custom" needs a table: add "vm_interface_custom_map": { "Ethernet0": 1, "Ethernet1": 2, … } (interface name → data NIC, 1 = first data NIC)`,
      });
      continue; // its links cannot be placed; reported once, here
    }
    maps.set(name, interfaceMap(kind, platform.port_count ?? DEFAULT_PORT_COUNT, table, testHost));
  }
  return maps;
}

/** A port named twice, or two ports on one NIC, would miscable: one issue each. True if there was any. */
function portsTwice(ports: { name: string; nic_index: number }[], place: { file: string; path: string }, issues: SpecIssue[]): boolean {
  const names = new Map<string, number>();
  const nics = new Map<number, number>();
  let found = false;
  ports.forEach((port, i) => {
    const sameName = names.get(port.name);
    const sameNic = nics.get(port.nic_index);
    if (sameName !== undefined) {
      issues.push({
        ...place,
        path: `${place.path}/ports/${i}/name`,
        message: `port "${port.name}" is listed twice (also at /ports/${sameName}); list each port once`,
      });
      found = true;
    } else if (sameNic !== undefined) {
      issues.push({
        ...place,
        path: `${place.path}/ports/${i}/nic_index`,
        message: `${port.name} and ${ports[sameNic]!.name} (/ports/${sameNic}) both say nic_index ${port.nic_index}; each port needs a NIC of its own`,
      });
      found = true;
    }
    names.set(port.name, names.get(port.name) ?? i);
    nics.set(port.nic_index, nics.get(port.nic_index) ?? i);
  });
  return found;
}

function describeMap(platform: string, map: InterfaceMap): string {
  return map.kind === 'ports' ? `platform "${platform}" (its ports list)` : `platform "${platform}" (${map.kind} map)`;
}

/**
 * Turns the spec's links into resolved links (with data NIC indices) and
 * reports every endpoint that cannot be placed, every interface wired twice,
 * self-loops on one interface and duplicate links.
 */
export function resolveLinks(specs: SpecSet, nodes: ResolvedNode[], maps: Map<string, InterfaceMap>, issues: SpecIssue[]): ResolvedLink[] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const devices = Object.keys(specs.topology.devices).sort();
  const used = new Map<string, string>(); // "node:iface" → path of the link that uses it
  const pairs = new Map<string, string>();
  const links: ResolvedLink[] = [];

  for (const raw of collectLinks(specs.topology, issues)) {
    const here = (message: string) => issues.push({ file: raw.file, path: raw.path, message });
    if (raw.a === raw.z) {
      here(`connects ${raw.a} to itself; a link needs two different interfaces`);
      continue;
    }
    const pair = raw.a < raw.z ? `${raw.a} ${raw.z}` : `${raw.z} ${raw.a}`;
    const duplicateOf = pairs.get(pair);
    if (duplicateOf !== undefined) {
      here(`duplicates the link at ${duplicateOf} (${raw.a} ↔ ${raw.z}); remove one of them`);
      continue;
    }
    pairs.set(pair, raw.path);

    const ends: ResolvedEndpoint[] = [];
    for (const endpoint of [raw.a, raw.z]) {
      const [device, iface] = splitEndpoint(endpoint);
      if (iface === undefined || iface === '' || device === '') {
        here(`endpoint "${endpoint}" must be "device:interface", for example "${devices[0] ?? 'spine1'}:Ethernet0"`);
        continue;
      }
      if (!Object.hasOwn(specs.topology.devices, device)) {
        here(`endpoint "${endpoint}" names unknown device "${device}"; devices: ${devices.join(', ') || '(none)'}`);
        continue;
      }
      const node = byName.get(device);
      if (node === undefined) continue; // its platform problem is already reported
      const map = maps.get(node.platform);
      if (map === undefined) continue; // the platform's map is broken: already reported
      const nic = map.nicIndex(iface);
      if (nic === undefined) {
        here(`endpoint "${endpoint}": ${describeMap(node.platform, map)} has no interface "${iface}"; valid names: ${map.examples().join(', ')}`);
        continue;
      }
      if (nic > QEMU_LIMITS.maxDataNics) {
        here(
          `endpoint "${endpoint}": ${describeMap(node.platform, map)} puts ${iface} on data NIC ${nic}, but a VM takes at most ${QEMU_LIMITS.maxDataNics} data NICs (the PCI slots of QEMU's pc machine); wire a lower-numbered interface`,
        );
        continue;
      }
      const previous = used.get(endpoint);
      if (previous !== undefined) {
        here(`interface ${endpoint} is already wired by the link at ${previous}; an interface takes one link`);
        continue;
      }
      used.set(endpoint, raw.path);
      ends.push({ node: device, iface, nic });
    }
    if (ends.length === 2) links.push({ index: links.length, a: ends[0]!, z: ends[1]! });
  }
  return links;
}
