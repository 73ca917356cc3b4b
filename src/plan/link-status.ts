import type { DesiredGraph, DesiredLink, DesiredNode, Nic } from '../model/types.js';
import type { NetdevState, ObservedLab, ObservedNode } from '../state/types.js';
import { intentOf, liveIntents } from './link-intents.js';
import type { LinkStatus } from './types.js';

/** One end of a link as this host sees it. */
interface End {
  endpoint: string;
  node: string;
  host: string | null;
  /** On this host (in the plan's scope): observed here, acted on here. */
  here: boolean;
  seen: ObservedNode | undefined;
  running: boolean;
  /** Its NIC as its QEMU was started (else as the specs want it). */
  nic: Nic | undefined;
  /** What its netdev says; null when QEMU was not asked (or did not answer). */
  netdev: NetdevState | null;
}

function endOf(endpoint: string, nodes: Map<string, DesiredNode>, observed: ObservedLab, inScope: (n: DesiredNode) => boolean): End {
  const cut = endpoint.indexOf(':');
  const node = endpoint.slice(0, cut);
  const iface = endpoint.slice(cut + 1);
  const desired = nodes.get(node);
  const seen = observed.nodes[node];
  const running = seen?.process === 'running';
  const nic = seen?.record.config.nics.find((n) => n.interface === iface) ?? desired?.nics.find((n) => n.interface === iface);
  return {
    endpoint,
    node,
    host: desired?.host ?? null,
    here: desired !== undefined && inScope(desired),
    seen,
    running,
    nic,
    netdev: running ? netdevOf(seen!, iface) : null,
  };
}

/** What QEMU said of the netdev; worlds that only know whether connectors are connected give that much. */
function netdevOf(seen: ObservedNode, iface: string): NetdevState | null {
  const said = seen.netdevs?.[iface];
  if (said !== undefined) return said;
  const link = seen.links?.[iface];
  return link === 'up' ? 'connected' : link === 'down' ? 'unconnected' : null;
}

function transportOf(nic: Nic | undefined, link: DesiredLink): LinkStatus['transport'] {
  const own = nic?.link;
  if (own?.mode === 'udp' || link.transport === 'udp') return 'udp';
  return own?.backend === 'stream' ? 'stream' : 'socket';
}

type Verdict = Pick<LinkStatus, 'state' | 'reason' | 'drift'>;
const up: Verdict = { state: 'up', reason: null, drift: false };

/** Why a node of this host is not running, and whether vmlab meant it. */
function notRunning(end: End): { why: string; meant: boolean } {
  if (end.seen === undefined) return { why: `${end.node} is not deployed`, meant: false };
  if (end.seen.record.intent === 'stopped') return { why: `${end.node} is stopped ("vmlab stop")`, meant: true };
  return { why: `${end.node} is not running`, meant: false };
}

/** Does this end, running, wait for its peer by itself (and take it back when it comes)? */
function waitsByItself(end: End): boolean {
  const link = end.nic?.link;
  if (!link) return false;
  if (link.mode === 'udp') return true;
  if (link.mode === 'listen') return end.netdev === 'listening' || end.netdev === 'unconnected' || end.netdev === null;
  return link.reconnect_ms !== undefined && end.netdev !== 'failed';
}

/** The carrier vmlab turned off on a NIC, with no intent behind it. */
function carrierOff(end: End): boolean {
  const iface = end.endpoint.slice(end.endpoint.indexOf(':') + 1);
  return end.here && end.running && (end.seen!.record.carrier_off ?? []).includes(iface);
}

/** A connected end, or one that needs no connection; null when QEMU was not asked (nothing speaks against it). */
const fine = (state: NetdevState | null) => state === null || state === 'connected' || state === 'datagram';

/** The state of a link whose ends on this host run (the other, if on another host, is not seen from here). */
function runningVerdict(ends: End[]): Verdict {
  for (const end of ends) {
    if (carrierOff(end))
      return { state: 'down', reason: `the carrier of ${end.endpoint} is off, but no "vmlab link down" asks for it (apply turns it on)`, drift: true };
  }
  // Connectors first: what they say is the cause; a listener only sees that nobody came.
  const order = [...ends].sort((x, y) => Number(y.nic?.link?.mode === 'connect') - Number(x.nic?.link?.mode === 'connect'));
  for (const end of order) {
    if (!end.here || fine(end.netdev)) continue;
    const peer = ends.find((e) => e !== end)!;
    const remote = !peer.here;
    const where = remote ? ` on ${peer.host ?? 'another host'}` : '';
    const link = end.nic?.link;
    if (link?.mode === 'connect') {
      if (link.reconnect_ms !== undefined && end.netdev === 'connecting') {
        if (remote)
          return { state: 'waiting for peer', reason: `${end.endpoint} reconnects to ${peer.endpoint}${where} by itself once it listens`, drift: false };
        return { state: 'down', reason: `${end.endpoint} is still reconnecting to ${peer.endpoint}, which runs`, drift: true };
      }
      return {
        state: 'down',
        reason: `${end.endpoint} lost its listener ${peer.endpoint}${where} and never reconnects: restarting ${end.node} heals it`,
        drift: true,
      };
    }
    if (remote) return { state: 'waiting for peer', reason: `${end.endpoint} listens; ${peer.endpoint}${where} has not connected`, drift: false };
    return { state: 'down', reason: `nobody is connected to ${end.endpoint}, though ${peer.node} runs`, drift: true };
  }
  return up;
}

function verdict(ends: End[]): Verdict {
  const stopped = ends.filter((e) => e.here && !e.running);
  if (stopped.length === 0) return runningVerdict(ends);
  const reasons = stopped.map(notRunning);
  const why = reasons.map((r) => r.why).join('; ');
  const drift = reasons.some((r) => !r.meant);
  const others = ends.filter((e) => !stopped.includes(e));
  // The other end runs and takes its peer back by itself when it starts: nothing to do but start it.
  if (others.length > 0 && others.every((e) => (!e.here || e.running) && waitsByItself(e))) {
    return { state: 'waiting for peer', reason: why, drift };
  }
  return { state: 'down', reason: why, drift };
}

/**
 * The state of every link with an end on this host (in the plan's scope):
 * admin-down when taken down on purpose; else up, down, or waiting for peer
 * (an end that takes its peer back by itself, while the peer is not running
 * or runs on another host). `drift` marks a link down for a reason vmlab does
 * not know of (not taken down, no end stopped on purpose). Pure.
 */
export function linkStatuses(graph: DesiredGraph, observed: ObservedLab, inScope: (n: DesiredNode) => boolean, thisHost: string | null): LinkStatus[] {
  const nodes = new Map(graph.nodes.map((n) => [n.name, n]));
  const intents = liveIntents(observed.state?.link_intents, graph.links);
  const out: LinkStatus[] = [];
  for (const link of graph.links) {
    const ends = [endOf(link.a, nodes, observed, inScope), endOf(link.z, nodes, observed, inScope)];
    if (!ends.some((e) => e.here)) continue;
    const remote = thisHost === null ? undefined : ends.find((e) => e.host !== thisHost);
    const intent = intentOf(intents, link);
    const judged: Verdict = intent
      ? { state: 'admin-down', reason: `taken down with "vmlab link down" (${intent.since}); "vmlab link up" brings it back`, drift: false }
      : verdict(ends);
    out.push({ a: link.a, z: link.z, transport: transportOf(ends.find((e) => e.nic)?.nic, link), ...judged, peer_host: remote?.host ?? null });
  }
  return out;
}
