import { UsageError } from '../errors.js';
import { recordCarrierChanges } from './execute/link-carrier.js';
import type { Machine } from '../ports/machine.js';
import type { Progress } from '../ports/runtime.js';
import { NODES_ONLY } from '../model/compile.js';
import { desiredLab } from './desired-lab.js';
import { labHost, lockLab } from './link-session.js';
import type { DesiredGraph } from '../model/types.js';
import { liveIntents, sameLink, withIntent } from '../plan/link-intents.js';
import type { SpecSources } from '../specs/types.js';
import { gather } from '../state/gather.js';
import type { LabPaths } from '../state/paths.js';
import { StateStore } from '../state/state-store.js';
import type { ObservedLab } from '../state/types.js';
import type { DeployedLab } from '../state/lab-dir.js';
import { display, pickLink } from '../model/link-endpoint.js';

export interface LinkAdminRequest {
  lab: DeployedLab;
  specDir: string;
  sources?: SpecSources;
  /** down: take the link down; up: bring it back. */
  admin: 'down' | 'up';
  /** One end of the link (`leaf1:Ethernet0`); absent with `all`. */
  endpoint?: string;
  /** up only: every admin-down link. */
  all: boolean;
  /** --host: which host of a multi-host lab this is (default: found from this machine's addresses). */
  host?: string;
  command: string;
  lockWaitMs: number;
  progress: Progress;
  machine: Machine;
}

/** What became of one end of a link here. */
export interface LinkEndResult {
  endpoint: string;
  node: string;
  host: string | null;
  result: 'carrier off' | 'carrier on' | 'not running: its next start takes the carrier down' | 'not running' | 'not deployed' | 'on another host';
}

export interface LinkAdminResult {
  a: string;
  z: string;
  admin: 'down' | 'up';
  ends: LinkEndResult[];
}

export interface LinkAdminOutcome {
  lab: string;
  host: string | null;
  links: LinkAdminResult[];
  /** The other hosts of the lab that hold ends of these links, and what to run there so that their ends follow. */
  elsewhere: { host: string; command: string }[];
}

/**
 * `vmlab link down|up`: records the admin intent in state.json, then sets
 * the carrier of this host's ends of the link (QMP set_link on both guests'
 * NICs when both run here). The intent is written first: a run cut short
 * leaves carriers that disagree with it, which the next plan shows and the
 * next apply sets right. Under the lab lock, like apply.
 */
export async function setLinkAdmin(request: LinkAdminRequest): Promise<LinkAdminOutcome> {
  const { loaded, graph } = desiredLab(
    { specDir: request.specDir, labName: request.lab.name, sources: request.sources, placedBefore: { home: request.lab.paths.home } },
    NODES_ONLY,
  );
  const { lab } = loaded;
  const host = labHost(graph, request.host);
  if (request.all && request.admin === 'down') throw new UsageError('"vmlab link down" takes one link (NODE:INTERFACE); --all is for "vmlab link up"');
  if (request.all && request.endpoint !== undefined) throw new UsageError(`name one link (${request.endpoint}) or --all, not both`);
  if (!request.all && request.endpoint === undefined)
    throw new UsageError(`name the link by one of its ends, NODE:INTERFACE${request.admin === 'up' ? ', or --all for every admin-down link' : ''}`);
  const picked = request.endpoint === undefined ? null : pickLink(graph, request.endpoint);

  const paths = request.lab.paths;
  const { state, store, release } = await lockLab(request.lab, lab.name, request.command, request.lockWaitMs, request.progress);
  try {
    await request.machine.captures.sweep(paths, state, (node, message) => request.progress.node(node, message));
    const live = liveIntents(state.link_intents, graph.links);
    const targets = picked ? [picked.link] : graph.links.filter((l) => live.some((i) => sameLink(i, l.a, l.z)));
    let intents = live;
    for (const link of targets) intents = withIntent(intents, link, request.admin === 'down', new Date().toISOString());
    if (JSON.stringify(intents) !== JSON.stringify(state.link_intents ?? [])) {
      store.update((d) => {
        if (intents.length > 0) d.link_intents = intents;
        else delete d.link_intents;
      });
    }

    const observed = await gather(state, paths, {}, request.machine.processWorld);
    const links: LinkAdminResult[] = [];
    const elsewhere = new Set<string>();
    for (const link of targets) {
      const ends: LinkEndResult[] = [];
      for (const endpoint of [link.a, link.z]) {
        const end = await setEnd({ graph, observed, store, paths, machine: request.machine }, host, endpoint, request.admin);
        request.progress.node(end.node, `${end.endpoint}: ${end.result}${end.result === 'on another host' ? ` (${end.host})` : ''}`);
        if (end.result === 'on another host') elsewhere.add(end.host!);
        ends.push(end);
      }
      links.push({ a: display(graph, link.a), z: display(graph, link.z), admin: request.admin, ends });
    }
    const what = picked ? [request.admin, picked.asked] : ['up', '--all'];
    return {
      lab: lab.name,
      host,
      links,
      elsewhere: [...elsewhere].sort().map((h) => ({ host: h, command: ['vmlab', 'link', ...what, '--lab', lab.name, '--host', h].join(' ') })),
    };
  } finally {
    release();
  }
}

/** What setting one end needs: the lab as specified and as observed, its state, and the machine. */
interface LabAtHand {
  graph: DesiredGraph;
  observed: ObservedLab;
  store: StateStore;
  paths: LabPaths;
  machine: Machine;
}

/** Sets one end's carrier if it runs on this host, and records it. */
async function setEnd(lab: LabAtHand, host: string | null, endpoint: string, admin: 'down' | 'up'): Promise<LinkEndResult> {
  const { graph, observed, store, paths, machine } = lab;
  const cut = endpoint.indexOf(':');
  const node = endpoint.slice(0, cut);
  const iface = endpoint.slice(cut + 1);
  const nodeHost = graph.nodes.find((n) => n.name === node)?.host ?? null;
  const base = { endpoint: display(graph, endpoint), node, host: nodeHost };
  if (host !== null && nodeHost !== host) return { ...base, result: 'on another host' };
  const seen = observed.nodes[node];
  const nic = seen?.record.config.nics.find((n) => n.interface === iface);
  if (!seen || !nic) return { ...base, result: 'not deployed' };
  if (seen.process !== 'running') return { ...base, result: admin === 'down' ? 'not running: its next start takes the carrier down' : 'not running' };
  const up = admin === 'up';
  await machine.setCarrier(paths, node, [nic], up);
  store.update((d) => recordCarrierChanges(d.nodes[node]!, [{ interface: iface, up }]));
  return { ...base, result: up ? 'carrier on' : 'carrier off' };
}
