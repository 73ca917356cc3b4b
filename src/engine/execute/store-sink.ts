import type { StateStore } from '../../state/state-store.js';
import { applyProfilePatch, restoreProfile } from '../../profiles/profile-io.js';
import type { StateSink } from './state-sink.js';

/** The real sink: state.json through the lab's store, profiles in the spec directory. */
export function storeSink(store: StateStore, specDir: string): StateSink {
  return {
    get state() {
      return store.state;
    },
    update: (change) => store.update(change),
    patchProfile: (owner, profile) => applyProfilePatch(specDir, owner, profile, store),
    restoreProfile: (owner) => restoreProfile(specDir, owner, store),
  };
}
