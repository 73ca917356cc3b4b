import { compile, type CompileOptions } from '../model/compile.js';
import type { DesiredGraph } from '../model/types.js';
import type { LoadedLab } from '../specs/load.js';
import type { SpecSources } from '../specs/types.js';
import { loadLabAs, recordedPlacement } from '../state/lab-dir.js';
import type { LabState } from '../state/types.js';

/** Where a lab's specs are, and what placed its nodes before (so a node vmlab places keeps its host). */
export interface SpecsAt {
  specDir: string;
  sources?: SpecSources;
  /** --lab: the lab under another name than the specs'. */
  labName?: string;
  /** The placement of the lab deployed in this home (every share of it), or the one a deployed lab's state records. */
  placedBefore?: { home: string } | { state: LabState };
}

/**
 * The one way a use case turns specs into the desired graph: read, checked
 * and resolved (SpecError listing every mistake), then compiled with the
 * link kind said, never assumed (planLab, which asks QEMU first, compiles
 * its own loaded specs the same way).
 */
export function desiredLab(at: SpecsAt, links: CompileOptions): { loaded: LoadedLab; graph: DesiredGraph } {
  const before = at.placedBefore;
  const sources = before && 'state' in before ? { ...at.sources, placement: at.sources?.placement ?? recordedPlacement(before.state) } : at.sources;
  const loaded = loadLabAs(at.specDir, at.labName, sources, before && 'home' in before ? before.home : undefined);
  return { loaded, graph: compile(loaded.lab, links) };
}
