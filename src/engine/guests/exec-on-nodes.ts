import { UsageError } from '../../errors.js';
import type { Machine } from '../../ports/machine.js';
import { Secrets } from '../../specs/secrets.js';
import type { SpecSources } from '../../specs/types.js';
import type { DeployedLab } from '../../state/lab-dir.js';
import type { NodeRecord } from '../../state/types.js';

/** One node's outcome, as `exec --json` prints it. */
export interface ExecResult {
  node: string;
  /** null: the node could not be reached (stderr says why). */
  exit_code: number | null;
  stdout: string;
  stderr: string;
}

export interface ExecRequest {
  lab: DeployedLab;
  /** -S, or the spec directory state.json records: where the secrets of the logins are. */
  specDir: string;
  sources: SpecSources;
  /** Node names (VMs or test hosts), or every node of the lab here. */
  nodes: string[] | 'all';
  command: string;
  machine: Machine;
}

/**
 * `vmlab exec`: the command on each node at once, over SSH (a test host's
 * inside its namespace in the VM that holds it). Every login is revealed
 * before anything runs, so a secret that cannot be resolved is one clear
 * error, not N unreachable nodes; a node that cannot be reached is its result.
 */
export async function execOnNodes(request: ExecRequest): Promise<ExecResult[]> {
  const { state } = request.lab;
  const secrets = Secrets.of(request.specDir, request.sources);
  // Each name is a VM, or a test host: its VM's login, inside its namespace.
  const where = new Map<string, { record: NodeRecord; namespace: string | null }>();
  for (const [name, record] of Object.entries(state.nodes)) {
    const hosts = record.test_hosts ?? [];
    if (hosts.length === 0) where.set(name, { record, namespace: null });
    for (const h of hosts) where.set(h.name, { record, namespace: h.name });
  }
  const known = [...where.keys()].sort();
  const nodes = request.nodes === 'all' ? known : request.nodes;
  if (nodes.length === 0) throw new UsageError('name nodes, or --all');
  for (const n of nodes) if (!where.has(n) && !state.nodes[n]) throw new UsageError(`no node "${n}" here; nodes: ${known.join(', ')}`);
  // A VM holding test hosts can still be named itself: its own namespace.
  const target = (node: string) => where.get(node) ?? { record: state.nodes[node]!, namespace: null };
  const logins = new Map(
    nodes.map((node) => {
      const { record } = target(node);
      return [
        node,
        {
          user: secrets.reveal(record.credentials.user ?? 'admin', `the login user of ${node}`)!,
          pass: secrets.reveal(record.credentials.pass, `the password of ${node}`),
        },
      ];
    }),
  );
  return Promise.all(
    nodes.map(async (node) => {
      const { record, namespace } = target(node);
      try {
        const out = await request.machine.guests.run({ host: record.bind_address, port: record.ssh_port, namespace, ...logins.get(node)! }, request.command);
        return { node, exit_code: out.code, stdout: out.stdout, stderr: out.stderr };
      } catch (err) {
        return { node, exit_code: null, stdout: '', stderr: `cannot reach: ${secrets.redact((err as Error).message)}` };
      }
    }),
  );
}
