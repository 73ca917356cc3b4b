import type { LabSpec, ResolvedEndpoint, ResolvedLink, ResolvedNode } from '../specs/resolved.js';
import type { DesiredLink, NicLink, LinkKind } from './types.js';

/** How often a stream connector retries its listener: a restarted peer is reached within a second of listening. */
export const RECONNECT_MS = 1000;

export const LOOPBACK = '127.0.0.1';

/**
 * Which end of a TCP link listens. The end on the node that comes first in
 * name order listens and the other connects, so every connector depends only
 * on nodes before it: the "listens before" relation is a total order and has
 * no cycles, whatever the wiring. The choice depends on the two names alone,
 * so adding a node or a link never flips an existing link. A link between two
 * interfaces of one node listens on its lower NIC, whose netdev QEMU creates
 * first. (`nodeIndex` holds ranks: compile ranks VMs that hold test hosts
 * after all others, so they always connect.)
 */
export function listenerEnd(link: ResolvedLink, nodeIndex: Map<string, number>): 'a' | 'z' {
  const a = nodeIndex.get(link.a.node)!;
  const z = nodeIndex.get(link.z.node)!;
  if (a !== z) return a < z ? 'a' : 'z';
  return link.a.nic < link.z.nic ? 'a' : 'z';
}

export function linkPort(lab: LabSpec, link: ResolvedLink): number {
  return lab.transport === 'udp' ? lab.ports.link + 2 * link.index : lab.ports.link + link.index;
}

function hostAddress(lab: LabSpec, node: ResolvedNode): string {
  return node.host === null ? LOOPBACK : (lab.hosts[node.host]?.address ?? LOOPBACK);
}

/** Links between nodes on one host stay on loopback; cross-host links use the hosts' IPs. */
function crossesHosts(a: ResolvedNode, z: ResolvedNode): boolean {
  return a.host !== z.host;
}

export interface WiredLink {
  desired: DesiredLink;
  /** The NIC link settings of each end. */
  ends: { endpoint: ResolvedEndpoint; peer: ResolvedEndpoint; link: NicLink }[];
}

export function wireLink(lab: LabSpec, link: ResolvedLink, nodes: Map<string, ResolvedNode>, nodeIndex: Map<string, number>, tcpBackend: LinkKind): WiredLink {
  const a = nodes.get(link.a.node)!;
  const z = nodes.get(link.z.node)!;
  const cross = crossesHosts(a, z);
  const address = (n: ResolvedNode) => (cross ? hostAddress(lab, n) : LOOPBACK);
  const port = linkPort(lab, link);
  const peerName = (e: ResolvedEndpoint) => `${e.node}:${e.iface}`;

  if (lab.transport === 'udp') {
    const sides = [
      { endpoint: link.a, peer: link.z, self: a, other: z, local: port, remote: port + 1 },
      { endpoint: link.z, peer: link.a, self: z, other: a, local: port + 1, remote: port },
    ];
    return {
      desired: { index: link.index, a: peerName(link.a), z: peerName(link.z), port, listener: null, listenEnd: null, transport: 'udp' },
      ends: sides.map((s) => ({
        endpoint: s.endpoint,
        peer: s.peer,
        link: {
          mode: 'udp',
          address: address(s.other),
          port: s.remote,
          local_address: address(s.self),
          local_port: s.local,
          peer: peerName(s.peer),
        },
      })),
    };
  }

  const listens = listenerEnd(link, nodeIndex);
  const listener = listens === 'a' ? link.a : link.z;
  const connector = listens === 'a' ? link.z : link.a;
  const listenAddress = address(nodes.get(listener.node)!);
  const stream = tcpBackend === 'stream' ? ({ backend: 'stream' } as const) : {};
  const reconnect = tcpBackend === 'stream' ? { reconnect_ms: RECONNECT_MS } : {};
  return {
    desired: { index: link.index, a: peerName(link.a), z: peerName(link.z), port, listener: listener.node, listenEnd: listens, transport: 'tcp' },
    ends: [
      { endpoint: listener, peer: connector, link: { mode: 'listen', address: listenAddress, port, peer: peerName(connector), ...stream } },
      { endpoint: connector, peer: listener, link: { mode: 'connect', address: listenAddress, port, peer: peerName(listener), ...stream, ...reconnect } },
    ],
  };
}

/** Does this NIC's link come back by itself when its peer's QEMU restarts? (A stream connector does; a socket one never.) */
export function reconnects(link: NicLink | undefined): boolean {
  return link?.mode === 'connect' && link.reconnect_ms !== undefined;
}
