import type { DesiredNode, DesiredGraph } from '../model/types.js';
import type { ObservedLab } from '../state/types.js';
import { carrierPass } from './carrier-actions.js';
import { impairmentPass, nodeImpairments, wantedImpairments, withImpairments } from './impairments.js';
import { cascadePass, stopWarningsPass } from './cascade.js';
import { dependenciesPass } from './dependencies.js';
import { linkDriftPass } from './link-drift.js';
import { linkStatuses } from './link-status.js';
import { liveIntents } from './link-intents.js';
import { goneNodesPass, nodeActionsPass } from './node-actions.js';
import { orderActions } from './order.js';
import { runPasses, type PlanInput, type PlanPass, type WarmContext } from './passes.js';
import { profilePass } from './profile-actions.js';
import { remoteListeners } from '../model/topology.js';
import type { Plan, PlanRequest } from './types.js';
import { graphView } from './view.js';
import { warmPass } from './warm-actions.js';

/**
 * The planner's passes, in the order they run: each sees what the ones
 * before it left (frozen) and returns its own additions. The order is the
 * planner's logic: a restart forced by a listener must exist before its
 * carriers and impairments are folded into the updates of running nodes
 * (a node that gets a fresh QEMU starts with both instead), warm starts pick templates for every fresh QEMU
 * (the forced restarts included, which keep their disks and boot cold),
 * profiles follow the creates, and dependencies are drawn last, between
 * every action there is.
 */
export const PLAN_PASSES: readonly PlanPass[] = [
  { name: 'node-actions', run: nodeActionsPass },
  { name: 'gone-nodes', run: goneNodesPass },
  { name: 'cascade-restarts', run: cascadePass },
  { name: 'stop-warnings', run: stopWarningsPass },
  { name: 'carrier-updates', run: carrierPass },
  { name: 'impairments', run: impairmentPass },
  { name: 'link-drift', run: linkDriftPass },
  { name: 'warm-starts', run: warmPass },
  { name: 'profile-patches', run: profilePass },
  { name: 'dependencies', run: dependenciesPass },
];

/** What the passes plan from, for one request. */
export function planInput(graph: DesiredGraph, observed: ObservedLab, request: PlanRequest, warm?: WarmContext): PlanInput {
  const only = request.only ? new Set(request.only) : null;
  const hostOf = new Map(graph.nodes.map((n) => [n.name, n.host]));
  const inScope = (node: { host: string | null }) => request.host === null || node.host === request.host;
  const wanted = wantedImpairments(graph, observed.state?.link_impairments);
  return {
    graph,
    observed,
    request,
    warm,
    inScope,
    targeted: (name) => only === null || only.has(name),
    ctx: {
      waitFor: (node) => remoteListeners(node, (name) => hostOf.get(name)),
      intents: liveIntents(observed.state?.link_intents, graph.links),
      wantedHosts: new Set(graph.nodes.flatMap((n) => n.testHosts.map((h) => h.name))),
      impaired: (node) => nodeImpairments(wanted, node),
    },
    // A lab not deployed has no links to look at (and its plan stays as it was before link states).
    linkStates: observed.state === null ? null : withImpairments(linkStatuses(graph, observed, inScope, request.host), wanted),
    wanted,
  };
}

/**
 * The planner: a pure function of (desired graph, observed lab, request).
 * It never touches the world; gather() has already looked at it.
 */
export function plan(graph: DesiredGraph, observed: ObservedLab, request: PlanRequest, warm?: WarmContext): Plan {
  const input = planInput(graph, observed, request, warm);
  const planned = runPasses(input, PLAN_PASSES);
  const ordered = orderActions([...planned.actions.values()], nodeIndexer(graph.nodes, observed));
  const view = graphView(graph, input.wanted);
  return {
    format_version: 3,
    lab: graph.lab,
    host: request.host,
    nodes: view.nodes,
    links: view.links,
    ...(input.linkStates === null ? {} : { link_states: input.linkStates }),
    actions: ordered,
    warnings: [...planned.warnings].sort(),
    changes: ordered.length > 0,
  };
}

/** Node positions for ordering (a test host's is its VM's); nodes gone from the specs sort after the rest, by name. */
function nodeIndexer(nodes: DesiredNode[], observed: ObservedLab): (name: string) => number {
  const index = new Map(nodes.map((n) => [n.name, n.index]));
  for (const n of nodes) for (const h of n.testHosts) if (!index.has(h.name)) index.set(h.name, n.index);
  const gone = Object.keys(observed.nodes)
    .filter((n) => !index.has(n))
    .sort();
  gone.forEach((name, i) => index.set(name, nodes.length + i));
  return (name) => index.get(name) ?? Number.MAX_SAFE_INTEGER;
}
