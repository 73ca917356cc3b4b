import type { DesiredGraph, DesiredNode } from '../model/types.js';
import { CARRIER_FIELD } from '../plan/carrier-actions.js';
import { adminDownNics, liveIntents } from '../plan/link-intents.js';
import type { FieldChange } from '../plan/types.js';
import type { StateStore } from '../state/state-store.js';
import type { NodeRecord } from '../state/types.js';
import type { Runtime } from './runtime.js';

/**
 * A new QEMU starts with every carrier on: the node's admin-down links
 * (`vmlab link down`) go down again at once, before its guest has booted far
 * enough to see them up, and state.json says so. This is how a link taken
 * down on purpose stays down through a restart of either end.
 */
export async function reapplyAdminDown(node: DesiredNode, store: StateStore, runtime: Runtime): Promise<void> {
  const nics = adminDownNics(store.state.link_intents, node.name, node.nics);
  if (nics.length === 0) return;
  await runtime.setCarrier(node.name, nics, false);
  store.update((d) => {
    d.nodes[node.name]!.carrier_off = nics.map((n) => n.interface!).sort();
  });
}

/** Writes the carriers a live update changed (`carrier:<iface>` changes) into the node's record, a draft. */
export function recordCarrierChanges(record: NodeRecord, changes: readonly FieldChange[]): void {
  const off = new Set(record.carrier_off ?? []);
  let touched = false;
  for (const change of changes) {
    const iface = CARRIER_FIELD.exec(change.field)?.[1];
    if (iface === undefined) continue;
    touched = true;
    if (change.new === 'off') off.add(iface);
    else off.delete(iface);
  }
  if (!touched) return;
  if (off.size === 0) delete record.carrier_off;
  else record.carrier_off = [...off].sort();
}

/**
 * After an apply: intents of links gone from the specs are dropped, and so
 * are carriers recorded for NICs that are no longer linked (unplugged live).
 * Writes only when there is something to drop.
 */
export function forgetGoneLinks(store: StateStore, graph: DesiredGraph): void {
  const intents = store.state.link_intents ?? [];
  const live = liveIntents(intents, graph.links);
  const linked = (record: NodeRecord) => new Set(record.config.nics.filter((n) => n.link).map((n) => n.interface));
  const stale = Object.entries(store.state.nodes).filter(([, r]) => (r.carrier_off ?? []).some((iface) => !linked(r).has(iface)));
  if (live.length === intents.length && stale.length === 0) return;
  store.update((d) => {
    if (live.length > 0) d.link_intents = live;
    else delete d.link_intents;
    for (const [name] of stale) {
      const record = d.nodes[name]!;
      const kept = (record.carrier_off ?? []).filter((iface) => linked(record).has(iface));
      if (kept.length > 0) record.carrier_off = kept;
      else delete record.carrier_off;
    }
  });
}
