import { nameMap } from './names.js';
import type { HostSpec, NodePlacement } from './resolved.js';

/**
 * Placement: which host runs each node the specs send nowhere (no vm_host, no
 * default_host), in a lab whose hosts declare capacity. Pure and
 * deterministic: the same nodes, hosts and previous placement give the same
 * answer, whatever order topology.json lists them in.
 *
 * Capacity of a host: `max_nodes` VMs; optionally `cpus` (the vCPUs of its
 * VMs add up to at most this: a hard budget, overcommit is chosen by writing
 * a bigger number) and `memory_mb` (the same for their memory). A host
 * without max_nodes takes no placed node, only those sent to it. Nodes sent
 * to a host count against its capacity like placed ones.
 *
 * Stable: a node placed before (`previous`) stays on its host while that host
 * is still in the specs, still takes placed nodes, and still has room for it
 * counting only the nodes kept so far; adding a node never moves another.
 * Nodes to place (new ones, and those that could not stay) go in name order,
 * each to the host with the most free node slots among those whose budgets
 * fit it, ties to the first host by name. Spreading by free slots keeps hosts
 * evenly loaded and is easy to predict from the plan; keeping linked
 * neighbours together is not attempted (it would make one node's host depend
 * on the placement of others, and so harder to foresee).
 */

/** A VM to place or already sent somewhere, with what it needs of a host. */
export interface PlacementNode {
  name: string;
  cpus: number;
  memoryMb: number;
  /** Where vm_host or default_host sends it; null: vmlab places it. */
  sentTo: string | null;
}

export interface PlacementInput {
  nodes: PlacementNode[];
  hosts: Record<string, HostSpec>;
  /** The placement decided before, node → host (--placement, or the lab's state). Names that are no node now are ignored. */
  previous: Record<string, string>;
}

/** A mistake placement finds: on a host's capacity (`host`, `field`), or the lab as a whole (`host` null). */
export interface PlacementProblem {
  host: string | null;
  field: 'max_nodes' | 'cpus' | 'memory_mb' | null;
  message: string;
}

export interface PlacementResult {
  /** Every node vmlab placed (not the ones sent to a host), by name. */
  placed: Record<string, NodePlacement>;
  problems: PlacementProblem[];
}

