import type { SpecIssue } from '../errors.js';
import { DEFAULT_PORT_COUNT, interfaceMap, type InterfaceMap } from './interface-map.js';
import { collectLinks, splitEndpoint } from './links.js';
import type { ResolvedEndpoint, ResolvedLink, ResolvedNode } from './resolved.js';
import type { SpecSet } from './types.js';

/** Builds each platform's interface map once, reporting `custom` maps without a table. */
export function platformMaps(specs: SpecSet, issues: SpecIssue[]): Map<string, InterfaceMap> {
  const maps = new Map<string, InterfaceMap>();
  for (const [name, platform] of Object.entries(specs.platforms)) {
    const testHost = platform.device_type === 'host';
    // A test host's ports are eth0, eth1, … unless its platform says otherwise.
    const kind = platform.vm_interface_map ?? (testHost ? 'linux' : 'stride-4');
    if (kind === 'custom' && platform.vm_interface_custom_map === undefined) {
      issues.push({
        file: 'platforms.json',
        path: `/platforms/${name}/vm_interface_map`,
        message: `"custom" needs a table: add "vm_interface_custom_map": { "Ethernet0": 1, "Ethernet1": 2, … } (interface name → data NIC, 1 = first data NIC)`,
      });
      continue; // its links cannot be placed; reported once, here
    }
    maps.set(name, interfaceMap(kind, platform.port_count ?? DEFAULT_PORT_COUNT, platform.vm_interface_custom_map, testHost));
  }
  return maps;
}

function describeMap(platform: string, map: InterfaceMap): string {
  return `platform "${platform}" (${map.kind} map)`;
}

/**
 * Turns the spec's links into resolved links (with data NIC indices) and
 * reports every endpoint that cannot be placed, every interface wired twice,
 * self-loops on one interface and duplicate links.
 */
export function resolveLinks(
  specs: SpecSet,
  nodes: ResolvedNode[],
  maps: Map<string, InterfaceMap>,
  issues: SpecIssue[],
): ResolvedLink[] {
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
