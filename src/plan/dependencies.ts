import type { DesiredGraph, QemuConfig } from '../model/types.js';
import type { ObservedLab } from '../state/types.js';
import { connectorsByListener, FRESH_QEMU } from './cascade.js';
import type { Action } from './types.js';

/** Does `from` (transitively) depend on `target`? */
function reaches(from: Action, target: Action, actions: Map<string, Action>): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length > 0) {
    const a = stack.pop()!;
    if (a === target) return true;
    for (const id of a.depends_on) {
      if (seen.has(id)) continue;
      seen.add(id);
      const next = actions.get(id);
      if (next) stack.push(next);
    }
  }
  return false;
}

function addDependency(on: Action | undefined, from: Action | undefined): void {
  if (!on || !from || on === from || from.depends_on.includes(on.id)) return;
  from.depends_on.push(on.id);
}

/** Ports a recorded QEMU holds: SSH, console, and the link ports it listens or receives on. */
function heldPorts(record: { ssh_port: number; console_port: number; config: QemuConfig }): number[] {
  const ports = [record.ssh_port, record.console_port];
  for (const nic of record.config.nics) {
    if (nic.link?.mode === 'listen') ports.push(nic.link.port);
    if (nic.link?.mode === 'udp') ports.push(nic.link.local_port);
  }
  return ports;
}

/** Ports an action makes its node bind. */
function boundPorts(a: Action, graph: Map<string, { sshPort: number; consolePort: number; nics: QemuConfig['nics'] }>): number[] {
  const node = graph.get(a.node);
  if (!node) return [];
  if (a.action === 'update') return (a.changes ?? []).filter((c) => c.field.endsWith('_port')).map((c) => c.new as number);
  if (!FRESH_QEMU.has(a.action)) return [];
  return heldPorts({ ssh_port: node.sshPort, console_port: node.consolePort, config: { nics: node.nics } as QemuConfig });
}

/**
 * Fills in depends_on:
 * - a socket connector's fresh QEMU waits for its listener's (listeners
 *   first); a stream connector reconnects, so it starts at once;
 * - an action that binds a port waits for the destroy, stop or live update
 *   that frees it (a node added in the middle of the name order takes over
 *   its successor's ports);
 * - destroys run in reverse: a listener is destroyed after its connectors;
 * - a profile is patched after its node is up.
 */
export function linkDependencies(graph: DesiredGraph, observed: ObservedLab, actions: Map<string, Action>): void {
  const byNode = new Map<string, Action[]>();
  for (const a of actions.values()) {
    const list = byNode.get(a.node);
    if (list) list.push(a);
    else byNode.set(a.node, [a]);
  }
  const nodeAction = (node: string) => (byNode.get(node) ?? []).find((a) => a.action !== 'patch-profile');

  for (const [listener, connectors] of connectorsByListener(graph)) {
    const first = nodeAction(listener);
    if (!first || !FRESH_QEMU.has(first.action)) continue;
    for (const { node, reconnects } of connectors) {
      if (reconnects) continue; // it keeps trying until its listener is there: no start order
      const then = nodeAction(node);
      if (then && FRESH_QEMU.has(then.action)) addDependency(first, then);
    }
  }

  const holders = new Map<number, string>();
  for (const [name, seen] of Object.entries(observed.nodes)) {
    if (seen.process === 'running') for (const port of heldPorts(seen.record)) holders.set(port, name);
  }
  const desiredByName = new Map(graph.nodes.map((n) => [n.name, n]));
  for (const a of actions.values()) {
    for (const port of boundPorts(a, desiredByName)) {
      const holder = holders.get(port);
      if (holder === undefined || holder === a.node) continue;
      // A holder that gets a fresh QEMU (replace, restart) is not waited for:
      // the executor stops every such QEMU before it starts any, so the port
      // is free by then, and waiting could deadlock (a new listener taking
      // the ports of the replaced connector that waits for it).
      const release = nodeAction(holder);
      if (release && !FRESH_QEMU.has(release.action) && !reaches(release, a, actions)) addDependency(release, a);
    }
  }

  const recordedLinks = observed.state?.links ?? [];
  for (const link of recordedLinks) {
    if (link.listener === null) continue;
    const connector = (link.listenEnd === 'a' ? link.z : link.a).split(':')[0]!;
    const listenerDestroy = actions.get(`destroy:${link.listener}`);
    addDependency(actions.get(`destroy:${connector}`), listenerDestroy);
  }

  // A test host's profile holds its VM's address: patched once that VM is up.
  const vmOf = new Map(graph.nodes.flatMap((n) => n.testHosts.map((h) => [h.name, n.name] as const)));
  for (const a of actions.values()) {
    if (a.action === 'patch-profile') addDependency(nodeAction(vmOf.get(a.node) ?? a.node), a);
  }
  for (const a of actions.values()) a.depends_on.sort();
}
