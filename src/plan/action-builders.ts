import type { RemoteListener } from '../model/topology.js';
import type { DesiredNode } from '../model/types.js';
import type { LinkIntent, NodeRecord } from '../state/types.js';
import { adminDownNics } from './link-intents.js';
import { withoutLogin } from './logins.js';
import type { Reason } from './reasons.js';
import type { DestroyAction, FreshQemuAction, NicImpairment, PatchProfileAction, ProfilePatch, StopAction, UpdateAction, UpdateStep } from './types.js';

/**
 * What the planner knows of the whole lab that a single node's action needs:
 * where other nodes run, which links are held down, which test hosts some VM
 * of the specs still holds.
 */
export interface LabContext {
  /** The listeners on other hosts a node's fresh QEMU waits for. */
  waitFor(node: DesiredNode): RemoteListener[];
  /** The link intents still in the specs. */
  intents: readonly LinkIntent[] | undefined;
  /** Test hosts some VM of the specs holds. */
  wantedHosts: ReadonlySet<string>;
  /** The impaired directions a node sends (declared or set live); none when the lab has none. */
  impaired?(node: string): NicImpairment[];
}

/** Test hosts a node held (by its record) that no VM of the specs holds any more: their profiles go back. */
export function releasedHosts(node: string, record: NodeRecord | undefined, ctx: Pick<LabContext, 'wantedHosts'>): string[] {
  return (record?.test_hosts ?? []).map((h) => h.name).filter((h) => h !== node && !ctx.wantedHosts.has(h));
}

export function freshAction(
  kind: FreshQemuAction['action'],
  desired: DesiredNode,
  record: NodeRecord | undefined,
  reasons: Reason[],
  ctx: LabContext,
  paused = false,
): FreshQemuAction {
  const impaired = ctx.impaired?.(desired.name) ?? [];
  return {
    id: `${kind}:${desired.name}`,
    action: kind,
    node: desired.name,
    host: desired.host,
    reasons,
    depends_on: [],
    desired: withoutLogin(desired),
    fresh_overlay: kind === 'create' || kind === 'replace',
    stop_first: kind === 'replace' || kind === 'restart',
    paused,
    wait_for: paused ? [] : ctx.waitFor(desired),
    admin_down: adminDownNics(ctx.intents, desired.name, desired.nics).map((n) => n.interface ?? ''),
    release_profiles: releasedHosts(desired.name, record, ctx),
    ...(impaired.length > 0 ? { impaired } : {}),
  };
}

export function stopAction(node: string, host: string | null, reasons: Reason[]): StopAction {
  return { id: `stop:${node}`, action: 'stop', node, host, reasons, depends_on: [] };
}

export function destroyAction(node: string, host: string | null, reasons: Reason[], releaseProfiles: string[]): DestroyAction {
  return { id: `destroy:${node}`, action: 'destroy', node, host, reasons, depends_on: [], release_profiles: releaseProfiles };
}

export function updateAction(desired: DesiredNode, steps: UpdateStep[], reasons: Reason[], releaseProfiles: string[]): UpdateAction {
  return {
    id: `update:${desired.name}`,
    action: 'update',
    node: desired.name,
    host: desired.host,
    reasons,
    depends_on: [],
    desired: withoutLogin(desired),
    steps,
    release_profiles: releaseProfiles,
  };
}

export function patchProfileAction(owner: string, host: string | null, reasons: Reason[], profile: ProfilePatch): PatchProfileAction {
  return { id: `patch-profile:${owner}`, action: 'patch-profile', node: owner, host, reasons, depends_on: [], profile };
}
