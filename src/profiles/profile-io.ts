import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { ProfilePatch } from '../plan/types.js';
import { readText, removeFile, writeTextAtomic } from './files.js';
import { patchProfileText, restoreProfileText } from './patch.js';
import type { ProfileRestore } from '../state/types.js';

/** Where the way back of every patched profile is kept: a lab's state.json, or a controller's record. */
export interface ProfileUndoStore {
  readonly state: { readonly profiles: Readonly<Record<string, ProfileRestore>> };
  update(recipe: (draft: { profiles: Record<string, ProfileRestore> }) => void): unknown;
}

/**
 * Writes a patch-profile action to its file, keeping the way back in
 * state.json. A broken profile is an error and nothing is written. Returns
 * notes for the user.
 */
export function applyProfilePatch(specDir: string, owner: string, profile: ProfilePatch, store: ProfileUndoStore): string[] {
  const file = join(specDir, profile.file);
  const before = readText(file);
  const saved = store.state.profiles[owner];
  const { text, record, notes } = patchProfileText(profile.file, before, profile.patch, saved);
  // The undo goes to state.json before the file changes: a crash in between must not lose the original values.
  if (!isDeepStrictEqual(record, saved)) {
    store.update((d) => {
      d.profiles[owner] = record;
    });
  }
  if (text !== before) writeTextAtomic(file, text);
  return notes;
}

/**
 * Puts a node's profile back as it was before vmlab, except where the user
 * changed it since (reported in the notes it returns). A broken profile is an
 * error and the undo record stays, for a destroy after it is fixed.
 */
export function restoreProfile(specDir: string, node: string, store: ProfileUndoStore): string[] {
  const saved = store.state.profiles[node];
  if (!saved) return [];
  const file = join(specDir, saved.file);
  const current = readText(file);
  const { text, notes } = restoreProfileText(current, saved);
  if (text === null) removeFile(file);
  else if (text !== current) writeTextAtomic(file, text);
  store.update((d) => {
    delete d.profiles[node];
  });
  return notes;
}
