import { deployedShares } from './lab-dir.js';
import { shareName } from './paths.js';
import { readState } from './state-file.js';
import type { NodeRecord } from './types.js';

/**
 * The deployed nodes of this home (`lab/node`, sorted) whose record passes
 * `uses`: the clones of a template, the overlays on an image. A lab whose
 * state cannot be read is listed too: it may hold such nodes, and nobody
 * can tell.
 */
export function deployedNodesWhere(home: string, uses: (record: NodeRecord) => boolean): string[] {
  const users: string[] = [];
  for (const paths of deployedShares(home)) {
    const lab = shareName(paths.lab, paths.host);
    let nodes: Record<string, NodeRecord>;
    try {
      nodes = readState(paths.state)?.nodes ?? {};
    } catch (err) {
      users.push(`${lab} (its state cannot be read: ${(err as Error).message.split('\n')[0]})`);
      continue;
    }
    for (const [node, record] of Object.entries(nodes)) if (uses(record)) users.push(`${lab}/${node}`);
  }
  return users.sort();
}
