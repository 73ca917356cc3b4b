import { declaredImpairments } from './impairments.js';
import { basename, dirname } from 'node:path';
import { SpecError, type SpecIssue } from '../errors.js';
import { unsafeNameReason } from './names.js';
import { platformPlace, profileDir } from './places.js';
import { checkPortRanges, linkPortCount } from './port-ranges.js';
import { platformMaps, resolveLinks } from './resolve-links.js';
import { checkFwCfg, resolveHosts, resolveNodes, strayProfiles, type ResolveEnv } from './resolve-nodes.js';
import { placeNodes } from './placement.js';
import { DEFAULTS, type HostSpec, type LabSpec, type ResolvedLink, type ResolvedNode } from './resolved.js';
import { checkSecrets } from './secret-fields.js';
import { labSettings, settingPath, settingSource, type LabSettings } from './settings.js';
import { packTestHosts } from './test-hosts.js';
import { checkVmLimits } from './vm-limits.js';
import type { SpecSet } from './types.js';

/**
 * The lab name a spec directory gives when topology.json names none: the
 * directory's name, except that a directory named `specs` (newtron's
 * `<network>/specs`) is named after its parent.
 */
export function directoryLabName(dir: string): string {
  return basename(dir) === 'specs' && dirname(dir) !== dir ? basename(dirname(dir)) : basename(dir);
}

/** The lab's name as the specs give it: vmlab.name, else the spec directory's. */
export function specLabName(specs: SpecSet): string {
  return labSettings(specs.topology).values.name ?? directoryLabName(specs.dir);
}

/**
 * Puts the nodes the specs send nowhere on hosts by capacity (placement.ts),
 * and checks that the nodes sent to a host fit what it declares.
 */
function placeLab(
  nodes: ResolvedNode[],
  hosts: Record<string, HostSpec>,
  previous: Record<string, string>,
  lab: LabSettings,
  issues: SpecIssue[],
): ResolvedNode[] {
  const hostList = Object.values(hosts);
  if (!hostList.some((h) => h.maxNodes !== null || h.cpus !== null || h.memoryMb !== null)) return nodes;
  const takes = hostList.some((h) => h.maxNodes !== null);
  // Without a host that takes placed nodes, each unsent node already has its message (resolveNodes).
  const input = nodes.filter((n) => takes || n.host !== null).map((n) => ({ name: n.name, cpus: n.cpus, memoryMb: n.memoryMb, sentTo: n.host }));
  const { placed, problems } = placeNodes({ nodes: input, hosts, previous });
  for (const p of problems) {
    const path = p.host === null ? settingPath(lab, 'hosts') : `${lab.hostPaths[p.host]}/${p.field}`;
    issues.push({ file: 'topology.json', path, message: p.message });
  }
  return nodes.map((n) => (placed[n.name] ? { ...n, host: placed[n.name]!.host, placement: placed[n.name]! } : n));
}

/**
 * Checks the meaning of a spec set (the schemas already checked its shape)
 * and resolves it into a LabSpec. All mistakes are reported together.
 * `previous`: the placement decided before (node → host), which the nodes
 * vmlab places keep while they fit (placement.ts).
 */
