import { join } from 'node:path';
import { compile, NODES_ONLY } from '../../model/compile.js';
import { applyProfilePatch, restoreProfile, type ProfileUndoStore } from '../../profiles/profile-io.js';
import { outsideSpecDir } from '../../profiles/files.js';
import { profilePatches } from '../../plan/profile-actions.js';
import { observeProfiles } from '../../state/gather.js';
import type { LoadedLab } from '../../specs/load.js';
import type { ControllerRecord } from '../../state/controller-record.js';

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
  const graph = compile(loaded.lab, NODES_ONLY);
  const patches = profilePatches(graph, observeProfiles(loaded.specs.profiles), (node) => node.host !== null && servers.has(node.host));
  return patches.flatMap((action) => applyProfilePatch(loaded.lab.dir, action.node, action.profile, store));
}

/**
 * Puts back every profile the controller patched. One that now resolves
 * outside the spec directory is left alone (its undo record goes): destroy
 * never writes or removes a file outside the specs it patched.
 */
export function restoreControllerProfiles(specDir: string, store: ProfileUndoStore): string[] {
  return Object.keys(store.state.profiles).flatMap((owner) => {
    const file = store.state.profiles[owner]!.file;
    const outside = outsideSpecDir(specDir, file);
    if (outside === null) return restoreProfile(specDir, owner, store);
    store.update((d) => {
      delete d.profiles[owner];
    });
    return [
      `${join(specDir, file)} leads outside the spec directory (to ${outside}); it was left as it is: put back its mgmt_ip, ssh_port and console_port yourself if vmlab had set them`,
    ];
  });
}
