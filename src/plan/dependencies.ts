import { connectorsByListener, desiredPorts, portsOf, recordedConnections } from '../model/topology.js';
import type { DesiredGraph } from '../model/types.js';
import type { ObservedLab } from '../state/types.js';
import { editAll, type PassOutput, type PlanInput, type PlanSoFar } from './passes.js';
import { isFreshQemu, type Action, type Dependency } from './types.js';

/** Does `from` (transitively) depend on `target`? */
function reaches(from: Action, target: Action, actions: Map<string, Action>): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const a = stack.pop()!;
    if (a === target) return true;
    for (const { on } of a.depends_on) {
      if (seen.has(on)) continue;
      seen.add(on);
      const next = actions.get(on);
      if (next) stack.push(next);
    }
  }
  return false;
}

function addDependency(on: Action | undefined, from: Action | undefined, until: Dependency['until']): void {
  if (!on || !from || on === from || from.depends_on.some((d) => d.on === on.id)) return;
  from.depends_on.push({ on: on.id, until });
}

/** Ports an action makes its node bind: all of a fresh QEMU's, the new SSH and console ports of a live update. */
function boundPorts(a: Action): number[] {
  if (a.action === 'update') return a.steps.flatMap((s) => (s.step === 'move-ssh' || s.step === 'move-console' ? [s.to.port] : []));
  if (isFreshQemu(a)) return desiredPorts(a.desired).map((p) => p.port);
  return [];
}

/** Pass: what waits for what (see linkDependencies). */
export function dependenciesPass(input: PlanInput, sofar: PlanSoFar): PassOutput {
  return editAll(sofar, (byId) => linkDependencies(input.graph, input.observed, byId));
}

/**
 * Fills in depends_on:
 * - a socket connector's fresh QEMU waits until its listener's has started
 *   (listeners first); a stream connector reconnects, so it starts at once;
 * - an action that binds a port waits for the destroy, stop or live update
 *   that frees it to be done (a node added in the middle of the name order
 *   takes over its successor's ports);
 * - destroys run in reverse: a listener is destroyed after its connectors;
 * - a profile is patched after its node is up.
 */
function linkDependencies(graph: DesiredGraph, observed: ObservedLab, actions: Map<string, Action>): void {
  const byNode = new Map<string, Action[]>();
  for (const a of actions.values()) {
    const list = byNode.get(a.node);
    if (list) list.push(a);
    else byNode.set(a.node, [a]);
  }
  // A template build borrows its first clone's name, but is no action of that node.
  const nodeAction = (node: string) => (byNode.get(node) ?? []).find((a) => a.action !== 'patch-profile' && a.action !== 'build-template');

  for (const [listener, connectors] of connectorsByListener(graph)) {
    const first = nodeAction(listener);
    if (!first || !isFreshQemu(first)) continue;
    for (const { node, reconnects } of connectors) {
      if (reconnects) continue; // it keeps trying until its listener is there: no start order
      const then = nodeAction(node);
      if (then && isFreshQemu(then)) addDependency(first, then, 'started');
    }
  }

  const holders = new Map<number, string>();
  for (const [name, seen] of Object.entries(observed.nodes)) {
    if (seen.process === 'running') for (const { port } of portsOf(seen.record)) holders.set(port, name);
  }
  for (const a of actions.values()) {
    for (const port of boundPorts(a)) {
      const holder = holders.get(port);
      if (holder === undefined || holder === a.node) continue;
      // A holder that gets a fresh QEMU (replace, restart) is not waited for:
      // the executor stops every such QEMU before it starts any, so the port
      // is free by then, and waiting could deadlock (a new listener taking
      // the ports of the replaced connector that waits for it).
      const release = nodeAction(holder);
      if (release && !isFreshQemu(release) && !reaches(release, a, actions)) addDependency(release, a, 'done');
    }
  }

  for (const { connector, listener } of recordedConnections(observed.state?.links ?? [])) {
    addDependency(actions.get(`destroy:${connector}`), actions.get(`destroy:${listener}`), 'done');
  }

  // A test host's profile holds its VM's address: patched once that VM is up.
  const vmOf = new Map(graph.nodes.flatMap((n) => n.testHosts.map((h) => [h.name, n.name] as const)));
  for (const a of actions.values()) {
    if (a.action === 'patch-profile') addDependency(nodeAction(vmOf.get(a.node) ?? a.node), a, 'done');
  }
  for (const a of actions.values()) a.depends_on.sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0));
}
