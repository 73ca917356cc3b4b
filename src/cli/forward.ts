import { whereToRun } from '../engine/controller/where.js';
import { groupByServer, serverOfNode } from '../engine/controller/node-servers.js';
export { linkServers } from '../engine/controller/node-servers.js';
import { attachVmlab, remoteFailure, runVmlab } from '../remote/ssh.js';
import type { ControllerRecord } from '../state/controller-record.js';
import type { ExecResult } from '../engine/guests/exec-on-nodes.js';
import type { CliIo } from './io.js';
import { specSources, specsArg } from './options.js';
import { homeOf, sshClient } from './settings.js';

/** A lab this machine drives over SSH (null: a lab of this machine, handled here): whereToRun's rule, for every command but apply. */
export function controlledBy(io: CliIo, argv: { lab?: string; specs?: string; platforms?: string; secrets?: string; host?: string }): ControllerRecord | null {
  const where = whereToRun(homeOf(io), { lab: argv.lab, specs: specsArg(argv, io), sources: specSources(argv, io), host: argv.host }, 'other');
  return where.here ? null : where.record;
}

/**
 * Runs the same vmlab command on the server that runs the node, over SSH,
 * attached to this terminal (a person may be typing: ssh, console). The
 * server's vmlab finds the node in its own state; its exit code is ours.
 */
export async function onNodeServer(io: CliIo, record: ControllerRecord, node: string, args: string[], tty: boolean): Promise<number> {
  return attachVmlab(sshClient(io), serverOfNode(record, node), withLab(args, record.name), tty);
}

/** A command about some nodes, run on each of their servers in turn (heading each with its server's name). */
export async function onNodesServers(io: CliIo, record: ControllerRecord, nodes: string[], args: (nodes: string[]) => string[]): Promise<number> {
  let code = 0;
  for (const group of groupByServer(record, nodes)) {
    io.err(`=== ${group.server.name} ===\n`);
    code = Math.max(code, await attachVmlab(sshClient(io), group.server, withLab(args(group.nodes), record.name), false));
  }
  return code;
}

/** A command about the whole lab (snapshot, restore), run on every server in turn. */
export async function onEveryServer(io: CliIo, record: ControllerRecord, args: string[]): Promise<number> {
  let code = 0;
  for (const server of record.servers) code = Math.max(code, await onServer(io, record, server.name, args));
  return code;
}

/** A command run on one named server of the lab. */
export async function onServer(io: CliIo, record: ControllerRecord, server: string, args: string[]): Promise<number> {
  const access = record.servers.find((s) => s.name === server)!;
  io.err(`=== ${server} ===\n`);
  return attachVmlab(sshClient(io), access, withLab(args, record.name), false);
}

/** The command with `--lab NAME` right after its name: before any `--`, after which words are the node's, not vmlab's. */
function withLab(args: string[], lab: string): string[] {
  return [args[0]!, '--lab', lab, ...args.slice(1)];
}

/**
 * `vmlab exec` on nodes of several servers: each server runs it on its own
 * nodes (all servers at once) and answers in JSON; the results come back as
 * one list, in the order the nodes were named. A server that cannot be
 * asked is each of its nodes' result.
 */
export async function execOnServers(io: CliIo, record: ControllerRecord, nodes: string[], words: string[]): Promise<ExecResult[]> {
  const answers = await Promise.all(
    groupByServer(record, nodes).map(async (group) => {
      const run = await runVmlab(sshClient(io), group.server, withLab(['exec', ...group.nodes, '--json', '--', ...words], record.name), { timeoutMs: 600_000 });
      try {
        return JSON.parse(run.stdout).results as ExecResult[];
      } catch {
        return group.nodes.map((node) => ({ node, exit_code: null, stdout: '', stderr: remoteFailure(group.server, run) }));
      }
    }),
  );
  const byNode = new Map(answers.flat().map((r) => [r.node, r]));
  return nodes.map((node) => byNode.get(node)!);
}
