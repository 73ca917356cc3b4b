import type { Action, LinkStatus } from './types.js';

/**
 * Links down for a reason vmlab does not know of, that no action of this
 * plan touches (no start, restart or update of either end): the plan says so,
 * with the reason, rather than stay silent. One that an action heals is
 * explained by that action's reasons.
 */
export function linkDriftWarnings(states: LinkStatus[], actions: Map<string, Action>): string[] {
  const touched = (endpoint: string) => actions.has(endpoint.slice(0, endpoint.indexOf(':')));
  return states.filter((s) => s.drift && s.state !== 'up' && !touched(s.a) && !touched(s.z)).map((s) => `link ${s.a} ↔ ${s.z} is ${s.state}: ${s.reason}`);
}
