import type { DesiredGraph, DesiredNode } from '../model/types.js';
import type { ObservedLab } from '../state/types.js';
import { reconnects } from '../model/links.js';
import { connectorsByListener } from '../model/topology.js';
import { freshAction, type LabContext } from './action-builders.js';
import { reason } from './reasons.js';
import { editLifecycle, type PassOutput, type PlanInput, type PlanSoFar } from './passes.js';
import { isFreshQemu, type Action } from './types.js';

/**
 * QEMU 7.2's socket connectors never reconnect (measured): when a listener
 * gets a fresh QEMU, every node connected to it must restart too, and so on
 * down the chain. Adds those restarts (local nodes) and returns warnings for
 * connectors on other hosts, which their own host's apply will heal. A
 * stream connector reconnects by itself: it is left running, and the
 * listener's action says so (that is where the old path would have restarted it).
 */
function cascadeRestarts(
  graph: DesiredGraph,
  observed: ObservedLab,
  actions: Map<string, Action>,
  inScope: (n: DesiredNode) => boolean,
  ctx: LabContext,
): string[] {
  const warnings: string[] = [];
  if (graph.transport === 'udp') return warnings;
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  const connectors = connectorsByListener(graph);
  const queue = [...actions.values()].filter(isFreshQemu).map((a) => a.node);
  while (queue.length > 0) {
    const listener = queue.shift()!;
    const cause = actions.get(listener);
    const healing: string[] = [];
    for (const { node, iface, listenerIface, reconnects: desiredReconnects } of connectors.get(listener) ?? []) {
      if (node === listener) continue;
      const existing = actions.get(node);
      if (existing && isFreshQemu(existing)) continue;
      const seen = observed.nodes[node];
      const desired = byName.get(node)!;
      // What the running QEMU does is what counts; a node on another host is judged by the specs.
      const running = seen?.record.config.nics.find((n) => n.interface === iface)?.link;
      if (inScope(desired) ? seen?.process === 'running' && reconnects(running) : desiredReconnects) {
        healing.push(`${node}:${iface}`);
        continue;
      }
      if (!inScope(desired)) {
        warnings.push(
          `${node} on ${desired.host} must restart after ${listener} ${cause?.action ?? 'restarts'}s: run "vmlab apply --host ${desired.host}" there`,
        );
        continue;
      }
      if (seen === undefined || seen.process !== 'running' || seen.record.intent === 'stopped') continue;
      if (existing) actions.delete(node); // an in-place update is folded into the restart
      const why = reason('listener-restarts', { interface: iface, listener, listener_interface: listenerIface, cause: cause?.action ?? 'restart' });
      actions.set(node, freshAction('restart', desired, seen.record, [why], ctx));
      queue.push(node);
    }
    if (cause && healing.length > 0) {
      cause.reasons.push(reason('peers-reconnect', { listener, ends: healing.sort() }));
    }
  }
  return warnings;
}

/** Pass: on socket links, the connectors of a node that gets a fresh QEMU restart too (see cascadeRestarts). */
export function cascadePass(input: PlanInput, sofar: PlanSoFar): PassOutput {
  return editLifecycle(sofar, (byNode) => cascadeRestarts(input.graph, input.observed, byNode, input.inScope, input.ctx));
}

/** Pass: the links that go down with a node that stops, said as warnings. */
export function stopWarningsPass(input: PlanInput, sofar: PlanSoFar): PassOutput {
  return { warnings: stopWarnings(input.graph, [...sofar.actions.values()]) };
}

/** When a listener stops, its connectors' links stay down until it starts again. */
function stopWarnings(graph: DesiredGraph, actions: readonly Action[]): string[] {
  if (graph.transport === 'udp' || !actions.some((a) => a.action === 'stop')) return [];
  const connectors = connectorsByListener(graph);
  const warnings: string[] = [];
  for (const a of actions) {
    if (a.action !== 'stop') continue;
    for (const { node, iface, reconnects } of connectors.get(a.node) ?? []) {
      if (node === a.node) continue;
      const after = reconnects ? 'it reconnects by itself when' : `${node} restarts when`;
      warnings.push(`${node}'s link ${iface} to ${a.node} goes down; ${after} ${a.node} starts again`);
    }
  }
  return warnings;
}
