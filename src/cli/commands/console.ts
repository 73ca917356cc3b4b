import { connect } from 'node:net';
import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import { nodeEndpoint } from '../../engine/node-endpoint.js';
import { vmlabHome } from '../../state/paths.js';
import type { CliIo } from '../io.js';
import { LAB_OPTION, specsArg } from '../options.js';

/** Ctrl-] leaves the console, as in telnet. */
const ESCAPE = 0x1d;

export function consoleCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'console <node>',
    describe: "attach to a node's serial console (Ctrl-] to leave)",
    builder: (y: Argv) =>
      y
        .positional('node', { type: 'string', demandOption: true })
        .option('lab', LAB_OPTION)
        .option('specs', { alias: 'S', type: 'string', describe: 'spec directory of the lab' }),
    handler: async (argv: { node: string; lab?: string; specs?: string }) => {
      const found = nodeEndpoint(vmlabHome(io.env, io.cwd), argv.node, { lab: argv.lab, specs: specsArg(argv, io) });
      const record = { bind_address: found.address, console_port: found.consolePort };
      io.err(`Connected to ${argv.node}'s console (${record.bind_address}:${record.console_port}). Press Ctrl-] to leave.\n`);
      await new Promise<void>((resolve, reject) => {
        const socket = connect({ host: record.bind_address, port: record.console_port });
        const { stdin, stdout } = process;
        const leave = () => {
          if (stdin.isTTY) stdin.setRawMode(false);
          stdin.off('data', onKey);
          stdin.pause();
          socket.destroy();
          resolve();
        };
        const onKey = (data: Buffer) => {
          const at = data.indexOf(ESCAPE);
          if (at >= 0) {
            if (at > 0) socket.write(data.subarray(0, at));
            leave();
          } else {
            socket.write(data);
          }
        };
        socket.on('connect', () => {
          if (stdin.isTTY) stdin.setRawMode(true);
          stdin.on('data', onKey);
          stdin.resume();
          socket.write('\r'); // show the current prompt
        });
        socket.on('data', (d) => stdout.write(d));
        socket.on('error', (err) => reject(new UsageError(`cannot reach ${argv.node}'s console: ${err.message}`)));
        socket.on('close', leave);
        stdin.on('end', leave);
      });
      io.err('\nConsole closed.\n');
      setCode(0);
    },
  };
}
