import { UsageError } from '../errors.js';
import type { DesiredGraph, DesiredLink } from './types.js';

/** A link picked on the command line by one of its ends, as the user wrote it and as the graph names it. */
export interface PickedLink {
  /** What the user typed (`h1:eth0` for a test host). */
  asked: string;
  /** The end in the graph's terms (`hostvm:h1/eth0` for a test host's). */
  endpoint: string;
  link: DesiredLink;
}

/**
 * Finds the link that `NODE:INTERFACE` is an end of. A test host's
 * interface is named as the specs name it (`h1:eth0`); its NIC belongs to the
 * VM that holds the host. Every way of getting it wrong is a UsageError
 * (exit 3) that says what would be right.
 */
export function pickLink(graph: DesiredGraph, asked: string): PickedLink {
  const match = /^([^:\s]+):(\S+)$/.exec(asked);
  if (!match) throw new UsageError(`"${asked}": name a link by one of its ends, NODE:INTERFACE, for example ${graph.links[0]?.a ?? 'spine1:Ethernet0'}`);
  const [, node, iface] = match as unknown as [string, string, string];
  const vm = graph.nodes.find((n) => n.name === node);
  const holder = vm ? undefined : graph.nodes.find((n) => n.testHosts.some((h) => h.name === node));
  if (!vm && !holder) {
    const names = [...graph.nodes.map((n) => n.name), ...graph.nodes.flatMap((n) => n.testHosts.map((h) => h.name))].sort();
    throw new UsageError(`"${asked}": lab "${graph.lab}" has no node "${node}"; nodes: ${names.join(', ') || '(none)'}`);
  }
  const endpoint = vm ? asked : `${holder!.name}:${node}/${iface}`;
  const link = graph.links.find((l) => l.a === endpoint || l.z === endpoint);
  if (link) return { asked, endpoint, link };
  // The node's linked interfaces, as the user names them.
  const prefix = vm ? `${node}:` : `${holder!.name}:${node}/`;
  const own = graph.links
    .flatMap((l) => [
      [l.a, l.z],
      [l.z, l.a],
    ])
    .filter(([end]) => end!.startsWith(prefix));
  const list = own.map(([end, peer]) => `${end!.slice(prefix.length)} (to ${display(graph, peer!)})`).sort();
  throw new UsageError(`"${asked}": ${node} has no link on interface ${iface}; ${list.length ? `its links: ${list.join(', ')}` : `${node} has no links`}`);
}

/** A graph endpoint as the specs name it: a test host's `hostvm:h1/eth0` is `h1:eth0`. */
export function display(graph: DesiredGraph, endpoint: string): string {
  const cut = endpoint.indexOf(':');
  const node = endpoint.slice(0, cut);
  const iface = endpoint.slice(cut + 1);
  const slash = iface.indexOf('/');
  if (slash < 0 || !graph.nodes.find((n) => n.name === node)?.testHosts.length) return endpoint;
  return `${iface.slice(0, slash)}:${iface.slice(slash + 1)}`;
}

/** The VM and data NIC of a graph endpoint (`leaf1:Ethernet0`, a test host's `hostvm:h1/eth0`). */
export function endpointNic(graph: DesiredGraph, endpoint: string): { node: string; nic: number; interface: string } {
  const cut = endpoint.indexOf(':');
  const node = endpoint.slice(0, cut);
  const iface = endpoint.slice(cut + 1);
  const nic = graph.nodes.find((n) => n.name === node)?.nics.find((n) => n.interface === iface);
  if (!nic) throw new Error(`no NIC for ${endpoint}`);
  return { node, nic: nic.index, interface: iface };
}
