import type { DesiredGraph, DesiredNode } from '../model/types.js';
import type { ObservedLab } from '../state/types.js';
import { action } from './node-actions.js';
import type { Action } from './types.js';

/** Actions after which a node runs a fresh QEMU, with new listening sockets. */
export const FRESH_QEMU = new Set(['create', 'replace', 'start', 'restart']);

/** For each listener, the TCP links it listens on: connector node and interface. */
export function connectorsByListener(graph: DesiredGraph): Map<string, { node: string; iface: string; listenerIface: string }[]> {
  const result = new Map<string, { node: string; iface: string; listenerIface: string }[]>();
  for (const link of graph.links) {
    if (link.listener === null) continue;
    const [listenEnd, connectEnd] = link.listenEnd === 'a' ? [link.a, link.z] : [link.z, link.a];
    const [node, iface] = connectEnd.split(':') as [string, string];
    const connector = { node, iface, listenerIface: listenEnd.split(':')[1]! };
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
 * connectors on other hosts, which their own host's apply will heal.
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
    for (const { node, iface, listenerIface } of connectors.get(listener) ?? []) {
      if (node === listener) continue;
      const existing = actions.get(node);
      if (existing && FRESH_QEMU.has(existing.action)) continue;
      const seen = observed.nodes[node];
      const desired = byName.get(node)!;
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
    for (const { node, iface } of connectors.get(a.node) ?? []) {
      if (node !== a.node) warnings.push(`${node}'s link ${iface} to ${a.node} goes down; ${node} restarts when ${a.node} starts again`);
    }
  }
  return warnings;
}
