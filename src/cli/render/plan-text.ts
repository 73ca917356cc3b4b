import { printableLines } from '../../printable.js';
import { sonicBootstrapSummary } from '../../specs/sonic.js';
import { reasonText } from '../../plan/reasons.js';
import type { ActionKind, ConsoleBootstrapView, Dependency, PlanNodeView } from '../../plan/types.js';
import type { WireAction, WirePlan as Plan } from '../../plan/wire.js';
import { plannedLinksText } from './plan-links.js';

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
  'build-template': '*',
};

const SUMMARY: [ActionKind, string][] = [
  ['build-template', 'template to build'],
  ['create', 'to create'],
  ['start', 'to start'],
  ['update', 'to update in place'],
  ['replace', 'to replace'],
  ['restart', 'to restart'],
  ['stop', 'to stop'],
  ['destroy', 'to destroy'],
  ['patch-profile', 'profiles to patch'],
];

/** Actions that boot a QEMU, after which the console bootstrap runs. */
const BOOTS = new Set<ActionKind>(['create', 'start', 'replace', 'restart']);

/** What the console bootstrap will do, so that it is no surprise (passwords never shown). */
export function bootstrapLine(view: ConsoleBootstrapView): string | null {
  if (view === null) return null;
  if (view.source === 'platform') return `then the platform's console bootstrap (vm_console_bootstrap, ${view.steps} step${view.steps === 1 ? '' : 's'})`;
  const what = sonicBootstrapSummary({ because: view.because, console: { user: view.console_user, pass: '' } }, { user: view.creates_user });
  return `then the built-in SONiC console bootstrap (${view.because}): ${what}`;
}

/** Said under every QEMU start of a node whose management network is not isolated from the host. */
export function outboundLine(platform: string): string {
  return `management network: outbound (vm_mgmt_outbound of platform ${platform}): the guest reaches this machine's loopback services and, through it, any network this machine reaches`;
}

/** "start:leaf1", or "start:leaf1 has started" when only its QEMU must be up (not its guest). */
function dependencyText(d: Dependency): string {
  return d.until === 'started' ? `${d.on} has started` : d.on;
}

function renderAction(a: WireAction, plan: Plan): string {
  const host = a.host === null ? '' : ` (on ${a.host})`;
  // A template is no node: it is named by its key (it borrows its first clone's ports while it boots).
  const what = a.action === 'build-template' ? `${a.template.key} (platform ${a.inputs.platform})` : a.node;
  const lines = [`  ${MARK[a.action]} ${a.action} ${what}${host}`];
  // Where vmlab put a node it places: said when its QEMU is created there, or started there after a move.
  const placement = plan.nodes[a.node]?.placement ?? null;
  if (placement !== null && BOOTS.has(a.action) && (a.action === 'create' || !placement.kept)) lines.push(`      ${placement.reason}`);
  for (const reason of a.reasons) lines.push(`      ${reasonText(reason)}`);
  const bootstrap = BOOTS.has(a.action) ? bootstrapLine(plan.nodes[a.node]?.console_bootstrap ?? null) : null;
  if (bootstrap !== null) lines.push(`      ${bootstrap}`);
  // Isolation is the default and goes unsaid; a QEMU that lets its guest out is named every time it starts.
  const view = plan.nodes[a.node];
  if (BOOTS.has(a.action) && view?.mgmt_network === 'outbound') lines.push(`      ${outboundLine(view.platform)}`);
  if (a.depends_on.length > 0) lines.push(`      (after ${a.depends_on.map(dependencyText).join(', ')})`);
  return lines.join('\n');
}

const SOURCE = { vmlab: 'topology.json vmlab section', newtlab: 'topology.json newtlab section', default: "vmlab's defaults" } as const;

/** "Ports: links from 10000, consoles from 12000, SSH from 13000 (topology.json newtlab section)". */
function portsLine(bases: NonNullable<Plan['port_bases']>): string {
  const parts = [
    ['links', bases.link, bases.from.link],
    ['consoles', bases.console, bases.from.console],
    ['SSH', bases.ssh, bases.from.ssh],
  ] as const;
  const sources = new Set(parts.map(([, , from]) => from));
  if (sources.size === 1) return `Ports: ${parts.map(([what, base]) => `${what} from ${base}`).join(', ')} (${SOURCE[parts[0][2]]})\n`;
  return `Ports: ${parts.map(([what, base, from]) => `${what} from ${base} (${SOURCE[from]})`).join(', ')}\n`;
}

const LINKS = {
  stream: 'links: stream, reconnecting (a node that restarts touches no other)',
  socket: 'links: socket, not reconnecting (QEMU 8.0 or later heals links by itself): a listener that restarts restarts the nodes connected to it',
  udp: 'links: udp (connectionless: a node that restarts touches no other)',
} as const;

/** "QEMU 10.0.2; links: stream, reconnecting (…)". */
function qemuLine(qemu: NonNullable<Plan['qemu']>): string {
  return `${qemu.version === null ? 'QEMU not found here' : `QEMU ${qemu.version}`}; ${LINKS[qemu.links]}\n`;
}

/** " (vmlab logs in as host1; host2's login differs)" for a host VM whose hosts' logins differ; else nothing. */
function loginText(login: PlanNodeView['test_host_login']): string {
  if (login === undefined || login.differing.length === 0) return '';
  const whose = login.differing.map((h) => `${h}'s`);
  const names = whose.length === 1 ? whose[0] : `${whose.slice(0, -1).join(', ')} and ${whose.at(-1)}`;
  return ` (vmlab logs in as ${login.host}; ${names} login${whose.length === 1 ? ' differs' : 's differ'})`;
}

/** Human-readable plan; byte-identical for identical plans. */
/** The plan in words; what the specs named in it is shown with its control characters escaped. */
export function renderPlanText(plan: Plan): string {
  return printableLines(planText(plan));
}

function planText(plan: Plan): string {
  const nodeCount = Object.keys(plan.nodes).length;
  const scope = plan.host === null ? '' : `, host ${plan.host}`;
  const ports = (plan.port_bases ? portsLine(plan.port_bases) : '') + (plan.qemu ? qemuLine(plan.qemu) : '');
  const held = Object.entries(plan.nodes)
    .filter(([, n]) => (n.test_hosts ?? []).length > 0)
    .map(([vm, n]) => `; test hosts in ${vm}: ${n.test_hosts!.map((h) => h.name).join(', ')}${loginText(n.test_host_login)}`)
    .join('');
  const head = `Lab "${plan.lab}": ${nodeCount} node${nodeCount === 1 ? '' : 's'}, ${plan.links.length} link${plan.links.length === 1 ? '' : 's'}${scope}${held}\n${ports}${plannedLinksText(plan)}`;
  if (!plan.changes) {
    const notes = plan.warnings.map((w) => `\nNote: ${w}`).join('');
    return `${head}\nNo changes. The lab matches the specs.\n${notes}${notes ? '\n' : ''}`;
  }
  const body = plan.actions.map((a) => renderAction(a, plan)).join('\n');
  const counts = SUMMARY.map(([kind, words]) => [plan.actions.filter((a) => a.action === kind).length, words] as const)
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`);
  const notes = plan.warnings.length ? `\n${plan.warnings.map((w) => `Note: ${w}`).join('\n')}\n` : '';
  return `${head}\nvmlab will perform these actions, in this order:\n\n${body}\n${notes}\nPlan: ${counts.join(', ')}.\n`;
}
