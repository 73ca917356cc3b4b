import type { Operation } from 'fast-json-patch';
import type { DesiredGraph, DesiredNode } from '../model/types.js';
import type { ObservedProfile } from '../state/types.js';
import { isLifecycle, type PassOutput, type PlanInput, type PlanSoFar } from './passes.js';
import { patchProfileAction } from './action-builders.js';
import { reason, type Reason } from './reasons.js';
import type { PatchProfileAction } from './types.js';

/** The profile fields vmlab owns, in the order they are written. */
export const PROFILE_FIELDS = ['mgmt_ip', 'ssh_port', 'console_port'] as const;

export function desiredProfileValues(node: DesiredNode): Record<(typeof PROFILE_FIELDS)[number], string | number> {
  return { mgmt_ip: node.bindAddress, ssh_port: node.sshPort, console_port: node.consolePort };
}

/**
 * Whose profiles a VM's address and ports go into: its own, or for a VM
 * holding test hosts, each host's (the VM itself is no device of the specs).
 */
export function profileOwners(node: DesiredNode): string[] {
  return node.testHosts.length > 0 ? node.testHosts.map((h) => h.name) : [node.name];
}

/**
 * The profile patches that make every profile of `nodes` hold its VM's
 * address and ports: the plan's pass, and the controller's own copy of the
 * specs (which points other tools at every node, wherever it runs).
 */
export function profilePatches(graph: DesiredGraph, profiles: Record<string, ObservedProfile>, nodes: (node: DesiredNode) => boolean): PatchProfileAction[] {
  return graph.nodes
    .filter(nodes)
    .flatMap((node) => profileOwners(node).flatMap((owner) => profileAction(node, profiles[owner], graph.profileDir, owner) ?? []));
}

/** Pass: the profiles of this run's nodes that are, or are being, deployed. */
export function profilePass(input: PlanInput, sofar: PlanSoFar): PassOutput {
  const { graph, observed } = input;
  const creating = new Set([...sofar.actions.values()].filter((a) => isLifecycle(a) && a.action === 'create').map((a) => a.node));
  const deployed = (node: DesiredNode) => observed.nodes[node.name] !== undefined || creating.has(node.name);
  return { put: profilePatches(graph, observed.profiles, (node) => input.inScope(node) && input.targeted(node.name) && deployed(node)) };
}

/** A patch-profile action when the profile of `owner` (the node, or a test host in it) does not hold the node's current address and ports. */
export function profileAction(
  node: DesiredNode,
  observed: ObservedProfile | undefined,
  dir: 'profiles' | 'nodes' = 'profiles',
  owner = node.name,
): PatchProfileAction | null {
  const file = `${dir}/${owner}.json`;
  const want = desiredProfileValues(node);
  const exists = observed?.exists ?? false;
  const patch: Operation[] = [];
  const reasons: Reason[] = [];
  for (const field of PROFILE_FIELDS) {
    const current = exists ? observed?.[field] : undefined;
    if (current === want[field]) continue;
    patch.push({ op: current === undefined ? 'add' : 'replace', path: `/${field}`, value: want[field] });
    reasons.push(reason('profile-field', { field, old: current ?? null, new: want[field] }));
  }
  if (patch.length === 0) return null;
  if (!exists) reasons.unshift(reason('profile-missing', { file }));
  if (owner !== node.name) reasons.unshift(reason('test-host-profile', { test_host: owner, vm: node.name }));
  return patchProfileAction(owner, node.host, reasons, { file, create: !exists, patch });
}
