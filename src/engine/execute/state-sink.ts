import type { ProfilePatch } from '../../plan/types.js';
import type { LabState } from '../../state/types.js';

/**
 * Where the executor records what it did, and the profiles it writes (whose
 * undo records live in state.json beside the nodes). The use case injects
 * the real one (state.json and the spec directory, see store-sink.ts); tests
 * keep it all in memory.
 */
export interface StateSink {
  /** The state as recorded so far (a node's PID is read here when its action runs). */
  readonly state: LabState;
  /** Changes the state through a draft; written at once. */
  update(change: (draft: LabState) => void): void;
  /** Writes a patch to a profile, its undo recorded first; notes for the user. */
  patchProfile(owner: string, profile: ProfilePatch): string[];
  /** Puts a profile back as it was before vmlab (no-op without an undo record); notes for the user. */
  restoreProfile(owner: string): string[];
}
