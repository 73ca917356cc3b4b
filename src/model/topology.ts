import { reconnects } from './links.js';
import { sshForward } from './mgmt-network.js';
import type { DesiredGraph, DesiredNode, Nic, QemuConfig } from './types.js';

/**
 * The link topology, derived once: who listens, who connects, and which
 * ports a QEMU holds. The planner (cascades, start order, port hand-overs)
 * and the preflight check read it from here; the executor gets what it needs
 * from the plan's actions.
 */

/** A TCP link's connecting end, as seen from its listener. */
export interface ConnectorEnd {
  node: string;
  iface: string;
  listenerIface: string;
  /** Its desired NIC reconnects by itself (a stream connector). */
  reconnects: boolean;
}

/** For each listener, the TCP links it listens on: connector node and interface. */
export function connectorsByListener(graph: Pick<DesiredGraph, 'nodes' | 'links'>): ReadonlyMap<string, readonly ConnectorEnd[]> {
  // Several planner passes ask for the same graph's: worked out once per graph (a graph is never changed once compiled).
  let found = connectorsOf.get(graph);
  if (!found) connectorsOf.set(graph, (found = findConnectors(graph)));
  return found;
}

const connectorsOf = new WeakMap<object, ReadonlyMap<string, readonly ConnectorEnd[]>>();

function findConnectors(graph: Pick<DesiredGraph, 'nodes' | 'links'>): Map<string, ConnectorEnd[]> {
  const nics = new Map<string, Nic>(graph.nodes.flatMap((n) => n.nics.map((nic) => [`${n.name}:${nic.interface ?? ''}`, nic] as const)));
  const result = new Map<string, ConnectorEnd[]>();
  for (const link of graph.links) {
    if (link.listener === null) continue;
    const [listenEnd, connectEnd] = link.listenEnd === 'a' ? [link.a, link.z] : [link.z, link.a];
    const [node, iface] = splitEndpoint(connectEnd);
    const connector = { node, iface, listenerIface: splitEndpoint(listenEnd)[1], reconnects: reconnects(nics.get(connectEnd)?.link) };
    const list = result.get(link.listener) ?? [];
    list.push(connector);
    result.set(link.listener, list);
  }
  return result;
}

/** The connecting ends of recorded links, for destroy order: connector → listener. */
export function recordedConnections(
  links: readonly { a: string; z: string; listener: string | null; listenEnd: 'a' | 'z' | null }[],
): { connector: string; listener: string }[] {
  return links.flatMap((link) =>
    link.listener === null ? [] : [{ connector: splitEndpoint(link.listenEnd === 'a' ? link.z : link.a)[0], listener: link.listener }],
  );
}

/** "node:iface" → [node, iface]. Interfaces hold no ':' (the specs' names are checked), nodes neither. */
export function splitEndpoint(endpoint: string): [string, string] {
  const at = endpoint.indexOf(':');
  return at < 0 ? [endpoint, ''] : [endpoint.slice(0, at), endpoint.slice(at + 1)];
}

/** A port a QEMU binds, and what for (preflight names it in a conflict). */
export interface BoundPort {
  what: string;
  address: string;
  port: number;
  /** A UDP link end receives on it; everything else listens on TCP. */
  udp?: true;
}

/** What a QEMU started with this config binds: SSH, console, and the link ports it listens or receives on. */
export function portsOf(node: {
  bind_address: string;
  console_bind?: string;
  ssh_port: number;
  console_port: number;
  config: Pick<QemuConfig, 'nics'>;
}): BoundPort[] {
  const ports: BoundPort[] = [
    { what: 'SSH', address: node.bind_address, port: node.ssh_port },
    { what: 'console', address: node.console_bind ?? node.bind_address, port: node.console_port },
  ];
  for (const nic of node.config.nics) {
    if (nic.link?.mode === 'listen') ports.push({ what: `link ${nic.interface}`, address: nic.link.address, port: nic.link.port });
    if (nic.link?.mode === 'udp') ports.push({ what: `link ${nic.interface}`, address: nic.link.local_address, port: nic.link.local_port, udp: true });
  }
  return ports;
}

/** The same for a desired node, the ports its fresh QEMU (and its SSH forward relay) will bind. */
export function desiredPorts(node: DesiredNode): BoundPort[] {
  const ports = portsOf({
    bind_address: node.bindAddress,
    console_bind: node.consoleBind,
    ssh_port: node.sshPort,
    console_port: node.consolePort,
    config: node,
  });
  const forward = sshForward(node);
  if (forward.relay !== null) ports.push({ what: 'SSH, its loopback side', address: forward.qemuAddress, port: node.sshPort });
  return ports;
}

/** A socket listener on another host that a node connects to (a stream connector waits by itself). */
export interface RemoteListener {
  iface: string;
  peer: string;
  host: string;
  address: string;
  port: number;
}

/** The listeners on other hosts that a node's fresh QEMU must find answering before it starts. */
export function remoteListeners(node: DesiredNode, hostOf: (name: string) => string | null | undefined): RemoteListener[] {
  const out: RemoteListener[] = [];
  for (const nic of node.nics) {
    if (nic.link?.mode !== 'connect' || reconnects(nic.link) || nic.interface === undefined) continue;
    const host = hostOf(splitEndpoint(nic.link.peer)[0]);
    if (host === undefined || host === node.host) continue;
    out.push({ iface: nic.interface, peer: nic.link.peer, host: host ?? '?', address: nic.link.address, port: nic.link.port });
  }
  return out;
}
