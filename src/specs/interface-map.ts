import { nameMap } from './names.js';
import type { InterfaceMapKind } from './types.js';

/**
 * How a platform's interface names map to data NIC indices. NIC 0 is always
 * management, so the first data NIC is index 1.
 */
/** A named map rule, or `ports`: a platform's own port list (newtron's `ports: [{name, nic_index}]`). */
export type MapKind = InterfaceMapKind | 'ports';

export interface InterfaceMap {
  kind: MapKind;
  /** Data NIC index for an interface name, or undefined if the map cannot place it. */
  nicIndex(name: string): number | undefined;
  /** Interface name for a data NIC index (for readable plans and fillers). */
  interfaceName(nic: number): string | undefined;
  /** A few valid names, for error messages. */
  examples(): string[];
}

export const DEFAULT_PORT_COUNT = 32;

function numbered(prefix: string, step: number, first: number, portCount: number, kind: InterfaceMapKind): InterfaceMap {
  const pattern = new RegExp(`^${prefix}(0|[1-9][0-9]*)$`);
  return {
    kind,
    nicIndex(name) {
      const match = pattern.exec(name);
      if (!match) return undefined;
      const n = Number(match[1]);
      if ((n - first) % step !== 0 || n < first) return undefined;
      const nic = (n - first) / step + 1;
      return nic <= portCount ? nic : undefined;
    },
    interfaceName(nic) {
      return nic >= 1 && nic <= portCount ? `${prefix}${first + (nic - 1) * step}` : undefined;
    },
    examples() {
      const last = first + (portCount - 1) * step;
      const shown = [1, 2, 3].filter((nic) => nic <= portCount).map((nic) => `${prefix}${first + (nic - 1) * step}`);
      return portCount > 3 ? [...shown, '…', `${prefix}${last}`] : shown;
    },
  };
}

function custom(table: Record<string, number>, kind: MapKind = 'custom'): InterfaceMap {
  const byNic = new Map(Object.entries(table).map(([name, nic]) => [nic, name]));
  const names = Object.keys(table).sort((a, b) => table[a]! - table[b]!);
  return {
    kind,
    nicIndex: (name) => (Object.hasOwn(table, name) ? table[name] : undefined),
    interfaceName: (nic) => byNic.get(nic),
    examples: () => (names.length > 4 ? [...names.slice(0, 3), '…', names[names.length - 1]!] : names),
  };
}

/**
 * `testHost`: the platform is a test host's (`device_type: "host"`), whose
 * interfaces live in its own namespace of a shared VM and count from that
 * host's first NIC: its `eth0` is a data NIC, never management.
 */
export function interfaceMap(kind: InterfaceMapKind, portCount = DEFAULT_PORT_COUNT, customTable: Record<string, number> = {}, testHost = false): InterfaceMap {
  switch (kind) {
    case 'sequential':
      return numbered('Ethernet', 1, 0, portCount, kind);
    case 'stride-4':
      return numbered('Ethernet', 4, 0, portCount, kind);
    case 'linux':
      // Linux VMs: eth0 is management, data interfaces are eth1, eth2, …
      // A test host's eth0 is the first NIC of its block.
      return testHost ? numbered('eth', 1, 0, portCount, kind) : numbered('eth', 1, 1, portCount, kind);
    case 'custom':
      return custom(customTable);
  }
}

/** A platform's port list as its map: each port's NIC is what the list says, whatever the names look like. */
export function portsMap(ports: { name: string; nic_index: number }[]): InterfaceMap {
  return custom(nameMap(ports.map((p) => [p.name, p.nic_index] as const)), 'ports');
}
