import { nameMap } from './names.js';
import type { HostEntry, TopologySpec, VmlabSettings } from './types.js';

/** Where a setting came from: the vmlab section, newtron's newtlab section, or vmlab's default. */
export type SettingSource = 'vmlab' | 'newtlab' | 'default';

/** The port-base and host fields newtron's newtlab section shares with the vmlab section. */
const FROM_NEWTLAB = ['link_port_base', 'console_port_base', 'ssh_port_base', 'hosts'] as const;

export interface LabSettings {
  values: VmlabSettings;
  /** JSON pointer (in topology.json) each setting was read from; absent: not set, the default applies. */
  from: Partial<Record<keyof VmlabSettings, string>>;
  /** Each host's entry: its pointer in topology.json (`/vmlab/hosts/a`, `/newtlab/servers/0`). */
  hostPaths: Record<string, string>;
}

/**
 * The lab's settings: the vmlab section, and where it is silent, what newtron's
 * newtlab section says (port bases, hosts, or hosts made from its server
 * pool: name → address). vmlab wins field by field. The default platform is
 * vmlab.default_platform, else topology.json's top-level `platform`
 * (newtron's default platform for every node).
 */
export function labSettings(topology: TopologySpec): LabSettings {
  const vmlab = topology.vmlab ?? {};
  const newtlab = topology.newtlab ?? {};
  const values: VmlabSettings = { ...vmlab };
  const from: LabSettings['from'] = {};
  for (const key of Object.keys(vmlab) as (keyof VmlabSettings)[]) from[key] = `/vmlab/${key}`;
  for (const key of FROM_NEWTLAB) {
    if (values[key] !== undefined || newtlab[key] === undefined) continue;
    (values as Record<string, unknown>)[key] = newtlab[key];
    from[key] = `/newtlab/${key}`;
  }
  const hostPaths = nameMap<string>();
  if (values.hosts === undefined && newtlab.servers !== undefined && newtlab.servers.length > 0) {
    values.hosts = nameMap<HostEntry>();
    newtlab.servers.forEach((server, i) => {
      // A server is a host object: its address and the capacity newtron gives it (the rest is newtron's).
      const capacity = { max_nodes: server.max_nodes, cpus: server.cpus, memory_mb: server.memory_mb };
      values.hosts![server.name] = { address: server.address, ...Object.fromEntries(Object.entries(capacity).filter(([, v]) => v !== undefined)) };
      hostPaths[server.name] = `/newtlab/servers/${i}`;
    });
    from.hosts = '/newtlab/servers';
  }
  // A JSON pointer token: "~" and "/" in a host name are escaped (RFC 6901).
  for (const host of Object.keys(values.hosts ?? {})) hostPaths[host] ??= `${from.hosts}/${host.replaceAll('~', '~0').replaceAll('/', '~1')}`;
  if (values.default_platform === undefined && topology.platform !== undefined) {
    values.default_platform = topology.platform;
    from.default_platform = '/platform';
  }
  return { values, from, hostPaths };
}

/** Where a setting is (or would be) written, for messages: its pointer, or the vmlab section's when it is not set. */
export function settingPath(settings: LabSettings, key: keyof VmlabSettings): string {
  return settings.from[key] ?? `/vmlab/${key}`;
}

export function settingSource(settings: LabSettings, key: keyof VmlabSettings): SettingSource {
  const from = settings.from[key];
  return from === undefined ? 'default' : from.startsWith('/newtlab/') ? 'newtlab' : 'vmlab';
}
