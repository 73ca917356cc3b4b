/**
 * Explicit PCI addresses, so the guest sees NICs in NIC order whatever the
 * port count. Slots 0–2 of the pc machine's root bus are taken (host bridge,
 * ISA/IDE, VGA); the disk takes slot 3 and NIC 0 slot 4. Data NICs fill slots
 * 5–29 of the root bus, then the 31 slots of each pci-bridge, which sit in
 * the highest root slots so the guest enumerates them after the root-bus NICs.
 */
export const DISK_SLOT = 3;
const FIRST_NIC_SLOT = 4;
const LAST_ROOT_NIC_SLOT = 29;
const BRIDGE_SLOTS = [30, 31];
const SLOTS_PER_BRIDGE = 31;

export const MAX_NICS = LAST_ROOT_NIC_SLOT - FIRST_NIC_SLOT + 1 + BRIDGE_SLOTS.length * SLOTS_PER_BRIDGE;

export interface PciPlace {
  bus: string;
  addr: string;
}

const hex = (n: number) => `0x${n.toString(16)}`;

export function bridgeId(i: number): string {
  return `pcibr${i + 1}`;
}

/** Where NIC `index` sits (0 = management). */
export function nicPlace(index: number): PciPlace {
  const rootCapacity = LAST_ROOT_NIC_SLOT - FIRST_NIC_SLOT + 1;
  if (index < rootCapacity) return { bus: 'pci.0', addr: hex(FIRST_NIC_SLOT + index) };
  const beyond = index - rootCapacity;
  const bridge = Math.floor(beyond / SLOTS_PER_BRIDGE);
  if (bridge >= BRIDGE_SLOTS.length) throw new Error(`NIC ${index}: at most ${MAX_NICS} NICs fit`);
  return { bus: bridgeId(bridge), addr: hex((beyond % SLOTS_PER_BRIDGE) + 1) };
}

/** The pci-bridge devices needed for `nicCount` NICs. */
export function bridgesFor(nicCount: number): string[][] {
  const rootCapacity = LAST_ROOT_NIC_SLOT - FIRST_NIC_SLOT + 1;
  const needed = Math.max(0, Math.ceil((nicCount - rootCapacity) / SLOTS_PER_BRIDGE));
  return Array.from({ length: needed }, (_, i) => ['-device', `pci-bridge,id=${bridgeId(i)},chassis_nr=${i + 1},bus=pci.0,addr=${hex(BRIDGE_SLOTS[i]!)}`]);
}