interface Load {
  nodes: number;
  cpus: number;
  memoryMb: number;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Does the host have room for one more node, budgets and all? The first limit it hits, or null. */
function shortOf(host: HostSpec, load: Load, node: PlacementNode): string | null {
  if (host.maxNodes !== null && load.nodes + 1 > host.maxNodes) return host.maxNodes === 1 ? 'its 1 slot taken' : `all ${host.maxNodes} slots taken`;
  if (host.cpus !== null && load.cpus + node.cpus > host.cpus) return `${host.cpus - load.cpus} of ${host.cpus} vCPUs left, ${node.name} needs ${node.cpus}`;
  if (host.memoryMb !== null && load.memoryMb + node.memoryMb > host.memoryMb) {
    return `${host.memoryMb - load.memoryMb} of ${host.memoryMb} MiB left, ${node.name} needs ${node.memoryMb}`;
  }
  return null;
}

function add(load: Load, node: PlacementNode): void {
  load.nodes += 1;
  load.cpus += node.cpus;
  load.memoryMb += node.memoryMb;
}

/** What is left on a host, for the "does not fit" message. */
function leftText(name: string, host: HostSpec, load: Load): string {
  const parts = [`${host.maxNodes! - load.nodes} of ${host.maxNodes} slots free`];
  if (host.cpus !== null) parts.push(`${host.cpus - load.cpus} of ${host.cpus} vCPUs`);
  if (host.memoryMb !== null) parts.push(`${host.memoryMb - load.memoryMb} of ${host.memoryMb} MiB`);
  return `${name} ${parts.join(', ')}`;
}

/** The nodes sent to a host must fit its declared capacity: vmlab would otherwise run more there than the specs allow. */
function overloadProblems(hosts: Record<string, HostSpec>, sent: Map<string, PlacementNode[]>): PlacementProblem[] {
  const problems: PlacementProblem[] = [];
  for (const name of Object.keys(hosts).sort(byName)) {
    const host = hosts[name]!;
    const nodes = sent.get(name) ?? [];
    const names = nodes.map((n) => n.name).join(', ');
    const total = (f: (n: PlacementNode) => number) => nodes.reduce((sum, n) => sum + f(n), 0);
    const fix = 'raise it, or send some of them elsewhere (vm_host)';
    if (host.maxNodes !== null && nodes.length > host.maxNodes) {
      problems.push({
        host: name,
        field: 'max_nodes',
        message: `${nodes.length} nodes are sent to ${name} (${names}), more than its max_nodes of ${host.maxNodes}; ${fix}`,
      });
    }
    if (host.cpus !== null && total((n) => n.cpus) > host.cpus) {
      problems.push({
        host: name,
        field: 'cpus',
        message: `the nodes sent to ${name} (${names}) need ${total((n) => n.cpus)} vCPUs, more than its cpus of ${host.cpus}; ${fix}`,
      });
    }
    if (host.memoryMb !== null && total((n) => n.memoryMb) > host.memoryMb) {
      problems.push({
        host: name,
        field: 'memory_mb',
        message: `the nodes sent to ${name} (${names}) need ${total((n) => n.memoryMb)} MiB, more than its memory_mb of ${host.memoryMb}; ${fix}`,
      });
    }
  }
  return problems;
}

/** Why a node placed before could not stay where it was. */
function displacedWhy(before: string, hosts: Record<string, HostSpec>, load: Load | undefined, node: PlacementNode): string {
  const host = hosts[before];
  if (host === undefined) return `${before}, where it was before, is no longer in the specs`;
  if (host.maxNodes === null) return `${before}, where it was before, no longer takes placed nodes (no max_nodes)`;
  return `${before}, where it was before, has no room for it now (${shortOf(host, load!, node)})`;
}

export function placeNodes(input: PlacementInput): PlacementResult {
  const { hosts, previous } = input;
  const nodes = [...input.nodes].sort((a, b) => byName(a.name, b.name));
  const hostNames = Object.keys(hosts).sort(byName);
  const load = new Map<string, Load>(hostNames.map((h) => [h, { nodes: 0, cpus: 0, memoryMb: 0 }]));

  const sent = new Map<string, PlacementNode[]>();
  for (const node of nodes) {
    if (node.sentTo === null || !load.has(node.sentTo)) continue; // an unknown host is the resolver's message
    add(load.get(node.sentTo)!, node);
    sent.set(node.sentTo, [...(sent.get(node.sentTo) ?? []), node]);
  }
  const problems = overloadProblems(hosts, sent);
  if (problems.length > 0) return { placed: {}, problems };

  const placed = nameMap<NodePlacement>();
  const toPlace: { node: PlacementNode; displaced: string | null }[] = [];
  // Kept first, all of them, so that a node placed anew never takes the room of one that was there.
  for (const node of nodes.filter((n) => n.sentTo === null)) {
    const before = Object.hasOwn(previous, node.name) ? previous[node.name]! : null;
    const host = before === null ? undefined : hosts[before];
    if (before !== null && host !== undefined && host.maxNodes !== null && shortOf(host, load.get(before)!, node) === null) {
      add(load.get(before)!, node);
      placed[node.name] = { host: before, reason: `kept on ${before} (placed there before)`, kept: true };
      continue;
    }
    toPlace.push({ node, displaced: before === null ? null : displacedWhy(before, hosts, load.get(before), node) });
  }

  const takers = hostNames.filter((h) => hosts[h]!.maxNodes !== null);
  const unplaced: PlacementNode[] = [];
  for (const { node, displaced } of toPlace) {
    const fitting = takers.filter((h) => shortOf(hosts[h]!, load.get(h)!, node) === null);
    if (fitting.length === 0) {
      unplaced.push(node);
      continue;
    }
    const free = (h: string) => hosts[h]!.maxNodes! - load.get(h)!.nodes;
    // Most free slots first; sort is stable, so ties keep name order.
    const chosen = [...fitting].sort((a, b) => free(b) - free(a))[0]!;
    const host = hosts[chosen]!;
    const used = load.get(chosen)!.nodes;
    // A host with more free slots that the node's needs ruled out is part of the why.
    const passedOver = takers.filter((h) => !fitting.includes(h) && free(h) > free(chosen)).map((h) => `${h} ${shortOf(hosts[h]!, load.get(h)!, node)}`);
    const why = [`most free capacity (${used} of ${host.maxNodes} slots used)`];
    if (passedOver.length > 0) why.push(`not ${passedOver.join('; not ')}`);
    if (displaced !== null) why.push(displaced);
    add(load.get(chosen)!, node);
    placed[node.name] = { host: chosen, reason: `placed on ${chosen}: ${why.join('; ')}`, kept: false };
  }

  if (unplaced.length > 0) {
    const count = toPlace.length;
    const left = takers.map((h) => leftText(h, hosts[h]!, load.get(h)!)).join('; ');
    problems.push({
      host: null,
      field: null,
      message:
        `the lab does not fit its hosts: ${count} node${count === 1 ? '' : 's'} need${count === 1 ? 's' : ''} a host, and ${unplaced.map((n) => n.name).join(', ')} ` +
        `find${unplaced.length === 1 ? 's' : ''} no room (${unplaced.map((n) => `${n.name}: ${n.cpus} vCPUs, ${n.memoryMb} MiB`).join('; ')}). ` +
        `Left after the others: ${left || 'no host declares max_nodes'}. ` +
        `Raise max_nodes (or cpus, memory_mb) of a host, add a host with max_nodes, or send nodes to a host with vm_host`,
    });
  }
  return { placed, problems };
}
