/**
 * A management network as vmlab starts it (exec/qemu/argv.ts): `isolated`,
 * QEMU user networking with restrict=on, so the guest reaches neither this
 * machine's loopback services (10.0.2.2) nor, relayed by slirp, anything
 * beyond; or `outbound`, without it. Either way the SSH forward and DHCP work.
 */
export type MgmtNetwork = 'isolated' | 'outbound';

/** An address only this machine can connect from: slirp shows such clients to the guest as 10.0.2.2, on its own link. */
export function isLoopbackAddress(address: string): boolean {
  return address.startsWith('127.') || address === '::1' || address === 'localhost';
}

/** A node is isolated unless its platform opts in (vm_mgmt_outbound). */
export function mgmtNetwork(node: { mgmtOutbound?: boolean }): MgmtNetwork {
  return node.mgmtOutbound ? 'outbound' : 'isolated';
}

/** Where QEMU's SSH forward listens, and whether a relay carries other machines' connections to it. */
export interface SshForward {
  /** The address of QEMU's own hostfwd. */
  qemuAddress: string;
  /** Where the relay listens (the node's address, the port the profile names), or null when QEMU listens there itself. */
  relay: { address: string; port: number } | null;
}

/**
 * The SSH forward of a node. Measured on QEMU 10: under restrict=on slirp's
 * DHCP gives the guest no default route, and slirp shows a forwarded client
 * as itself (10.0.2.2, on the guest's own link) only when it connects from
 * loopback; a client from another address gets no answer, the guest having
 * no route back to it. So an isolated node whose forward must listen on a
 * server's address (a lab of several hosts) gets its hostfwd on loopback, at
 * the same port, and a relay (exec/relay) on the server's address that
 * connects to it from loopback. Two listeners on one port but different
 * addresses do not collide; a host address is never 0.0.0.0 (host-access.ts).
 */
export function sshForward(node: { mgmtOutbound?: boolean; bindAddress: string; sshPort: number }): SshForward {
  if (mgmtNetwork(node) === 'outbound' || isLoopbackAddress(node.bindAddress)) return { qemuAddress: node.bindAddress, relay: null };
  return { qemuAddress: '127.0.0.1', relay: { address: node.bindAddress, port: node.sshPort } };
}
