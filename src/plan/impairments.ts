import { describeImpairment, directionId, type Impairment, isPlainWire, sameImpairment } from '../model/impairment.js';
import { endpointNic } from '../model/link-endpoint.js';
import type { DesiredGraph, DesiredNode } from '../model/types.js';
import type { ImpairmentIntent, ObservedLab, ObservedNode } from '../state/types.js';
import { updateAction } from './action-builders.js';
import { editLifecycle, type PassOutput, type PlanInput, type PlanSoFar } from './passes.js';
import { reason, type Reason } from './reasons.js';
import type { Action, NicImpairment, UpdateStep, WantedImpairment } from './types.js';

export type { WantedImpairment };

/** The live settings whose direction is still a link of the specs; the others are dropped. */
export function liveImpairmentIntents(intents: readonly ImpairmentIntent[] | undefined, graph: DesiredGraph): ImpairmentIntent[] {
  return (intents ?? []).filter((i) => graph.links.some((l) => (l.a === i.from && l.z === i.to) || (l.z === i.from && l.a === i.to)));
}

/**
 * Every direction of every link with what it should do: a live setting
 * (`vmlab link impair`, `--clear` included) takes the place of the
 * declaration for its direction, whole; without one, the declaration holds.
 * In link order, each link's a → z first.
 */
export function wantedImpairments(graph: DesiredGraph, intents: readonly ImpairmentIntent[] | undefined): WantedImpairment[] {
  const live = liveImpairmentIntents(intents, graph);
  const out: WantedImpairment[] = [];
  for (const link of graph.links) {
    for (const [from, to] of [
      [link.a, link.z],
      [link.z, link.a],
    ] as const) {
      const end = endpointNic(graph, from);
      const intent = live.find((i) => i.from === from && i.to === to);
      const declared = graph.impairments?.find((d) => d.from === from && d.to === to);
      const base = { from, to, node: end.node, nic: end.nic, interface: end.interface };
      if (intent) out.push({ ...base, impairment: intent.impairment === null || isPlainWire(intent.impairment) ? null : intent.impairment, source: 'live' });
      else if (declared) out.push({ ...base, impairment: declared.impairment, source: 'declared' });
      else out.push({ ...base, impairment: null, source: 'none' });
    }
  }
  return out;
}

/** The impaired directions of a link (either way round), as the plan and the link table show them. */
export function linkImpairments(wanted: readonly WantedImpairment[], link: { a: string; z: string }) {
  return wanted
    .filter((w) => w.impairment !== null && ((w.from === link.a && w.to === link.z) || (w.from === link.z && w.to === link.a)))
    .map((w) => ({ from: w.from, to: w.to, impairment: w.impairment!, source: w.source as 'declared' | 'live' }));
}

/** Link states with their impaired directions added (the field only where there are some). */
export function withImpairments<L extends { a: string; z: string }>(links: L[], wanted: readonly WantedImpairment[]): L[] {
  return links.map((l) => {
    const impairments = linkImpairments(wanted, l);
    return impairments.length > 0 ? { ...l, impairments } : l;
  });
}

/** The impaired directions a node sends, as its fresh QEMU is started with them. */
export function nodeImpairments(wanted: readonly WantedImpairment[], node: string): NicImpairment[] {
  return wanted
    .filter((w) => w.node === node && w.impairment !== null)
    .map((w) => ({ nic: w.nic, interface: w.interface, peer: w.to, impairment: w.impairment! }))
    .sort((a, b) => a.nic - b.nic);
}

/** What a running node's NIC does now: an impairment, a plain wire (null), or broken (diverted, and the relay does not carry it; or the other way). */
function currentImpairment(observed: ObservedLab, seen: ObservedNode, node: string, nic: number): { impairment: Impairment | null } | { broken: string } {
  const diverted = seen.diverted!.includes(nic);
  const relay = observed.impairRelay ?? null;
  const entry = relay?.directions[directionId(node, nic)];
  if (diverted && entry) return { impairment: entry.impairment };
  if (!diverted && !entry) return { impairment: null };
  if (diverted) return { broken: relay === null ? 'the impairment relay is not running' : 'the impairment relay does not carry it' };
  return { broken: 'the relay carries it while the NIC is not diverted' };
}

/** The impairment steps of a running node: each of its directions whose impairment is not what is wanted. */
export function impairmentChanges(
  observed: ObservedLab,
  seen: ObservedNode,
  node: DesiredNode,
  wanted: readonly WantedImpairment[],
): { steps: UpdateStep[]; reasons: Reason[] } {
  const steps: UpdateStep[] = [];
  const reasons: Reason[] = [];
  for (const w of wanted.filter((x) => x.node === node.name)) {
    const now = currentImpairment(observed, seen, node.name, w.nic);
    const values = { interface: w.interface, peer: w.to };
    if ('broken' in now) {
      steps.push({ step: 'impair', nic: w.nic, interface: w.interface, peer: w.to, before: null, after: w.impairment });
      reasons.push(reason('impairment-broken', { ...values, why: now.broken }));
    } else if (!sameImpairment(now.impairment, w.impairment)) {
      steps.push({ step: 'impair', nic: w.nic, interface: w.interface, peer: w.to, before: now.impairment, after: w.impairment });
      reasons.push(
        reason('impairment-changed', { ...values, old: describeImpairment(now.impairment), new: describeImpairment(w.impairment), source: w.source }),
      );
    }
  }
  return { steps, reasons };
}

/**
 * Pass: impairments of running nodes made what the specs and live settings
 * want, live, as an update of the sending node (its own or the one it has).
 * A fresh QEMU needs none (it starts diverted), nor a node that stops or
 * goes, nor one whose diversions could not be observed.
 */
export function impairmentPass(input: PlanInput, sofar: PlanSoFar): PassOutput {
  const { wanted } = input;
  return editLifecycle(sofar, (byNode) => {
    for (const node of input.graph.nodes) {
      const seen = input.observed.nodes[node.name];
      if (!input.inScope(node) || !input.targeted(node.name) || seen === undefined || seen.process !== 'running' || !seen.diverted) continue;
      const existing: Action | undefined = byNode.get(node.name);
      if (existing && existing.action !== 'update') continue;
      const { steps, reasons } = impairmentChanges(input.observed, seen, node, wanted);
      if (steps.length === 0) continue;
      if (existing) {
        existing.steps = [...existing.steps, ...steps];
        existing.reasons = [...existing.reasons, ...reasons];
      } else byNode.set(node.name, updateAction(node, steps, reasons, []));
    }
  });
}

/**
 * The live settings after one `vmlab link impair` on a direction: its
 * impairment (null: a plain wire, `--clear`), or back to the declaration
 * (`--declared`: no live setting). Sorted, so that state.json does not
 * depend on the order of commands.
 */
export function withImpairmentIntent(
  intents: readonly ImpairmentIntent[] | undefined,
  direction: { from: string; to: string },
  setting: Impairment | null | 'declared',
  since: string,
): ImpairmentIntent[] {
  const others = (intents ?? []).filter((i) => !(i.from === direction.from && i.to === direction.to));
  const next = setting === 'declared' ? others : [...others, { from: direction.from, to: direction.to, impairment: setting, since }];
  return next.sort((x, y) => (x.from === y.from ? (x.to < y.to ? -1 : 1) : x.from < y.from ? -1 : 1));
}
