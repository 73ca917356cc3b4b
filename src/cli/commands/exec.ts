import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import { findLab } from '../../state/lab-dir.js';
import { machineOf } from '../machine.js';
import type { NodeRecord } from '../../state/types.js';
import { homeOf } from '../settings.js';
import type { CliIo } from '../io.js';
import { controlledBy, execOnServers, type ExecResult } from '../forward.js';
import { nodeServers } from '../../engine/controller/node-servers.js';
import { Secrets } from '../../specs/secrets.js';
import { LAB_OPTION, specSources, specsArg, withSources } from '../options.js';

interface ExecArgs {
  nodes?: string[];
  all: boolean;
  lab?: string;
  specs?: string;
  platforms?: string;
  secrets?: string;
  json: boolean;
  '--'?: string[];
}

export function execCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'exec [nodes..]',
    describe: 'run a command on nodes in parallel (vmlab exec leaf1 leaf2 -- uptime; --all for every node)',
    builder: (y: Argv) =>
      withSources(y)
        .positional('nodes', { type: 'string', array: true })
        .option('all', { type: 'boolean', default: false, describe: 'every node of the lab on this machine (test hosts, not the VMs that hold them)' })
        .option('lab', LAB_OPTION)
        .option('specs', { alias: 'S', type: 'string', describe: 'spec directory of the lab' })
        .option('json', { type: 'boolean', default: false, describe: 'machine-readable output on stdout' })
        .parserConfiguration({ 'populate--': true }),
    handler: async (argv: ExecArgs) => {
      const command = (argv['--'] ?? []).map(String).join(' ');
      if (!command) throw new UsageError('no command: vmlab exec <node…|--all> -- <command>');
      const controlled = controlledBy(io, argv);
      if (controlled) {
        const nodes = argv.all ? [...nodeServers(controlled).keys()].sort() : (argv.nodes ?? []).map(String);
        const results = await execOnServers(io, controlled, nodes, (argv['--'] ?? []).map(String));
        setCode(await printResults(io, command, results, argv.json));
        return;
      }
      const specs = specsArg(argv, io);
      const sources = specSources(argv, io);
      const { state } = findLab(homeOf(io), { lab: argv.lab, specs, sources });
      // state.json keeps a ${secret:KEY} as the reference: revealed here, for the logins, before any starts.
      const secrets = Secrets.of(specs ?? state.spec_dir, sources);
      // Each name is a VM, or a test host: its VM's login, inside its namespace.
      const where = new Map<string, { record: NodeRecord; namespace: string | null }>();
      for (const [name, record] of Object.entries(state.nodes)) {
        const hosts = record.test_hosts ?? [];
        if (hosts.length === 0) where.set(name, { record, namespace: null });
        for (const h of hosts) where.set(h.name, { record, namespace: h.name });
      }
      const known = [...where.keys()].sort();
      const nodes = argv.all ? known : (argv.nodes ?? []).map(String);
      if (nodes.length === 0) throw new UsageError('name nodes, or --all');
      for (const n of nodes) if (!where.has(n) && !state.nodes[n]) throw new UsageError(`no node "${n}" here; nodes: ${known.join(', ')}`);
      // Revealed before anything starts: a secret that cannot be resolved is one clear error (exit 3), not N unreachable nodes.
      const logins = new Map(
        nodes.map((node) => {
          const r = (where.get(node) ?? { record: state.nodes[node]! }).record;
          return [
            node,
            {
              user: secrets.reveal(r.credentials.user ?? 'admin', `the login user of ${node}`)!,
              pass: secrets.reveal(r.credentials.pass, `the password of ${node}`),
            },
          ];
        }),
      );
      const machine = machineOf(io);
      const results = await Promise.all(
        nodes.map(async (node) => {
          // A VM holding test hosts can still be named itself: its own namespace.
          const { record: r, namespace } = where.get(node) ?? { record: state.nodes[node]!, namespace: null };
          try {
            const out = await machine.guests.run({ host: r.bind_address, port: r.ssh_port, namespace, ...logins.get(node)! }, command);
            return { node, exit_code: out.code, stdout: out.stdout, stderr: out.stderr };
          } catch (err) {
            return { node, exit_code: null, stdout: '', stderr: `cannot reach: ${secrets.redact((err as Error).message)}` };
          }
        }),
      );
      setCode(await printResults(io, command, results, argv.json));
    },
  };
}

/** The results as one table (or one JSON document); exit 0 only when every node's command exited 0. */
async function printResults(io: CliIo, command: string, results: ExecResult[], json: boolean): Promise<number> {
  if (json) io.out(`${JSON.stringify({ command, results }, null, 2)}\n`);
  else {
    const { default: Table } = await import('cli-table3');
    const table = new Table({ head: ['node', 'exit', 'output'], style: { head: [], border: [] } });
    for (const r of results) table.push([r.node, r.exit_code ?? '-', `${r.stdout}${r.stderr}`.trimEnd()]);
    io.out(`${table.toString()}\n`);
  }
  return results.every((r) => r.exit_code === 0) ? 0 : 1;
}
