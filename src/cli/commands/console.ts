import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import { consoleRoute } from '../../engine/guests/console-route.js';
import { nodeEndpoint } from '../../engine/guests/node-endpoint.js';
import { homeOf } from '../settings.js';
import type { CliIo } from '../io.js';
import { machineOf } from '../machine.js';
import { controlledBy, onNodeServer } from '../forward.js';
import { LAB_OPTION, specSources, specsArg, withSources } from '../options.js';

export function consoleCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'console <node>',
    describe: "attach to a node's serial console (Ctrl-] to leave)",
    builder: (y: Argv) =>
      withSources(y)
        .positional('node', { type: 'string', demandOption: true })
        .option('lab', LAB_OPTION)
        .option('specs', { alias: 'S', type: 'string', describe: 'spec directory of the lab' }),
    handler: async (argv: { node: string; lab?: string; specs?: string; platforms?: string; secrets?: string }) => {
      const controlled = controlledBy(io, argv);
      if (controlled) {
        setCode(await onNodeServer(io, controlled, argv.node, ['console', argv.node], io.interactive === true));
        return;
      }
      const found = nodeEndpoint(homeOf(io), argv.node, { lab: argv.lab, specs: specsArg(argv, io), sources: specSources(argv, io) });
      const machine = machineOf(io);
      const route = consoleRoute(found.address, found.consolePort, machine.addresses());
      const where =
        route.via === 'tcp' ? `127.0.0.1:${found.consolePort}` : `127.0.0.1:${found.consolePort} of ${found.address}, through "${route.argv.join(' ')}"`;
      const whose = found.testHost ? `the console of ${found.testHost.vm}, which holds test host ${argv.node}` : `${argv.node}'s console`;
      io.err(`Connecting to ${whose} (${where}). Press Ctrl-] to leave.\n`);
      await machine.guests.console(route).catch((err: Error) => {
        throw new UsageError(`cannot reach ${argv.node}'s console: ${err.message}`);
      });
      io.err('\nConsole closed.\n');
      setCode(0);
    },
  };
}
