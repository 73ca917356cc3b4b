import { join } from 'node:path';
import type { Action } from '../plan/types.js';
import { patchProfileText, readText, removeFile, restoreProfileText, writeTextAtomic } from '../profiles/patch.js';
import type { StateStore } from '../state/state-store.js';

/** Writes a patch-profile action to its file, keeping the way back in state.json. */
export function applyProfilePatch(specDir: string, action: Action, store: StateStore): void {
  const profile = action.profile!;
  const file = join(specDir, profile.file);
  const before = readText(file);
  const { text, restore } = patchProfileText(before, profile.patch);
  // Keep the way back before touching the file: a crash in between must not lose the original values.
  if (!store.state.profiles[action.node]) {
    store.update((d) => {
      d.profiles[action.node] = { file: profile.file, existed: before !== null, restore };
    });
  }
  writeTextAtomic(file, text);
}

/** Puts a node's profile back as it was before vmlab (removes it if vmlab created it). */
export function restoreProfile(specDir: string, node: string, store: StateStore): void {
  const saved = store.state.profiles[node];
  if (!saved) return;
  const file = join(specDir, saved.file);
  if (!saved.existed) removeFile(file);
  else {
    const current = readText(file);
    if (current !== null) writeTextAtomic(file, restoreProfileText(current, saved.restore));
  }
  store.update((d) => {
    delete d.profiles[node];
  });
}
