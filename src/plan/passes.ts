import { freeze } from 'immer';
import type { DesiredGraph } from '../model/types.js';
import type { ObservedLab } from '../state/types.js';
import type { LabContext } from './action-builders.js';
import type { PciPlacer, WarmFacts } from './template-key.js';
import type { Action, LinkStatus, PlanRequest, WantedImpairment } from './types.js';

/** What warm starts need to know of this machine (absent: every node of a warm platform boots cold). */
export interface WarmContext {
  facts: WarmFacts;
  place: PciPlacer;
}

/** What every pass plans from: the specs compiled, the lab observed, what was asked. */
export interface PlanInput {
  graph: DesiredGraph;
  observed: ObservedLab;
  request: PlanRequest;
  warm: WarmContext | undefined;
  /** Is the node this run's (its host's share, or every node)? */
  inScope(node: { host: string | null }): boolean;
  /** Is the node among those asked for (--only), or is every node? */
  targeted(name: string): boolean;
  ctx: LabContext;
  /** The links as they are now, seen from this host; null for a lab not deployed. */
  linkStates: LinkStatus[] | null;
  /** Every direction of every link with the impairment the specs and live settings want. */
  wanted: readonly WantedImpairment[];
}

/** The plan as the passes before have left it: frozen, so no pass can change another's output. */
export interface PlanSoFar {
  /** By action id, in the order the actions were first put. */
  readonly actions: ReadonlyMap<string, Action>;
  readonly warnings: readonly string[];
}

/** What a pass adds: actions new or in a new version (by id), ids it drops, warnings. */
export interface PassOutput {
  put?: Action[];
  remove?: string[];
  warnings?: string[];
}

export interface PlanPass {
  /** Named in tests and in the order list. */
  name: string;
  run(input: PlanInput, sofar: PlanSoFar): PassOutput;
}

/** The plan after `passes`, one after the other, each seeing what the ones before it left. */
export function runPasses(input: PlanInput, passes: readonly PlanPass[]): PlanSoFar {
  let sofar: PlanSoFar = freeze({ actions: new Map<string, Action>(), warnings: [] }, true);
  for (const pass of passes) sofar = merged(sofar, pass.run(input, sofar));
  return sofar;
}

function merged(sofar: PlanSoFar, output: PassOutput): PlanSoFar {
  const actions = new Map(sofar.actions);
  for (const id of output.remove ?? []) actions.delete(id);
  for (const a of output.put ?? []) actions.set(a.id, a);
  // Deep-frozen: a later pass that edits an action it did not make fails at once instead of changing it quietly.
  return freeze({ actions, warnings: [...sofar.warnings, ...(output.warnings ?? [])] }, true);
}

/** A template build borrows its first clone's name and a profile patch its owner's; neither is the node's own action. */
export function isLifecycle(a: Action): boolean {
  return a.action !== 'patch-profile' && a.action !== 'build-template';
}

/** This pass's own working copy of an action, free to edit (the original stays as it was). */
export function copyOf<A extends Action>(a: A): A {
  return { ...a, reasons: [...a.reasons], depends_on: [...a.depends_on], ...('steps' in a ? { steps: [...a.steps] } : {}) };
}

/**
 * For a pass whose logic edits a node → action map in place (adds, replaces,
 * deletes, appends reasons): it works on copies of the lifecycle actions so
 * far, and what differs afterwards is its output.
 */
export function editLifecycle(sofar: PlanSoFar, edit: (byNode: Map<string, Action>) => string[] | void): PassOutput {
  const before = new Map([...sofar.actions.values()].filter(isLifecycle).map((a) => [a.node, a] as const));
  const byNode = new Map([...before].map(([node, a]) => [node, copyOf(a)] as const));
  const warnings = edit(byNode) ?? [];
  return { ...changes(before, byNode), warnings };
}

/** Did a pass change its copy (copyOf) of `old`? Fields compared by identity, the copied arrays element by element. */
function edited(old: Action, copy: Action): boolean {
  const keys = new Set([...Object.keys(old), ...Object.keys(copy)]);
  for (const key of keys) {
    const was = (old as unknown as Record<string, unknown>)[key];
    const now = (copy as unknown as Record<string, unknown>)[key];
    if (was === now) continue;
    if (!Array.isArray(was) || !Array.isArray(now) || was.length !== now.length || was.some((x, i) => x !== now[i])) return true;
  }
  return false;
}

/** The same for a pass that edits every action (the dependencies): copies keyed by id. */
export function editAll(sofar: PlanSoFar, edit: (byId: Map<string, Action>) => void): PassOutput {
  const byId = new Map([...sofar.actions].map(([id, a]) => [id, copyOf(a)] as const));
  edit(byId);
  return changes(sofar.actions, byId);
}

/** What turned `before` into `after` (both keyed alike): the actions new or changed, the ids gone. */
export function changes(before: ReadonlyMap<string, Action>, after: ReadonlyMap<string, Action>): Required<Pick<PassOutput, 'put' | 'remove'>> {
  const put = [...after.entries()].filter(([key, a]) => {
    const old = before.get(key);
    return old === undefined || edited(old, a);
  });
  const remove = [...before.entries()].filter(([key, old]) => after.get(key)?.id !== old.id).map(([, old]) => old.id);
  return { put: put.map(([, a]) => a), remove };
}
