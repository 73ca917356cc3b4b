import type { DesiredGraph, DesiredNode } from '../model/types.js';
import type { LinkIntent, ObservedLab, ObservedNode } from '../state/types.js';
import { adminDownNics, liveIntents } from './link-intents.js';
import { action } from './node-actions.js';
import type { Action, FieldChange } from './types.js';

/** The field of a carrier change: `carrier:<interface>`, old and new 'on' or 'off'. */
export const CARRIER_FIELD = /^carrier:(.+)$/;

/**
 * A running QEMU's carriers against the admin intents. A carrier vmlab
 * turned off that no `vmlab link down` asks for any more (a `link up` cut
 * short, say) is turned back on; an admin-down link whose carrier is on
 * (a restore, a `link down` cut short) is turned off. Both live, by QMP
 * set_link. What vmlab did not set itself it cannot see: QEMU does not report
 * a carrier (exec/qemu/netinfo.ts).
 */
export function carrierChanges(observed: ObservedNode, node: string, intents: readonly LinkIntent[] | undefined): { changes: FieldChange[]; reasons: string[] } {
  const record = observed.record;
  const wantOff = new Set(adminDownNics(intents, node, record.config.nics).map((n) => n.interface!));
  const isOff = new Set(record.carrier_off ?? []);
  const changes: FieldChange[] = [];
  const reasons: string[] = [];
  for (const nic of record.config.nics) {
    if (!nic.link || nic.interface === undefined) continue;
    const iface = nic.interface;
    if (isOff.has(iface) && !wantOff.has(iface)) {
      changes.push({ field: `carrier:${iface}`, old: 'off', new: 'on' });
      reasons.push(`the carrier of ${iface} (link to ${nic.link.peer}) is off, but no "vmlab link down" asks for it: turn it on (set_link, live)`);
    } else if (!isOff.has(iface) && wantOff.has(iface)) {
      changes.push({ field: `carrier:${iface}`, old: 'on', new: 'off' });
      reasons.push(`link ${iface} to ${nic.link.peer} is admin-down ("vmlab link down"): turn its carrier off (set_link, live)`);
    }
  }
  return { changes, reasons };
}

/**
 * Adds the carrier changes of running nodes to the plan: into their update,
 * or as an update of their own. A node that gets a fresh QEMU needs none (its
 * start re-applies the admin-down links), nor one that stops or goes.
 */
export function addCarrierUpdates(graph: DesiredGraph, observed: ObservedLab, actions: Map<string, Action>, wanted: (node: DesiredNode) => boolean): void {
  const intents = liveIntents(observed.state?.link_intents, graph.links);
  for (const node of graph.nodes) {
    const seen = observed.nodes[node.name];
    if (!wanted(node) || seen === undefined || seen.process !== 'running') continue;
    const existing = actions.get(node.name);
    if (existing && existing.action !== 'update') continue;
    const { changes, reasons } = carrierChanges(seen, node.name, intents);
    if (changes.length === 0) continue;
    if (existing) {
      existing.changes = [...(existing.changes ?? []), ...changes];
      existing.reasons = [...existing.reasons, ...reasons];
    } else {
      actions.set(node.name, action('update', node.name, node.host, reasons, { changes }));
    }
  }
}
