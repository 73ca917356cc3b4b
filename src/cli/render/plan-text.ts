import type { Action, ActionKind, Plan } from '../../plan/types.js';

/** Terraform-style markers, one per action kind. */
const MARK: Record<ActionKind, string> = {
  create: '+',
  destroy: '-',
  replace: '-/+',
  update: '~',
  'patch-profile': '~',
  start: '>',
  stop: '.',
  restart: '^',
};

const SUMMARY: [ActionKind, string][] = [
  ['create', 'to create'],
  ['start', 'to start'],
  ['update', 'to update in place'],
  ['replace', 'to replace'],
  ['restart', 'to restart'],
  ['stop', 'to stop'],
  ['destroy', 'to destroy'],
  ['patch-profile', 'profiles to patch'],
];

function renderAction(a: Action): string {
  const host = a.host === null ? '' : ` (on ${a.host})`;
  const lines = [`  ${MARK[a.action]} ${a.action} ${a.node}${host}`];
  for (const reason of a.reasons) lines.push(`      ${reason}`);
  if (a.depends_on.length > 0) lines.push(`      (after ${a.depends_on.join(', ')})`);
  return lines.join('\n');
}

/** Human-readable plan; byte-identical for identical plans. */
export function renderPlanText(plan: Plan): string {
  const nodeCount = Object.keys(plan.nodes).length;
  const scope = plan.host === null ? '' : `, host ${plan.host}`;
  const held = Object.entries(plan.nodes)
    .filter(([, n]) => (n.test_hosts ?? []).length > 0)
    .map(([vm, n]) => `; test hosts in ${vm}: ${n.test_hosts!.map((h) => h.name).join(', ')}`)
    .join('');
  const head = `Lab "${plan.lab}": ${nodeCount} node${nodeCount === 1 ? '' : 's'}, ${plan.links.length} link${plan.links.length === 1 ? '' : 's'}${scope}${held}\n`;
  if (!plan.changes) {
    const notes = plan.warnings.map((w) => `\nNote: ${w}`).join('');
    return `${head}\nNo changes. The lab matches the specs.\n${notes}${notes ? '\n' : ''}`;
  }
  const body = plan.actions.map(renderAction).join('\n');
  const counts = SUMMARY.map(([kind, words]) => [plan.actions.filter((a) => a.action === kind).length, words] as const)
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`);
  const notes = plan.warnings.length ? `\n${plan.warnings.map((w) => `Note: ${w}`).join('\n')}\n` : '';
  return `${head}\nvmlab will perform these actions, in this order:\n\n${body}\n${notes}\nPlan: ${counts.join(', ')}.\n`;
}
