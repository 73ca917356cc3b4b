import type { ServerOutcome } from '../../engine/controller/remote-apply.js';
import type { ServerPlan } from '../../engine/controller/remote-plan.js';
import type { PlacedNode } from '../../engine/controller/control-apply.js';
import { renderPlanText } from './plan-text.js';

/** Every server's plan, one after the other under a heading naming the server, then one line for the whole lab. */
export function renderServerPlans(plans: ServerPlan[], placed: PlacedNode[] = []): string {
  const placing =
    placed.length === 0
      ? ''
      : `Placing ${placed.length} new node${placed.length === 1 ? '' : 's'}:\n${placed.map((p) => `  ${p.node} → ${p.reason}`).join('\n')}\n\n`;
  const parts = plans.map((p) => `=== ${p.server.name} (${p.server.ssh}) ===\n${renderPlanText(p.plan)}`);
  const busy = plans.filter((p) => p.plan.changes).map((p) => p.server.name);
  const tail =
    busy.length === 0 ? 'No changes on any server.' : `Changes on ${busy.join(', ')}; ${plans.length - busy.length} of ${plans.length} servers have none.`;
  return `${placing}${parts.join('\n')}\n${tail}\n`;
}

/** The closing summary of a lab applied across servers: a line per server, and what to do when one failed. */
export function renderServerOutcomes(outcomes: ServerOutcome[], seconds: number, again: string): string {
  const failed = outcomes.filter((o) => o.code !== 0);
  const lines = [
    `\nApply ${failed.length ? 'incomplete' : 'complete'} in ${seconds.toFixed(1)} s on ${outcomes.length} server${outcomes.length === 1 ? '' : 's'}:`,
  ];
  for (const o of outcomes) {
    const count = (s: string) => o.results.filter((r) => r.status === s).length;
    const tally = `${count('done')} done, ${count('failed')} failed, ${count('skipped')} skipped`;
    lines.push(`  ${o.server.name}: ${o.code === 0 ? 'ok' : 'FAILED'} (${tally})`);
    for (const r of o.results.filter((r) => r.status !== 'done')) lines.push(`    ${r.status} ${r.id}: ${r.error}`);
    if (o.code !== 0 && o.error) lines.push(...o.error.split('\n').map((l) => `    ${l}`));
  }
  if (failed.length) lines.push(`The other servers finished their share. Fix the cause and run "${again}" again: every server picks up where it stopped.`);
  return `${lines.join('\n')}\n`;
}
