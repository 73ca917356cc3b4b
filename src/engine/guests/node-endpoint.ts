import { UsageError } from '../../errors.js';
import { NODES_ONLY } from '../../model/compile.js';
import { desiredLab } from '../desired-lab.js';
import { Secrets } from '../../specs/secrets.js';
import type { SpecSources } from '../../specs/types.js';
import { deployedLabs, findLab } from '../../state/lab-dir.js';
import type { GuestLogin } from '../../ports/machine.js';

/** Where a node's SSH and console are, and how to log in. */
export interface NodeEndpoint {
  node: string;
  address: string;
  sshPort: number;
  consolePort: number;
  /** As in the specs and state.json: a `${secret:KEY}` is still a reference; `secrets` reveals it when logging in. */
  user: string | null;
  pass: string | null;
  secrets: Secrets;
  /** A test host: the VM that holds it (whose SSH and console these are) and its namespace there. Null for a VM. */
  testHost: { vm: string; namespace: string } | null;
}

/**
 * Finds a node: in this machine's state when it runs here, otherwise from
 * the specs (a node on another host of a multi-host lab is reached on its
 * host's IP, where its SSH forward and console listen). A test host is
 * reached through the VM that holds it, inside its namespace there.
 */
export function nodeEndpoint(home: string, node: string, opts: { lab?: string; specs?: string; sources?: SpecSources }): NodeEndpoint {
  let specDir = opts.specs;
  const local = opts.lab !== undefined || opts.specs !== undefined || deployedLabs(home).length > 0;
  if (local) {
    try {
      const { state } = findLab(home, opts);
      const holder = Object.entries(state.nodes).find(([, r]) => (r.test_hosts ?? []).some((h) => h.name === node));
      const [vm, record] = holder ?? [node, state.nodes[node]];
      if (record) {
        const secrets = Secrets.of(specDir ?? state.spec_dir, opts.sources);
        return {
          node,
          address: record.bind_address,
          sshPort: record.ssh_port,
          consolePort: record.console_port,
          user: record.credentials.user,
          pass: record.credentials.pass,
          testHost: holder ? { vm, namespace: node } : null,
          secrets,
        };
      }
      specDir ??= state.spec_dir;
    } catch (err) {
      if (specDir === undefined) throw err;
    }
  }
  if (specDir === undefined) throw new UsageError(`no deployed lab here has a node "${node}"; pass -S DIR to reach a node of a lab on another host`);
  const { loaded, graph } = desiredLab({ specDir, sources: opts.sources }, NODES_ONLY);
  const secrets = loaded.specs.secrets ?? Secrets.of(specDir, opts.sources);
  const holder = graph.nodes.find((n) => n.testHosts.some((h) => h.name === node));
  const wanted = holder ?? graph.nodes.find((n) => n.name === node);
  if (!wanted) {
    const names = graph.nodes.flatMap((n) => [n.name, ...n.testHosts.map((h) => h.name)]).sort();
    throw new UsageError(`no node "${node}" in lab "${graph.lab}"; nodes: ${names.join(', ')}`);
  }
  return {
    node,
    address: wanted.bindAddress,
    sshPort: wanted.sshPort,
    consolePort: wanted.consolePort,
    user: wanted.credentials.user,
    pass: wanted.credentials.pass,
    testHost: holder ? { vm: holder.name, namespace: node } : null,
    secrets,
  };
}

/**
 * The login `vmlab ssh` uses for a node: its VM's SSH forward with the
 * credentials revealed (a `${secret:KEY}` here, for the login, and nowhere
 * else), and for a test host the namespace to enter in the VM that holds it.
 */
export function nodeLogin(home: string, node: string, opts: { lab?: string; specs?: string; sources?: SpecSources }): GuestLogin {
  const found = nodeEndpoint(home, node, opts);
  const whose = found.testHost ? `${found.testHost.vm} (which holds test host ${node})` : node;
  if (!found.user) throw new UsageError(`no login known for ${whose}: set ssh_user/ssh_pass in its profile or vm_credentials in its platform`);
  return {
    host: found.address,
    port: found.sshPort,
    user: found.secrets.reveal(found.user, `the login user of ${node}`)!,
    pass: found.secrets.reveal(found.pass, `the password of ${node}`),
    namespace: found.testHost?.namespace ?? null,
  };
}
