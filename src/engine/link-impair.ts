import { describeImpairment, type Impairment } from '../model/impairment.js';
import { NODES_ONLY } from '../model/compile.js';
import { display, pickLink } from '../model/link-endpoint.js';
import type { DesiredGraph } from '../model/types.js';
import { impairmentChanges, wantedImpairments, withImpairmentIntent } from '../plan/impairments.js';
import type { Machine } from '../ports/machine.js';
import type { LiveStep, Progress } from '../ports/runtime.js';
import type { SpecSources } from '../specs/types.js';
import { gather } from '../state/gather.js';
import type { DeployedLab } from '../state/lab-dir.js';
import { desiredLab } from './desired-lab.js';
import { labHost, lockLab } from './link-session.js';

export interface LinkImpairRequest {
  lab: DeployedLab;
  specDir: string;
  sources?: SpecSources;
  /** One end of the link (`leaf1:Ethernet0`). */
  endpoint: string;
  /** Seen from that end: out (what it sends), in (what it receives), or both. */
  direction: 'both' | 'out' | 'in';
  /** The impairment to set live; null: a plain wire (--clear); 'declared': back to what topology.json says. */
  setting: Impairment | null | 'declared';
  host?: string;
  command: string;
  lockWaitMs: number;
  progress: Progress;
  machine: Machine;
}

export interface ImpairedDirection {
  from: string;
  to: string;
  /** What the direction does now, as netem would say it (`delay 50ms, loss 1%`, `none`). */
  impairment: string;
  source: 'live' | 'declared' | 'none';
  sender: string;
  host: string | null;
  result:
    | 'set live'
    | 'unchanged'
    | 'not running: its next start is impaired'
    | 'monitor did not answer: the next apply sets it'
    | 'not deployed'
    | 'on another host';
}

export interface LinkImpairOutcome {
  lab: string;
  host: string | null;
  directions: ImpairedDirection[];
  /** The other hosts of the lab that send on these directions, and what to run there. */
  elsewhere: { host: string; command: string }[];
}

/**
 * `vmlab link impair`: records the live setting of each direction asked for
 * in state.json (the intent first, as `link down` does: a run cut short is
 * put right by the next apply), then makes this host's senders do it, live:
 * the relay's setting, and the NIC diverted or put back. Under the lab lock.
 */
export async function setLinkImpairment(request: LinkImpairRequest): Promise<LinkImpairOutcome> {
  const { loaded, graph } = desiredLab(
    { specDir: request.specDir, labName: request.lab.name, sources: request.sources, placedBefore: { home: request.lab.paths.home } },
    NODES_ONLY,
  );
  const host = labHost(graph, request.host);
  const picked = pickLink(graph, request.endpoint);
  const near = picked.endpoint;
  const far = picked.link.a === near ? picked.link.z : picked.link.a;
  const directions = [...(request.direction !== 'in' ? [{ from: near, to: far }] : []), ...(request.direction !== 'out' ? [{ from: far, to: near }] : [])];

  const paths = request.lab.paths;
  const { state, store, release } = await lockLab(request.lab, loaded.lab.name, request.command, request.lockWaitMs, request.progress);
  try {
    let intents = state.link_impairments ?? [];
    for (const d of directions) intents = withImpairmentIntent(intents, d, request.setting, new Date().toISOString());
    if (JSON.stringify(intents) !== JSON.stringify(state.link_impairments ?? [])) {
      store.update((draft) => {
        if (intents.length > 0) draft.link_impairments = intents;
        else delete draft.link_impairments;
      });
    }
    const observed = await gather(store.state, paths, {}, request.machine.world(paths));
    const wanted = wantedImpairments(graph, intents);
    const qemu = await request.machine.qemu(paths.home);
    const runtime = await request.machine.runtime(paths, { qemu });
    const results: ImpairedDirection[] = [];
    const elsewhere = new Set<string>();
    for (const d of directions) {
      const w = wanted.find((x) => x.from === d.from && x.to === d.to)!;
      const node = graph.nodes.find((n) => n.name === w.node)!;
      const base = {
        from: display(graph, d.from),
        to: display(graph, d.to),
        impairment: describeImpairment(w.impairment),
        source: w.source,
        sender: w.node,
        host: node.host,
      };
      const seen = observed.nodes[w.node];
      let result: ImpairedDirection['result'];
      if (host !== null && node.host !== host) {
        result = 'on another host';
        elsewhere.add(node.host!);
      } else if (!seen) result = 'not deployed';
      else if (seen.process !== 'running') result = 'not running: its next start is impaired';
      else if (!seen.diverted) result = 'monitor did not answer: the next apply sets it';
      else {
        const { steps } = impairmentChanges(observed, seen, node, [w]);
        const live = steps.filter((s): s is LiveStep => s.step !== 'setup-test-hosts');
        if (live.length > 0) await runtime.updateLive(w.node, live);
        result = steps.length > 0 ? 'set live' : 'unchanged';
      }
      request.progress.node(w.node, `${base.from} → ${base.to}: ${base.impairment}${result === 'set live' ? '' : ` (${result})`}`);
      results.push({ ...base, result });
    }
    return { lab: loaded.lab.name, host, directions: results, elsewhere: elsewhereCommands(graph, [...elsewhere], request) };
  } finally {
    release();
  }
}

function elsewhereCommands(graph: DesiredGraph, hosts: string[], request: LinkImpairRequest): { host: string; command: string }[] {
  return hosts.sort().map((h) => ({ host: h, command: `${request.command} --lab ${graph.lab} --host ${h}` }));
}
