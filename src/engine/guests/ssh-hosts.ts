import { NODES_ONLY } from '../../model/compile.js';
import { desiredLab } from '../desired-lab.js';
import { Secrets } from '../../specs/secrets.js';
import type { SpecSources } from '../../specs/types.js';
import { labKeyIfMade, type DeployedLab } from '../../state/lab-dir.js';

/** One node as an OpenSSH client sees it. */
export interface SshHostEntry {
  node: string;
  address: string;
  port: number;
  /** Revealed when it is a `${secret:KEY}`: the config is for logging in. */
  user: string | null;
  /** The lab's own key, when there is one and the node runs here. */
  identityFile: string | null;
}

/**
 * `vmlab ssh-config`: every node of the lab, by name. The nodes on this
 * machine from its state (with the lab's key); a multi-host lab's others from
 * the specs, on their host's address. Sorted by name.
 */
export function sshHosts(lab: DeployedLab, specDir: string, sources: SpecSources): SshHostEntry[] {
  const { state, paths } = lab;
  const identityFile = labKeyIfMade(paths);
  const entries: SshHostEntry[] = Object.entries(state.nodes).map(([node, r]) => ({
    node,
    address: r.bind_address,
    port: r.ssh_port,
    user: r.credentials.user,
    identityFile,
  }));
  try {
    for (const n of desiredLab({ specDir, sources, placedBefore: { state } }, NODES_ONLY).graph.nodes) {
      if (!state.nodes[n.name]) entries.push({ node: n.name, address: n.bindAddress, port: n.sshPort, user: n.credentials.user, identityFile: null });
    }
  } catch {
    // specs gone: the local nodes are still worth listing
  }
  const secrets = Secrets.of(specDir, sources);
  for (const entry of entries) entry.user = secrets.reveal(entry.user, `the login user of ${entry.node}`);
  return entries.sort((a, b) => (a.node < b.node ? -1 : 1));
}
