import type { DesiredGraph, DesiredNode } from '../model/types.js';
import type { ObservedLab } from '../state/types.js';
import { addCarrierUpdates } from './carrier-actions.js';
import { cascadeRestarts, stopWarnings } from './cascade.js';
import { linkDriftWarnings } from './link-drift.js';
import { linkStatuses } from './link-status.js';
import { linkDependencies } from './dependencies.js';
import { nodeAction } from './node-actions.js';
import { destroyAction, releasedHosts, type LabContext } from './action-builders.js';
import { liveIntents } from './link-intents.js';
import { reason } from './reasons.js';
import { remoteListeners } from '../model/topology.js';
import { orderActions } from './order.js';
import { profileAction, profileOwners } from './profile-actions.js';
import type { Action, Plan, PlanRequest } from './types.js';
import { graphView } from './view.js';
import { addWarmStarts } from './warm-actions.js';
import type { PciPlacer, WarmFacts } from './template-key.js';

/** What warm starts need to know of this machine (absent: every node of a warm platform boots cold). */
export interface WarmContext {
  facts: WarmFacts;
  place: PciPlacer;
}

/**
 * The planner: a pure function of (desired graph, observed lab, request).
 * It never touches the world; gather() has already looked at it.
 */
export function plan(graph: DesiredGraph, observed: ObservedLab, request: PlanRequest, warm?: WarmContext): Plan {
  const inScope = (node: { host: string | null }) => request.host === null || node.host === request.host;
  const only = request.only ? new Set(request.only) : null;
  const targeted = (name: string) => only === null || only.has(name);
  const start = new Set(request.start ?? []);
  const stop = new Set(request.stop ?? []);
  const actions = new Map<string, Action>(); // node → its (single) lifecycle action
  const hostOf = new Map(graph.nodes.map((n) => [n.name, n.host]));
  const ctx: LabContext = {
    waitFor: (node) => remoteListeners(node, (name) => hostOf.get(name)),
    intents: liveIntents(observed.state?.link_intents, graph.links),
    wantedHosts: new Set(graph.nodes.flatMap((n) => n.testHosts.map((h) => h.name))),
  };

  for (const node of graph.nodes) {
    if (!inScope(node) || !targeted(node.name)) continue;
    const seen = observed.nodes[node.name];
    const wantsRunning = stop.has(node.name) ? false : start.has(node.name) || seen?.record.intent !== 'stopped';
    const a = nodeAction(node, seen, wantsRunning, start.has(node.name), stop.has(node.name), ctx);
    if (a) actions.set(node.name, a);
  }

  const desiredNames = new Set(graph.nodes.map((n) => n.name));
  for (const [name, seen] of Object.entries(observed.nodes)) {
    if (desiredNames.has(name) || !inScope(seen.record) || only !== null) continue;
    const hosts = (seen.record.test_hosts ?? []).map((h) => h.name);
    const held = hosts.length === 0 ? [] : [reason('holds-test-hosts', { test_hosts: hosts })];
    // Its own profile goes back, and those of its test hosts that no VM of the specs holds now.
    const release = [name, ...releasedHosts(name, seen.record, ctx)];
    actions.set(name, destroyAction(name, seen.record.host, [reason('not-in-specs'), ...held], release));
  }

  const warnings = [...cascadeRestarts(graph, observed, actions, inScope, ctx), ...stopWarnings(graph, actions)];
  addCarrierUpdates(graph, observed, actions, (n) => inScope(n) && targeted(n.name));
  // A lab not deployed has no links to look at (and its plan stays as it was before link states).
  const linkStates = observed.state === null ? null : linkStatuses(graph, observed, inScope, request.host);
  warnings.push(...linkDriftWarnings(linkStates ?? [], actions));

  const builds = addWarmStarts(actions, warm?.facts, warm?.place ?? (() => ''));
  const all: Action[] = [...builds, ...actions.values()];
  for (const node of graph.nodes) {
    if (!inScope(node) || !targeted(node.name)) continue;
    if (!observed.nodes[node.name] && actions.get(node.name)?.action !== 'create') continue; // never deployed, not being created
    for (const owner of profileOwners(node)) {
      const patch = profileAction(node, observed.profiles[owner], graph.profileDir, owner);
      if (patch) all.push(patch);
    }
  }
  const byId = new Map(all.map((a) => [a.id, a]));
  linkDependencies(graph, observed, byId);

  const index = nodeIndexer(graph.nodes, observed);
  const ordered = orderActions(all, index);
  const view = graphView(graph);
  return {
    format_version: 3,
    lab: graph.lab,
    host: request.host,
    nodes: view.nodes,
    links: view.links,
    ...(linkStates === null ? {} : { link_states: linkStates }),
    actions: ordered,
    warnings: warnings.sort(),
    changes: ordered.length > 0,
  };
}

/** Node positions for ordering (a test host's is its VM's); nodes gone from the specs sort after the rest, by name. */
function nodeIndexer(nodes: DesiredNode[], observed: ObservedLab): (name: string) => number {
  const index = new Map(nodes.map((n) => [n.name, n.index]));
  for (const n of nodes) for (const h of n.testHosts) if (!index.has(h.name)) index.set(h.name, n.index);
  const gone = Object.keys(observed.nodes).filter((n) => !index.has(n)).sort();
  gone.forEach((name, i) => index.set(name, nodes.length + i));
  return (name) => index.get(name) ?? Number.MAX_SAFE_INTEGER;
}
