import type { DesiredLink, Nic } from '../model/types.js';
import type { LinkIntent } from '../state/types.js';

/**
 * Links taken down on purpose, matched to the links and NICs of the specs.
 * A link is named by its two endpoints; which one the specs call `a` does not
 * matter (`links: [{a: x, z: y}]` and `[{a: y, z: x}]` are one cable).
 */
export function sameLink(intent: { a: string; z: string }, a: string, z: string): boolean {
  return (intent.a === a && intent.z === z) || (intent.a === z && intent.z === a);
}

/** The intent that holds a link down, if any. */
export function intentOf(intents: readonly LinkIntent[] | undefined, link: { a: string; z: string }): LinkIntent | undefined {
  return (intents ?? []).find((i) => sameLink(i, link.a, link.z));
}

/** The intents whose link is still in the specs; the others are dropped (their link is gone). */
export function liveIntents(intents: readonly LinkIntent[] | undefined, links: readonly DesiredLink[]): LinkIntent[] {
  return (intents ?? []).filter((i) => links.some((l) => sameLink(i, l.a, l.z)));
}

/** The intents after taking a link down (down) or bringing it up, sorted so that state.json does not depend on the order of commands. */
export function withIntent(intents: readonly LinkIntent[] | undefined, link: { a: string; z: string }, down: boolean, since: string): LinkIntent[] {
  const others = (intents ?? []).filter((i) => !sameLink(i, link.a, link.z));
  const kept = intentOf(intents, link);
  const next = down ? [...others, kept ?? { a: link.a, z: link.z, admin: 'down' as const, since }] : others;
  return next.sort((x, y) => (x.a === y.a ? (x.z < y.z ? -1 : 1) : x.a < y.a ? -1 : 1));
}

/** The data NICs of a node whose link is held down, by the NIC's own link settings (its peer). */
export function adminDownNics(intents: readonly LinkIntent[] | undefined, node: string, nics: readonly Nic[]): Nic[] {
  return nics.filter(
    (nic) => nic.link !== undefined && nic.interface !== undefined && intentOf(intents, { a: `${node}:${nic.interface}`, z: nic.link.peer }) !== undefined,
  );
}
