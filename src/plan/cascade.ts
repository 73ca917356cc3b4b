import type { DesiredGraph, DesiredNode, Nic } from '../model/types.js';
import type { ObservedLab } from '../state/types.js';
import { reconnects } from '../model/links.js';
import { action } from './node-actions.js';
import type { Action } from './types.js';

/** Actions after which a node runs a fresh QEMU, with new listening sockets. */
export const FRESH_QEMU = new Set(['create', 'replace', 'start', 'restart']);

/** A TCP link's connecting end, as seen from its listener. */
export interface ConnectorEnd {
  node: string;
  iface: string;
  listenerIface: string;
  /** Its desired NIC reconnects by itself (a stream connector). */
  reconnects: boolean;
}

/** For each listener, the TCP links it listens on: connector node and interface. */
export function connectorsByListener(graph: DesiredGraph): Map<string, ConnectorEnd[]> {
  const nics = new Map<string, Nic>(graph.nodes.flatMap((n) => n.nics.map((nic) => [`${n.name}:${nic.interface ?? ''}`, nic] as const)));
  const result = new Map<string, ConnectorEnd[]>();
  for (const link of graph.links) {
    if (link.listener === null) continue;
    const [listenEnd, connectEnd] = link.listenEnd === 'a' ? [link.a, link.z] : [link.z, link.a];
    const [node, iface] = connectEnd.split(':') as [string, string];
    const connector = { node, iface, listenerIface: listenEnd.split(':')[1]!, reconnects: reconnects(nics.get(connectEnd)?.link) };
    const list = result.get(link.listener) ?? [];
    list.push(connector);
    result.set(link.listener, list);
  }
  return result;
}

/**
 * QEMU 7.2's socket connectors never reconnect (measured): when a listener
 * gets a fresh QEMU, every node connected to it must restart too, and so on
 * down the chain. Adds those restarts (local nodes) and returns warnings for
 * connectors on other hosts, which their own host's apply will heal. A
 * stream connector reconnects by itself: it is left running, and the
 * listener's action says so (that is where the old path would have restarted it).
 */
export function cascadeRestarts(graph: DesiredGraph, observed: ObservedLab, actions: Map<string, Action>, inScope: (n: DesiredNode) => boolean): string[] {
  const warnings: string[] = [];
  if (graph.transport === 'udp') return warnings;
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  const connectors = connectorsByListener(graph);
  const queue = [...actions.values()].filter((a) => FRESH_QEMU.has(a.action)).map((a) => a.node);
  while (queue.length > 0) {
    const listener = queue.shift()!;
    const cause = actions.get(listener);
    const healing: string[] = [];
    for (const { node, iface, listenerIface, reconnects: desiredReconnects } of connectors.get(listener) ?? []) {
      if (node === listener) continue;
      const existing = actions.get(node);
      if (existing && FRESH_QEMU.has(existing.action)) continue;
      const seen = observed.nodes[node];
      const desired = byName.get(node)!;
      // What the running QEMU does is what counts; a node on another host is judged by the specs.
      const running = seen?.record.config.nics.find((n) => n.interface === iface)?.link;
      if (inScope(desired) ? seen?.process === 'running' && reconnects(running) : desiredReconnects) {
        healing.push(`${node}:${iface}`);
        continue;
      }
      if (!inScope(desired)) {
        warnings.push(`${node} on ${desired.host} must restart after ${listener} ${cause?.action ?? 'restarts'}s: run "vmlab apply --host ${desired.host}" there`);
        continue;
      }
      if (seen === undefined || seen.process !== 'running' || seen.record.intent === 'stopped') continue;
      if (existing) actions.delete(node); // an in-place update is folded into the restart
      actions.set(
        node,
        action('restart', node, desired.host, [
          `its link ${iface} connects to ${listener}:${listenerIface}, and ${listener} gets a new QEMU (${cause?.action ?? 'restart'}): a QEMU 7.2 socket link never reconnects`,
        ]),
      );
      queue.push(node);
    }
    if (cause && healing.length > 0) {
      const list = healing.sort().join(', ');
      cause.reasons.push(`no peer restarts: ${list} ${healing.length === 1 ? 'reconnects by itself' : 'reconnect by themselves'} once ${listener}'s new QEMU listens`);
    }
  }
  return warnings;
}

/** When a listener stops, its connectors' links stay down until it starts again. */
export function stopWarnings(graph: DesiredGraph, actions: Map<string, Action>): string[] {
  if (graph.transport === 'udp') return [];
  const connectors = connectorsByListener(graph);
  const warnings: string[] = [];
  for (const a of actions.values()) {
    if (a.action !== 'stop') continue;
    for (const { node, iface, reconnects } of connectors.get(a.node) ?? []) {
      if (node === a.node) continue;
      const after = reconnects ? 'it reconnects by itself when' : `${node} restarts when`;
      warnings.push(`${node}'s link ${iface} to ${a.node} goes down; ${after} ${a.node} starts again`);
    }
  }
  return warnings;
}
