import type { Argv } from 'yargs';
import { nodeLogin } from '../../engine/guests/node-endpoint.js';
import type { GuestLogin } from '../../ports/machine.js';
import { machineOf } from '../machine.js';
import { homeOf } from '../settings.js';
import { controlledBy, onNodeServer } from '../forward.js';
import type { CliIo } from '../io.js';
import { LAB_OPTION, specSources, specsArg, withSources } from '../options.js';

interface SshArgs {
  node: string;
  lab?: string;
  specs?: string;
  platforms?: string;
  secrets?: string;
  command?: string[];
  '--'?: string[];
}

/** The login of a deployed node, as the command line names it. */
export function sshTarget(io: CliIo, argv: { node: string; lab?: string; specs?: string; platforms?: string; secrets?: string }): GuestLogin {
  return nodeLogin(homeOf(io), argv.node, { lab: argv.lab, specs: specsArg(argv, io), sources: specSources(argv, io) });
}

export function sshCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'ssh <node> [command..]',
    describe: 'log in to a node (no password typing), or run a command there and return its exit code',
    builder: (y: Argv) =>
      withSources(y)
        .positional('node', { type: 'string', demandOption: true })
        .positional('command', { type: 'string', array: true, describe: 'command to run (after --)' })
        .option('lab', LAB_OPTION)
        .option('specs', { alias: 'S', type: 'string', describe: 'spec directory of the lab' })
        .parserConfiguration({ 'populate--': true }),
    handler: async (argv: SshArgs) => {
      const words = [...(argv.command ?? []), ...(argv['--'] ?? [])].map(String);
      const controlled = controlledBy(io, argv);
      if (controlled) {
        setCode(
          await onNodeServer(
            io,
            controlled,
            argv.node,
            ['ssh', argv.node, ...(words.length ? ['--', ...words] : [])],
            words.length === 0 && io.interactive === true,
          ),
        );
        return;
      }
      const target = sshTarget(io, argv);
      if (words.length === 0) {
        setCode(await machineOf(io).guests.shell(target, io.env.TERM ?? 'xterm'));
        return;
      }
      const result = await machineOf(io).guests.run(target, words.join(' '));
      io.out(result.stdout);
      io.err(result.stderr);
      setCode(result.code);
    },
  };
}
