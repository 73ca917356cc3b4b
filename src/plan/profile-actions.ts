import type { Operation } from 'fast-json-patch';
import type { DesiredNode } from '../model/types.js';
import type { ObservedProfile } from '../state/types.js';
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

/** A patch-profile action when the profile of `owner` (the node, or a test host in it) does not hold the node's current address and ports. */
export function profileAction(node: DesiredNode, observed: ObservedProfile | undefined, dir: 'profiles' | 'nodes' = 'profiles', owner = node.name): PatchProfileAction | null {
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
