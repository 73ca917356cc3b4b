import type { WirePlan as Plan } from '../../plan/wire.js';

/**
 * The links that are not up on purpose (admin-down, or waiting for a peer
 * that was stopped or runs on another host), for the plan's text: so that
 * "no changes" with a link down is no surprise. Links down by drift are told
 * by the actions that heal them, or by a note.
 */
export function plannedLinksText(plan: Plan): string {
  const quiet = (plan.link_states ?? []).filter((l) => l.state !== 'up' && !l.drift);
  if (quiet.length === 0) return '';
  return `Links not up:\n${quiet.map((l) => `  ${l.a} ↔ ${l.z}: ${l.state}${l.reason ? ` (${l.reason})` : ''}`).join('\n')}\n`;
}
