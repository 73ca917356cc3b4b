import type { DesiredGraph, DesiredNode } from '../model/types.js';
import { withoutLogin } from './logins.js';
import type {
  Action,
  BuildTemplateAction,
  Dependency,
  FreshQemuAction,
  NicImpairment,
  PatchProfileAction,
  Plan,
  Reason,
  TemplateInputs,
  TemplateRef,
  UpdateStep,
} from './types.js';
import type { RemoteListener } from '../model/topology.js';
import { templateNode } from './warm-actions.js';

/**
 * The published plan: what `plan --json` prints, what `plan --out` saves
 * and what a controller reads from its servers (schemas/plan.schema.json).
 * A contract of its own, like Terraform's jsonplan: snake_case throughout,
 * each node once (under `nodes`), actions naming their node, reasons with
 * codes and values. The internal Plan carries each node as the model has
 * it (DesiredNode) for the executor; that never reaches the wire, so model
 * fields can be renamed without changing a byte of it. toWirePlan copies
 * field by field on purpose: a field added to an internal type stays
 * internal until it is written here.
 */
export const PLAN_FORMAT_VERSION = 3;

interface WireActionBase {
  id: string;
  node: string;
  host: string | null;
  reasons: Reason[];
  depends_on: Dependency[];
}

export type WireAction =
  | (WireActionBase & {
      action: FreshQemuAction['action'];
      fresh_overlay: boolean;
      stop_first: boolean;
      paused: boolean;
      wait_for: RemoteListener[];
      admin_down: string[];
      release_profiles: string[];
      from_template?: TemplateRef;
      impaired?: NicImpairment[];
    })
  | (WireActionBase & { action: 'build-template'; template: TemplateRef; inputs: TemplateInputs })
  | (WireActionBase & { action: 'stop' })
  | (WireActionBase & { action: 'destroy'; release_profiles: string[] })
  | (WireActionBase & { action: 'update'; steps: UpdateStep[]; release_profiles: string[] })
  | (WireActionBase & { action: 'patch-profile'; profile: PatchProfileAction['profile'] });

export interface WirePlan {
  format_version: typeof PLAN_FORMAT_VERSION;
  lab: string;
  host: string | null;
  port_bases?: Plan['port_bases'];
  qemu?: Plan['qemu'];
  nodes: Plan['nodes'];
  links: Plan['links'];
  link_states?: Plan['link_states'];
  actions: WireAction[];
  warnings: string[];
  changes: boolean;
}

function wireAction(a: Action): WireAction {
  // id and kind first, as a person scanning the JSON reads them.
  const base = { id: a.id, action: a.action, node: a.node, host: a.host, reasons: a.reasons, depends_on: a.depends_on };
  switch (a.action) {
    case 'create':
    case 'replace':
    case 'start':
    case 'restart':
      return {
        ...base,
        action: a.action,
        fresh_overlay: a.fresh_overlay,
        stop_first: a.stop_first,
        paused: a.paused,
        wait_for: a.wait_for,
        admin_down: a.admin_down,
        release_profiles: a.release_profiles,
        ...(a.from_template ? { from_template: a.from_template } : {}),
        ...(a.impaired ? { impaired: a.impaired } : {}),
      };
    case 'build-template':
      return { ...base, action: a.action, template: a.template, inputs: a.inputs };
    case 'stop':
      return { ...base, action: a.action };
    case 'destroy':
      return { ...base, action: a.action, release_profiles: a.release_profiles };
    case 'update':
      return { ...base, action: a.action, steps: a.steps, release_profiles: a.release_profiles };
    case 'patch-profile':
      return { ...base, action: a.action, profile: a.profile };
  }
}

/** The plan as it is published. Key order is fixed here: the same plan gives the same bytes. */
export function toWirePlan(plan: Plan): WirePlan {
  return {
    format_version: PLAN_FORMAT_VERSION,
    lab: plan.lab,
    host: plan.host,
    ...(plan.port_bases ? { port_bases: plan.port_bases } : {}),
    ...(plan.qemu ? { qemu: plan.qemu } : {}),
    nodes: plan.nodes,
    links: plan.links,
    ...(plan.link_states ? { link_states: plan.link_states } : {}),
    actions: plan.actions.map(wireAction),
    warnings: plan.warnings,
    changes: plan.changes,
  };
}

/**
 * A published plan made runnable again: each action gets its node from the
 * graph the plan was made of (the caller has checked that these specs
 * compile to it: saved-plan.ts compares the desired hash), without logins
 * as a plan keeps them (withLogins gives them back when it runs). Throws
 * when an action names a node the graph does not have.
 */
export function fromWirePlan(wire: WirePlan, graph: DesiredGraph): Plan {
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  const nodeOf = (a: WireAction): DesiredNode => {
    const node = byName.get(a.node);
    if (node === undefined) throw new Error(`action ${a.id} names node ${a.node}, which the specs do not have`);
    return withoutLogin(node);
  };
  const actions = wire.actions.map((a): Action => {
    switch (a.action) {
      case 'create':
      case 'replace':
      case 'start':
      case 'restart':
      case 'update':
        return { ...a, desired: nodeOf(a) } as Action;
      case 'build-template':
        return { ...a, desired: templateNode(nodeOf(a)) } satisfies BuildTemplateAction;
      default:
        return a;
    }
  });
  const { format_version: _, ...rest } = wire;
  return { format_version: 3, ...rest, actions };
}
