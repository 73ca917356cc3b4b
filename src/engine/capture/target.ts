import { UsageError } from '../../errors.js';
import type { CaptureTap } from '../../ports/machine.js';
import type { NodeRecord } from '../../state/types.js';

/** `leaf1:Ethernet0` → node and interface, as the specs' links write them. */
export function parseEndpoint(text: string): { node: string; iface: string } {
  const colon = text.indexOf(':');
  const node = colon < 0 ? '' : text.slice(0, colon);
  const iface = colon < 0 ? '' : text.slice(colon + 1);
  if (!node || !iface) throw new UsageError(`"${text}" is not an interface: write NODE:INTERFACE, as the specs' links do (e.g. leaf1:Ethernet0)`);
  return { node, iface };
}

/** "Ethernet0 (to sw2:Ethernet0), Ethernet4 (to …)", for messages. */
function linkedList(links: { name: string; peer: string }[]): string {
  return links.map((l) => `${l.name} (to ${l.peer})`).join(', ');
}

function noLink(node: string, iface: string, links: { name: string; peer: string }[]): UsageError {
  const known = links.length === 0 ? `${node} has no links at all` : `its linked interfaces: ${linkedList(links)}`;
  return new UsageError(`${node} has no link on "${iface}", so there is nothing to capture there; ${known}`);
}

/**
 * Finds the NIC behind an endpoint among the nodes that run on this machine
 * (state.json's records): a VM's interface, or a test host's, which is a NIC
 * of the VM that holds it. Null when no node here has that name (the caller
 * looks in the specs for a node on another host). Throws a UsageError when
 * the node is here but the interface has no link. Pure.
 */
export function findCaptureTarget(endpoint: string, nodes: Record<string, NodeRecord>): CaptureTap | null {
  const { node, iface } = parseEndpoint(endpoint);
  const record = nodes[node];
  if (record) {
    const linked = record.config.nics.filter((n) => n.kind === 'link' && n.interface !== undefined && n.link !== undefined);
    const nic = linked.find((n) => n.interface === iface);
    if (!nic)
      throw noLink(
        node,
        iface,
        linked.map((n) => ({ name: n.interface!, peer: n.link!.peer })),
      );
    return { endpoint, vm: node, nic, peer: nic.link!.peer };
  }
  for (const [vm, holder] of Object.entries(nodes)) {
    const host = (holder.test_hosts ?? []).find((h) => h.name === node);
    if (!host) continue;
    const linked = host.interfaces.filter((i) => i.peer !== null);
    const port = linked.find((i) => i.name === iface);
    const nic = port && holder.config.nics.find((n) => n.index === port.nic && n.kind === 'link');
    if (!port || !nic)
      throw noLink(
        node,
        iface,
        linked.map((i) => ({ name: i.name, peer: i.peer! })),
      );
    return { endpoint, vm, nic, peer: port.peer! };
  }
  return null;
}

/** A node as the specs place it: which host runs it (null: a single-host lab), and its test hosts. */
export interface PlacedNode {
  name: string;
  host: string | null;
  testHosts: string[];
}

/**
 * Why a node is not among this machine's nodes, as one message: it runs on
 * another host (a filter taps the QEMU, so the capture must run where that
 * QEMU runs), it is in the specs but not deployed, or there is no such node.
 * Pure.
 */
export function notHereError(
  node: string,
  endpoint: string,
  placed: PlacedNode[] | null,
  hosts: Record<string, string>,
  thisHost: string | null,
  localNames: string[],
): UsageError {
  const owner = placed?.find((n) => n.name === node || n.testHosts.includes(node));
  if (owner && owner.host !== null && owner.host !== thisHost) {
    const where = hosts[owner.host] ? `${owner.host} (${hosts[owner.host]})` : owner.host;
    const inVm = owner.name === node ? '' : ` (in VM ${owner.name})`;
    return new UsageError(
      `${node}${inVm} runs on host ${where}, not on this one: a capture taps its QEMU, so run "vmlab capture ${endpoint} …" on ${owner.host}`,
    );
  }
  if (owner) return new UsageError(`${node} is in the specs but not deployed; run "vmlab apply" first`);
  const names = [...new Set([...localNames, ...(placed ?? []).flatMap((n) => [n.name, ...n.testHosts])])].sort();
  return new UsageError(`no node "${node}" in this lab; nodes: ${names.join(', ') || 'none'}`);
}
