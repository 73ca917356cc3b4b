import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import { findLab } from '../../state/lab-dir.js';
import { machineOf } from '../machine.js';
import { homeOf } from '../settings.js';
import type { CliIo } from '../io.js';
import { controlledBy, execOnServers } from '../forward.js';
import { execOnNodes, type ExecResult } from '../../engine/guests/exec-on-nodes.js';
import { nodeServers } from '../../engine/controller/node-servers.js';
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
      const lab = findLab(homeOf(io), { lab: argv.lab, specs, sources });
      const results = await execOnNodes({
        lab,
        specDir: specs ?? lab.state.spec_dir,
        sources,
        nodes: argv.all ? 'all' : (argv.nodes ?? []).map(String),
        command,
        machine: machineOf(io),
      });
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
