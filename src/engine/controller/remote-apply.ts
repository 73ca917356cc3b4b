import type { StepResult } from '../execute/executor.js';
import { spawnVmlab, type SshClient } from '../../remote/ssh.js';
import type { ServerPlan } from './remote-plan.js';
import type { Server } from './servers.js';

/** How one server's apply ended. */
export interface ServerOutcome {
  server: Server;
  /** The remote vmlab's exit code (255: ssh itself failed). */
  code: number;
  results: StepResult[];
  /** What went wrong, in the remote vmlab's words (empty when it went well). */
  error: string;
}

/** A progress line from a server: `node` null for a line about the server as a whole. */
export type ServerProgress = (server: string, node: string | null, message: string) => void;

/**
 * Runs `vmlab apply PLANFILE --host NAME --yes --progress json` on every
 * server that has work, all at once, and passes each node's progress on as
 * it comes. One server's failure stops nothing on the others: each converges
 * its own share, and a later apply picks up where a failed one stopped.
 */
export async function applyOnServers(client: SshClient, plans: ServerPlan[], lab: string, progress: ServerProgress): Promise<ServerOutcome[]> {
  return Promise.all(plans.map((p) => applyOnServer(client, p, lab, progress)));
}

async function applyOnServer(client: SshClient, planned: ServerPlan, lab: string, progress: ServerProgress): Promise<ServerOutcome> {
  const { server } = planned;
  const child = spawnVmlab(client, server, [
    'apply',
    planned.planFile,
    ...planned.specArgs,
    '--lab',
    lab,
    '--host',
    server.name,
    '--yes',
    '--progress',
    'json',
    '--stop-with-stdin',
  ]);
  let results: StepResult[] = [];
  let partial = '';
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    partial += chunk;
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      const event = parseEvent(line);
      if (event?.event === 'node') progress(server.name, String(event.node), String(event.message));
      else if (event?.event === 'summary') results = (event.results as StepResult[]) ?? [];
    }
  });
  const done = await child;
  const code = done.exitCode ?? 255;
  const said = String(done.stderr ?? '')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('QEMU accelerator:'));
  const error =
    code === 0 ? '' : code === 255 && results.length === 0 ? `ssh to ${server.ssh} failed: ${said.at(-1) ?? 'no answer'}` : said.join('\n') || `exit ${code}`;
  return { server, code, results, error };
}

function parseEvent(line: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(line);
    return value !== null && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
}
