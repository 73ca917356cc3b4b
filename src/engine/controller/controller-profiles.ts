import { compile } from '../../model/compile.js';
import { applyProfilePatch, restoreProfile, type ProfileUndoStore } from '../../profiles/profile-io.js';
import { profileAction, profileOwners } from '../../profiles/profile-actions.js';
import type { LoadedLab } from '../../spec/load.js';
import type { ControllerRecord } from '../../state/controller-record.js';
import type { ObservedProfile } from '../../state/types.js';

/** The controller's record as the profile code keeps its undo records in it; `save` writes it after each change. */
export function recordUndoStore(record: { current: ControllerRecord }, save: (r: ControllerRecord) => void): ProfileUndoStore {
  return {
    get state() {
      return record.current;
    },
    update(recipe) {
      const next = structuredClone(record.current);
      recipe(next);
      record.current = next;
      save(next);
    },
  };
}

/**
 * Writes every node's address and ports into the controller's own profiles
 * (the servers patch their shipped copies): the controller's spec directory
 * is the one other tools read, so it must point at every node, wherever it
 * runs. Only the nodes of `servers` (those whose apply went through).
 */
export function patchControllerProfiles(loaded: LoadedLab, servers: ReadonlySet<string>, store: ProfileUndoStore): string[] {
  const graph = compile(loaded.lab);
  const notes: string[] = [];
  for (const node of graph.nodes) {
    if (node.host === null || !servers.has(node.host)) continue;
    for (const owner of profileOwners(node)) {
      const profile = loaded.specs.profiles[owner];
      const { mgmt_ip, ssh_port, console_port } = profile?.value ?? {};
      const observed: ObservedProfile = { exists: profile !== undefined, mgmt_ip, ssh_port, console_port };
      const action = profileAction(node, observed, graph.profileDir, owner);
      if (action) notes.push(...applyProfilePatch(loaded.lab.dir, owner, action.profile, store));
    }
  }
  return notes;
}

/** Puts back every profile the controller patched. */
export function restoreControllerProfiles(specDir: string, store: ProfileUndoStore): string[] {
  return Object.keys(store.state.profiles).flatMap((owner) => restoreProfile(specDir, owner, store));
}
