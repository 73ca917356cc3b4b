import { remoteListeners } from '../model/topology.js';
import type { DesiredGraph } from '../model/types.js';
import type { ObservedLab } from '../state/types.js';
import { freshAction, type LabContext } from './action-builders.js';
import { liveIntents } from './link-intents.js';
import { nodeImpairments, wantedImpairments } from './impairments.js';
import { reason } from './reasons.js';
import type { Plan } from './types.js';
import { graphView } from './view.js';

/**
 * The plan that readies a snapshot's stopped nodes for loading it: each is
 * started paused, on the overlay it has (which holds the snapshot), with its
 * admin-down links down again and its impaired links diverted. Nothing else: the running nodes are loaded
 * where they are. Pure, like plan(); restore runs it through the executor.
 */
export function pausedStarts(graph: DesiredGraph, observed: ObservedLab, nodes: readonly string[], snapshot: string): Plan {
  const hostOf = new Map(graph.nodes.map((n) => [n.name, n.host]));
  const impairments = wantedImpairments(graph, observed.state?.link_impairments);
  const ctx: LabContext = {
    waitFor: (node) => remoteListeners(node, (name) => hostOf.get(name)),
    intents: liveIntents(observed.state?.link_intents, graph.links),
    wantedHosts: new Set(graph.nodes.flatMap((n) => n.testHosts.map((h) => h.name))),
    // Impaired from their first instruction, as any start (a snapshot holds no diversion: QEMU keeps filters out of its state).
    impaired: (node) => nodeImpairments(impairments, node),
  };
  const wanted = new Set(nodes);
  const actions = graph.nodes
    .filter((n) => wanted.has(n.name))
    .map((n) => freshAction('start', n, observed.nodes[n.name]?.record, [reason('snapshot-restore', { snapshot })], ctx, true));
  const view = graphView(graph);
  return { format_version: 3, lab: graph.lab, host: null, nodes: view.nodes, links: view.links, actions, warnings: [], changes: actions.length > 0 };
}
