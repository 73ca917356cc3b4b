import type { PassOutput, PlanInput, PlanSoFar } from './passes.js';
import type { LinkStatus } from './types.js';

/** Pass: links down for no reason the plan acts on, said as warnings. */
export function linkDriftPass(input: PlanInput, sofar: PlanSoFar): PassOutput {
  const touchedNodes = new Set([...sofar.actions.values()].map((a) => a.node));
  return { warnings: linkDriftWarnings(input.linkStates ?? [], touchedNodes) };
}

/**
 * Links down for a reason vmlab does not know of, that no action of this
 * plan touches (no start, restart or update of either end): the plan says so,
 * with the reason, rather than stay silent. One that an action heals is
 * explained by that action's reasons.
 */
function linkDriftWarnings(states: LinkStatus[], touchedNodes: ReadonlySet<string>): string[] {
  const touched = (endpoint: string) => touchedNodes.has(endpoint.slice(0, endpoint.indexOf(':')));
  return states.filter((s) => s.drift && s.state !== 'up' && !touched(s.a) && !touched(s.z)).map((s) => `link ${s.a} ↔ ${s.z} is ${s.state}: ${s.reason}`);
}
