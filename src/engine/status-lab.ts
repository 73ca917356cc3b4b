import type { LinkStatus, Plan } from '../plan/types.js';
import type { Machine } from '../ports/machine.js';
import type { SpecSources } from '../specs/types.js';
import { gather } from '../state/gather.js';
import type { DeployedLab } from '../state/lab-dir.js';
import type { ObservedLab } from '../state/types.js';
import { reasonText } from '../plan/reasons.js';
import { describeImpairment, directionId } from '../model/impairment.js';
import { observingThrough, planLab } from './plan-lab.js';

/** One row of `vmlab status`: a VM of this host, a test host inside one, or (with `all`) a node elsewhere. */
export interface StatusRow {
  node: string;
  host: string | null;
  /** running, paused (what QEMU says), stopped, exited; for another host's node: whether its SSH answers. */
  state: string;
  pid: number | null;
  ssh: string;
  console: string;
  /** Seconds since the node's QEMU started; null when it does not run here. */
  uptime_seconds: number | null;
  /** What a plan would do to it, and why; null: nothing. */
  drift: string | null;
  /** For a test host: the VM that holds it (it shares that VM's state, SSH and console). Null for a VM. */
  vm: string | null;
}

export interface LabStatus {
  lab: string;
  dir: string;
  nodes: StatusRow[];
  /** The links with an end here, as the plan saw them (none when the specs could not be read). */
  links: LinkStatus[];
  /** The impaired directions this host sends, with the relay's counters (none when the specs could not be read). */
  impairments: ImpairmentRow[];
}

/** One impaired direction of `vmlab status`: what it does, and what the relay counted. */
export interface ImpairmentRow {
  from: string;
  to: string;
  /** As netem would say it: `delay 50ms, loss 1%`. */
  impairment: string;
  source: 'declared' | 'live';
  /** The impairment relay here: running, or gone (the direction drops every frame until apply). */
  relay: 'running' | 'gone';
  relay_pid: number | null;
  /** Are the sender's two chardevs connected to the relay? */
  connected: boolean;
  /** frames and bytes in and out, dropped, delayed, duplicated, reordered, corrupted, queued; null when the relay does not carry it. */
  counters: Record<string, number> | null;
}

export interface StatusRequest {
  lab: DeployedLab;
  /** -S, or the spec directory state.json records. */
  specDir: string;
  sources: SpecSources;
  /** Also the nodes on the lab's other hosts (is their SSH answering?). */
  all: boolean;
  machine: Machine;
  /** The time now, for uptimes. */
  now: Date;
  say(node: string, message: string): void;
}

/**
 * `vmlab status` of one lab here: each node as observed, with the drift a
 * plan against the specs would act on. Planning observes the lab too, so the
 * lab is asked once; when the specs moved or broke, status still shows what
 * runs, without drift.
 */
export async function labStatus(request: StatusRequest): Promise<LabStatus> {
  const { lab, machine } = request;
  const { paths, state } = lab;
  await machine.captures.sweep(paths, state, request.say);
  const world = machine.world(paths);
  let plan: Plan | null = null;
  let observed: ObservedLab;
  try {
    const planned = await planLab(request.specDir, paths.home, observingThrough(machine, world), { host: state.host, sources: request.sources });
    plan = planned.plan;
    observed = planned.observed;
  } catch {
    observed = await gather(state, paths, {}, world);
  }
  const nodes = Object.entries(observed.nodes).flatMap(([name, seen]) => {
    const action = plan?.actions.find((a) => a.node === name && a.action !== 'patch-profile');
    const running = seen.process === 'running';
    const row: StatusRow = {
      node: name,
      host: seen.record.host,
      state: seen.record.intent === 'stopped' && !running ? 'stopped' : running ? (seen.vm ?? 'running') : 'exited',
      pid: running ? seen.record.pid : null,
      ssh: `${seen.record.bind_address}:${seen.record.ssh_port}`,
      // Consoles listen on 127.0.0.1 only (on every host): reach them with "vmlab console NODE".
      console: `127.0.0.1:${seen.record.console_port}`,
      uptime_seconds: running && seen.record.started_at ? Math.max(0, Math.round((request.now.getTime() - Date.parse(seen.record.started_at)) / 1000)) : null,
      drift: action ? `${action.action}: ${action.reasons.map(reasonText).join('; ')}` : null,
      vm: null,
    };
    // Its test hosts follow it: reached through it ("vmlab ssh HOST" enters the host's namespace).
    return [row, ...(seen.record.test_hosts ?? []).map((h) => ({ ...row, node: h.name, pid: null, drift: null, vm: name }))];
  });
  if (request.all && plan) nodes.push(...(await remoteRows(plan, state.host, machine)));
  return { lab: state.name, dir: paths.dir, nodes, links: plan?.link_states ?? [], impairments: plan ? impairmentRows(plan, observed) : [] };
}

/** Nodes of the lab that run on other hosts: only whether their SSH answers can be seen from here. */
async function remoteRows(plan: Plan, localHost: string | null, machine: Machine): Promise<StatusRow[]> {
  const rows: StatusRow[] = [];
  for (const [name, node] of Object.entries(plan.nodes)) {
    if (node.host === localHost) continue;
    const up = await machine.ports.answers(node.bind_address, node.ssh_port, 1000);
    const row: StatusRow = {
      node: name,
      host: node.host,
      state: up ? 'remote: SSH answers' : 'remote: unreachable',
      pid: null,
      ssh: `${node.bind_address}:${node.ssh_port}`,
      console: `127.0.0.1:${node.console_port} on ${node.host ?? '?'}`,
      uptime_seconds: null,
      drift: null,
      vm: null,
    };
    rows.push(row, ...(node.test_hosts ?? []).map((h) => ({ ...row, node: h.name, vm: name })));
  }
  return rows;
}

/** The impaired directions whose sender runs here, each with the relay's view of it. */
function impairmentRows(plan: Plan, observed: ObservedLab): ImpairmentRow[] {
  const relay = observed.impairRelay ?? null;
  const rows: ImpairmentRow[] = [];
  for (const link of plan.links) {
    for (const i of link.impairments ?? []) {
      const cut = i.from.indexOf(':');
      const sender = i.from.slice(0, cut);
      if (observed.nodes[sender] === undefined) continue;
      const nic = plan.nodes[sender]?.nics.find((n) => n.interface === i.from.slice(cut + 1));
      const entry = nic ? relay?.directions[directionId(sender, nic.index)] : undefined;
      rows.push({
        from: i.from,
        to: i.to,
        impairment: describeImpairment(i.impairment),
        source: i.source,
        relay: relay === null ? 'gone' : 'running',
        relay_pid: relay?.pid ?? null,
        connected: entry !== undefined && entry.connected.tap && entry.connected.back,
        counters: entry?.counters ?? null,
      });
    }
  }
  return rows;
}
