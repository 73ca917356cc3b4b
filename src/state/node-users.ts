import { deployedLabs } from './lab-dir.js';
import { labPaths } from './paths.js';
import { readState } from './store.js';
import type { NodeRecord } from './types.js';

/**
 * The deployed nodes of this home (`lab/node`, sorted) whose record passes
 * `uses`: the clones of a template, the overlays on an image. A lab whose
 * state cannot be read is listed too: it may hold such nodes, and nobody
 * can tell.
 */
export function deployedNodesWhere(home: string, uses: (record: NodeRecord) => boolean): string[] {
  const users: string[] = [];
  for (const lab of deployedLabs(home)) {
    let nodes;
    try {
      nodes = readState(labPaths(home, lab).state)?.nodes ?? {};
    } catch (err) {
      users.push(`${lab} (its state cannot be read: ${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    for (const [node, record] of Object.entries(nodes)) if (uses(record)) users.push(`${lab}/${node}`);
  }
  return users.sort();
}
