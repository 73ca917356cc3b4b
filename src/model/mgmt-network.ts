import type { DesiredNode } from './types.js';

/**
 * A management network as vmlab starts it (exec/qemu/argv.ts): `isolated`,
 * QEMU user networking with restrict=on, so the guest reaches neither this
 * machine's loopback services (10.0.2.2) nor, relayed by slirp, anything
 * beyond; or `outbound`, without it. Either way the SSH forward and DHCP work.
 */
export type MgmtNetwork = 'isolated' | 'outbound';

/** Why a node's management network is open, or null when it is isolated. */
export type MgmtOpenReason = 'opt-in' | 'forward-for-other-machines';

/** An address only this machine can connect from: slirp shows such clients to the guest as 10.0.2.2, on its own link. */
export function isLoopbackAddress(address: string): boolean {
  return address.startsWith('127.') || address === '::1' || address === 'localhost';
}

/**
 * A node is isolated unless its platform opts in (vm_mgmt_outbound), or its
 * SSH forward listens for other machines (a server's address in a lab of
 * several hosts). Measured on QEMU 10: under restrict=on slirp's DHCP gives
 * the guest no default route, and slirp shows a forwarded client as itself
 * only when it connects from loopback; a client from another address gets
 * no answer (the guest has no route back to it), so such a forward would
 * be dead for the very machines it is there for.
 */
export function mgmtOpenReason(node: Pick<DesiredNode, 'mgmtOutbound' | 'bindAddress'>): MgmtOpenReason | null {
  if (node.mgmtOutbound) return 'opt-in';
  if (!isLoopbackAddress(node.bindAddress)) return 'forward-for-other-machines';
  return null;
}

export function mgmtNetwork(node: Pick<DesiredNode, 'mgmtOutbound' | 'bindAddress'>): MgmtNetwork {
  return mgmtOpenReason(node) === null ? 'isolated' : 'outbound';
}
