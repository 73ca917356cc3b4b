import { remoteFailure, runVmlab, type SshClient } from '../../remote/ssh.js';
import type { ControllerRecord } from '../../state/controller-record.js';

/** One server's answer to `vmlab status --json`: its rows, or why there are none. */
export interface ServerStatus {
  server: string;
  /** The rows the server's vmlab printed (each with its node, host, state, …). */
  nodes: Record<string, unknown>[];
  links: Record<string, unknown>[];
  /** Null when the server answered; else why not ("unreachable", "not deployed there", …). */
  problem: string | null;
}

/**
 * Every server's view of the lab, asked all at once. A server that does not
 * answer is a row of its own, not a failure of the whole command: the
 * others' nodes are still worth seeing.
 */
export async function statusOfServers(client: SshClient, record: ControllerRecord): Promise<ServerStatus[]> {
  return Promise.all(
    record.servers.map(async (server): Promise<ServerStatus> => {
      const run = await runVmlab(client, server, ['status', '--lab', record.name, '--host', server.name, '--json'], { timeoutMs: 60_000 });
      if (run.code === 0) {
        try {
          const parsed = JSON.parse(run.stdout) as { nodes?: Record<string, unknown>[]; links?: Record<string, unknown>[] };
          return { server: server.name, nodes: parsed.nodes ?? [], links: parsed.links ?? [], problem: null };
        } catch {
          return { server: server.name, nodes: [], links: [], problem: `its vmlab printed no status (${run.stdout.slice(0, 120)})` };
        }
      }
      if (run.code === 3 && /is not deployed|no lab is deployed/.test(run.stderr))
        return { server: server.name, nodes: [], links: [], problem: 'no share of the lab deployed there' };
      return {
        server: server.name,
        nodes: [],
        links: [],
        problem: run.code === 255 ? `unreachable (${remoteFailure(server, run)})` : remoteFailure(server, run),
      };
    }),
  );
}
