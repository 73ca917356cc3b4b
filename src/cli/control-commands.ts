import { ExitCode } from '../errors.js';
import type { ControllerRecord } from '../state/controller-record.js';
import type { CliIo } from './io.js';
import { homeOf, sshClient } from './settings.js';

/** `vmlab status` of a lab this machine drives: every server's rows in one table, with a host column. */
export async function runControlStatus(io: CliIo, record: ControllerRecord, json: boolean): Promise<number> {
  const { statusOfServers } = await import('../engine/controller/control-status.js');
  const servers = await statusOfServers(sshClient(io), record);
  if (json) {
    io.out(
      `${JSON.stringify({ lab: record.name, servers: servers.map((s) => ({ host: s.server, problem: s.problem })), nodes: servers.flatMap((s) => s.nodes.map((n) => ({ ...n, host: s.server }))), links: servers.flatMap((s) => s.links) }, null, 2)}\n`,
    );
    return ExitCode.ok;
  }
  const { default: Table } = await import('cli-table3');
  const table = new Table({ head: ['node', 'host', 'state', 'pid', 'ssh', 'uptime', 'drift'], style: { head: [], border: [] } });
  for (const s of servers) {
    if (s.problem !== null) table.push(['-', s.server, s.problem, '-', '-', '-', '-']);
    for (const n of s.nodes)
      table.push([String(n.node), s.server, String(n.state), String(n.pid ?? '-'), String(n.ssh), String(n.uptime), String(n.drift ?? '-')]);
  }
  io.out(`Lab "${record.name}" across ${record.servers.map((s) => s.name).join(', ')} (driven from this machine)\n${table.toString()}\n`);
  return ExitCode.ok;
}

/** `vmlab destroy` of a lab this machine drives: every server's share, then this machine's profiles. */
export async function runControlDestroy(io: CliIo, record: ControllerRecord, opts: { force: boolean; json: boolean; lockWaitMs: number }): Promise<number> {
  const { controlDestroy } = await import('../engine/controller/control-destroy.js');
  const outcome = await controlDestroy(sshClient(io), homeOf(io), record, opts);
  for (const note of outcome.notes) io.err(`note: ${note}\n`);
  for (const e of outcome.errors) io.err(`error: ${e}\n`);
  if (opts.json) io.out(`${JSON.stringify({ lab: record.name, destroyed: outcome.destroyed, errors: outcome.errors }, null, 2)}\n`);
  else if (outcome.errors.length === 0) io.err(`Lab "${record.name}" destroyed on ${outcome.destroyed.join(', ') || 'no server'}.\n`);
  else io.err(`Destroyed on ${outcome.destroyed.join(', ') || 'no server'}; the servers above still hold their share: run destroy again once they answer.\n`);
  return outcome.errors.length ? ExitCode.failure : ExitCode.ok;
}
