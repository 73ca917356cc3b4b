import type { DesiredNode } from './types.js';

/**
 * A management network as vmlab starts it (exec/qemu/argv.ts): `isolated`,
 * QEMU user networking with restrict=on, so the guest reaches neither this
 * machine's loopback services (10.0.2.2) nor, relayed by slirp, anything
 * beyond; or `outbound`, without it, when the platform opts in
 * (vm_mgmt_outbound). Either way the SSH forward and DHCP work.
 */
export type MgmtNetwork = 'isolated' | 'outbound';

export function mgmtNetwork(node: Pick<DesiredNode, 'mgmtOutbound'>): MgmtNetwork {
  return node.mgmtOutbound ? 'outbound' : 'isolated';
}
