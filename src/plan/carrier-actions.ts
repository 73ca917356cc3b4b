import type { DesiredGraph, DesiredNode } from '../model/types.js';
import type { LinkIntent, ObservedLab, ObservedNode } from '../state/types.js';
import { updateAction } from './action-builders.js';
import { adminDownNics, liveIntents } from './link-intents.js';
import { reason, type Reason } from './reasons.js';
import { editLifecycle, type PassOutput, type PlanInput, type PlanSoFar } from './passes.js';
import type { Action, UpdateStep } from './types.js';

/**
 * A running QEMU's carriers against the admin intents. A carrier vmlab
 * turned off that no `vmlab link down` asks for any more (a `link up` cut
 * short, say) is turned back on; an admin-down link whose carrier is on
 * (a restore, a `link down` cut short) is turned off. Both live, by QMP
 * set_link. What vmlab did not set itself it cannot see: QEMU does not report
 * a carrier (exec/qemu/netinfo.ts).
 */
export function carrierChanges(observed: ObservedNode, node: string, intents: readonly LinkIntent[] | undefined): { steps: UpdateStep[]; reasons: Reason[] } {
  const record = observed.record;
  const wantOff = new Set(adminDownNics(intents, node, record.config.nics).map((n) => n.interface!));
  const isOff = new Set(record.carrier_off ?? []);
  const steps: UpdateStep[] = [];
  const reasons: Reason[] = [];
  for (const nic of record.config.nics) {
    if (!nic.link || nic.interface === undefined) continue;
    const iface = nic.interface;
    const values = { interface: iface, peer: nic.link.peer };
    if (isOff.has(iface) && !wantOff.has(iface)) {
      steps.push({ step: 'set-carrier', nic: nic.index, interface: iface, up: true });
      reasons.push(reason('carrier-on', values));
    } else if (!isOff.has(iface) && wantOff.has(iface)) {
      steps.push({ step: 'set-carrier', nic: nic.index, interface: iface, up: false });
      reasons.push(reason('carrier-off', values));
    }
  }
  return { steps, reasons };
}

/** Pass: carriers of running nodes set to what the admin intents say, live. */
export function carrierPass(input: PlanInput, sofar: PlanSoFar): PassOutput {
  return editLifecycle(sofar, (byNode) => addCarrierUpdates(input.graph, input.observed, byNode, (n) => input.inScope(n) && input.targeted(n.name)));
}

/**
 * Adds the carrier changes of running nodes to the plan: into their update,
 * or as an update of their own. A node that gets a fresh QEMU needs none (its
 * start re-applies the admin-down links), nor one that stops or goes.
 */
function addCarrierUpdates(graph: DesiredGraph, observed: ObservedLab, actions: Map<string, Action>, wanted: (node: DesiredNode) => boolean): void {
  const intents = liveIntents(observed.state?.link_intents, graph.links);
  for (const node of graph.nodes) {
    const seen = observed.nodes[node.name];
    if (!wanted(node) || seen === undefined || seen.process !== 'running') continue;
    const existing = actions.get(node.name);
    if (existing && existing.action !== 'update') continue;
    const { steps, reasons } = carrierChanges(seen, node.name, intents);
    if (steps.length === 0) continue;
    if (existing) {
      existing.steps = [...existing.steps, ...steps];
      existing.reasons = [...existing.reasons, ...reasons];
    } else {
      actions.set(node.name, updateAction(node, steps, reasons, []));
    }
  }
}
