import type { DesiredGraph, DesiredNode } from '../model/types.js';
import type { Action, Plan } from './types.js';

/**
 * Logins are not part of a plan: no password, no console text (which may
 * type one), not even a `${secret:KEY}` reference, so that `plan --json` and
 * a plan saved with --out can be shown and kept anywhere. The actions carry
 * their nodes without them; the use case that runs a plan gives them back
 * from the graph it compiled (for `apply PLANFILE`, the very graph the plan
 * was made of: its hash was checked).
 */
export function withoutLogin(node: DesiredNode): DesiredNode {
  return {
    ...node,
    credentials: { user: node.credentials.user, pass: null },
    consoleBootstrap: [],
    sonicBootstrap: node.sonicBootstrap && { ...node.sonicBootstrap, console: { user: node.sonicBootstrap.console.user, pass: '' } },
  };
}

function mapNodes(plan: Plan, change: (node: DesiredNode) => DesiredNode): Plan {
  const actions = plan.actions.map((a): Action => ('desired' in a ? { ...a, desired: change(a.desired) } : a));
  return { ...plan, actions };
}

/** A plan about to run, with its nodes' logins from the graph it was made of. */
export function withLogins(plan: Plan, graph: DesiredGraph): Plan {
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  return mapNodes(plan, (node) => {
    const now = byName.get(node.name);
    return now ? { ...node, credentials: now.credentials, consoleBootstrap: now.consoleBootstrap, sonicBootstrap: now.sonicBootstrap } : node;
  });
}
