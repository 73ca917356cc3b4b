import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { restoreProfile } from './profile-io.js';
import { unsafeNameReason } from '../specs/names.js';
import type { LabPaths } from '../state/paths.js';
import * as generated from '../state/state-validator.generated.js';
import type { LabState, ProfileRestore } from '../state/types.js';

const validateProfileRecord = generated.validateProfileRecord as ValidateFunction;

/**
 * What can still be put back from a damaged state.json: the spec directory
 * and each profile's undo record that reads well on its own. The rest of the
 * file may be garbage; a destroy --force restores these and reports the rest.
 */
export function salvageProfiles(paths: LabPaths): string[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(paths.state, 'utf8'));
  } catch {
    return ['state.json is unreadable: no profile could be put back'];
  }
  const value = raw as { spec_dir?: unknown; profiles?: unknown };
  if (typeof value !== 'object' || value === null || typeof value.spec_dir !== 'string' || typeof value.profiles !== 'object' || value.profiles === null) {
    return ['state.json names no spec directory or profiles: no profile could be put back'];
  }
  const notes: string[] = [];
  for (const [node, record] of Object.entries(value.profiles as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (unsafeNameReason(node) !== null || !validateProfileRecord(record)) {
      notes.push(`the undo record of profile "${node}" is damaged: its profile is left as it is`);
      continue;
    }
    notes.push(...restoreOne(value.spec_dir, node, record as ProfileRestore));
  }
  return notes;
}

/** Restores one profile through the same code as a normal destroy, with an in-memory state holding just its record. */
function restoreOne(specDir: string, node: string, record: ProfileRestore): string[] {
  // Only `profiles` is ever read or written by restoreProfile: the rest of this stand-in state is never looked at.
  let state = { profiles: { [node]: record } } as Pick<LabState, 'profiles'> as LabState;
  const store = {
    get state() {
      return state;
    },
    update(recipe: (draft: LabState) => void) {
      const next = structuredClone(state);
      recipe(next);
      state = next;
      return state;
    },
  };
  try {
    return [`profile ${record.file} put back`, ...restoreProfile(specDir, node, store)];
  } catch (err) {
    return [`profile ${record.file} could not be put back: ${(err as Error).message}`];
  }
}
