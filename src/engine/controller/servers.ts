import { VmlabError } from '../../errors.js';
import type { LabSpec } from '../../specs/resolved.js';
import { remoteFailure, runVmlab, type RemoteHost, type SshClient } from '../../remote/ssh.js';

/** A server of the lab as the controller sees it: how to reach it, and the address its nodes listen on. */
export interface Server extends RemoteHost {
  address: string;
}

/** The lab's servers, in name order. */
export function labServers(lab: LabSpec): Server[] {
  return Object.keys(lab.hosts)
    .sort()
    .map((name) => {
      const host = lab.hosts[name]!;
      return { name, address: host.address, ssh: host.ssh, vmlab: host.vmlab };
    });
}

/** What is wrong with one server's vmlab, or null: reachable, present, and the same version as ours. */
async function serverProblem(client: SshClient, server: Server, version: string): Promise<string | null> {
  const run = await runVmlab(client, server, ['--version'], { timeoutMs: 30_000 });
  if (run.code === 255) return remoteFailure(server, run);
  if (run.code === 127 || /not found|No such file/i.test(run.stderr)) {
    return `${server.name}: there is no "${server.vmlab}" there (${run.stderr.trim().split('\n').at(-1)}); install vmlab ${version} on ${server.name}, or set "vmlab" in its host entry to where it is`;
  }
  const theirs = run.stdout.trim();
  if (run.code !== 0) return `${server.name}: "${server.vmlab} --version" failed (exit ${run.code}): ${run.stderr.trim() || theirs}`;
  if (theirs !== version)
    return `${server.name} runs vmlab ${theirs}, this machine ${version}: every server of a lab must run the same version (install ${version} there)`;
  return null;
}

/**
 * Asks every server for its vmlab's version, all at once, before anything is
 * shipped or started: a lab half-applied by a vmlab that reads the specs
 * differently is worse than no apply.
 */
export async function checkServers(client: SshClient, servers: Server[], version: string): Promise<void> {
  const problems = (await Promise.all(servers.map((s) => serverProblem(client, s, version)))).filter((p) => p !== null);
  if (problems.length > 0) throw new VmlabError(`nothing was changed: ${problems.length === 1 ? problems[0] : `\n  ${problems.join('\n  ')}`}`);
}
