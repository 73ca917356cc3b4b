import type { DesiredGraph } from '../../model/types.js';
import { liveIntents } from '../../plan/link-intents.js';
import type { StateStore } from '../../state/state-store.js';
import type { NodeRecord } from '../../state/types.js';

/**
 * Writes carriers turned off or on into a node's record (a draft): what a
 * live update, `vmlab link` or a fresh QEMU's admin-down links did.
 */
export function recordCarrierChanges(record: NodeRecord, carriers: readonly { interface: string; up: boolean }[]): void {
  if (carriers.length === 0) return;
  const off = new Set(record.carrier_off ?? []);
  for (const c of carriers) {
    if (c.up) off.delete(c.interface);
    else off.add(c.interface);
  }
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

/** The links the lab is wired with now, recorded after an apply (the next plan orders destroys by them). */
export function recordLinks(store: Pick<StateStore, 'update'>, links: DesiredGraph['links']): void {
  store.update((d) => {
    d.links = links;
  });
}