export function resolveLab(specs: SpecSet, env: ResolveEnv, previous: Record<string, string> = {}): LabSpec {
  const issues: SpecIssue[] = [];
  const lab = labSettings(specs.topology);
  const settings = lab.values;

  const name = specLabName(specs);
  const unsafe = unsafeNameReason(name);
  if (unsafe) {
    issues.push({
      file: 'topology.json',
      path: settings.name !== undefined ? '/vmlab/name' : '',
      message: `lab name ${unsafe}${settings.name === undefined ? ' (it comes from the spec directory; set vmlab.name)' : ''}`,
    });
  }

  const hosts = resolveHosts(specs, issues);
  const devices = resolveNodes(specs, hosts, env, issues);
  checkVmLimits(specs, issues);
  checkFwCfg(specs, issues);
  const maps = platformMaps(specs, issues);
  const deviceLinks = resolveLinks(specs, devices, maps, issues);
  const impairments = declaredImpairments(settings.impairments, deviceLinks, issues);
  const secrets = checkSecrets(specs, new Set(devices.map((n) => n.platform)), issues);
  const packWarnings: string[] = [];
  // Test hosts become namespaces of shared VMs: from here on, nodes are VMs.
  const packed = packTestHosts(specs, devices, deviceLinks, maps, (a, b) => secrets.same(a, b), issues, packWarnings);
  // Placed as VMs: a VM holding test hosts takes one slot and needs what its biggest host needs.
  const nodes = placeLab(packed.nodes, hosts, previous, lab, issues);
  const links = packed.links;

  const transport = settings.link_transport ?? DEFAULTS.transport;
  const ports = {
    link: settings.link_port_base ?? DEFAULTS.ports.link,
    console: settings.console_port_base ?? DEFAULTS.ports.console,
    ssh: settings.ssh_port_base ?? DEFAULTS.ports.ssh,
  };
  const fields = { link: 'link_port_base', console: 'console_port_base', ssh: 'ssh_port_base' } as const;
  checkPortRanges(ports, nodes.length, linkPortCount(links.length, transport), issues, settings.allow_privileged_ports ?? false, (field) =>
    settingPath(lab, field),
  );
  const portsFrom = {
    link: settingSource(lab, fields.link),
    console: settingSource(lab, fields.console),
    ssh: settingSource(lab, fields.ssh),
  } satisfies LabSpec['portsFrom'];

  if (issues.length > 0) throw new SpecError(issues);
  const warnings = [...(specs.warnings ?? []), ...secrets.warnings, ...strayProfiles(specs), ...packWarnings, ...strideWarnings(specs, devices, deviceLinks)];
  return { name, dir: specs.dir, transport, ports, portsFrom, profileDir: profileDir(specs), hosts, nodes, links, impairments, warnings };
}

/**
 * A `sequential` platform on which every port the lab wires is a multiple
 * of 4 (and not only Ethernet0) is most likely a stride-4 image (SONiC VS)
 * labelled sequential, as older newtron platforms are: placed by the
 * sequential rule, Ethernet4 goes to NIC 5, where a stride-4 image has
 * Ethernet16. The lab runs, but miscabled.
 */
function strideWarnings(specs: SpecSet, nodes: ResolvedNode[], links: ResolvedLink[]): string[] {
  const platformOf = new Map(nodes.map((n) => [n.name, n.platform]));
  const used = new Map<string, Set<string>>(); // platform → interfaces wired on it
  for (const link of links) {
    for (const end of [link.a, link.z]) {
      const platform = platformOf.get(end.node)!;
      const set = used.get(platform) ?? new Set<string>();
      set.add(end.iface);
      used.set(platform, set);
    }
  }
  const warnings: string[] = [];
  for (const [name, ifaces] of [...used].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const platform = specs.platforms[name]!;
    if (platform.ports !== undefined || platform.vm_interface_map !== 'sequential') continue;
    const numbers = [...ifaces].map((i) => /^Ethernet(\d+)$/.exec(i)).map((m) => (m ? Number(m[1]) : NaN));
    if (numbers.some((n) => Number.isNaN(n) || n % 4 !== 0) || !numbers.some((n) => n > 0)) continue;
    const sorted = [...new Set(numbers)].sort((a, b) => a - b);
    const shown = sorted.length > 4 ? [...sorted.slice(0, 3), '…', sorted.at(-1)] : sorted;
    const place = platformPlace(specs, name);
    warnings.push(
      `platform "${name}" (${place.file}${place.path ? ` ${place.path}` : ''}) says "vm_interface_map": "sequential", but every port the lab wires on it is a multiple of 4 (${shown.map((n) => (n === '…' ? n : `Ethernet${n}`)).join(', ')}), as a stride-4 image (SONiC VS) names its ports; sequential puts them on NICs ${sorted
        .slice(0, 3)
        .map((n) => n + 1)
        .join(', ')}${sorted.length > 3 ? ', …' : ''} with fillers between, which miscables a stride-4 image. It probably needs "vm_interface_map": "stride-4"`,
    );
  }
  return warnings;
}
