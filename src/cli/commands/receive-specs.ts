import type { Argv } from 'yargs';
import { receiveSpecs } from '../../remote/received-specs.js';
import { homeOf } from '../settings.js';
import type { CliIo } from '../io.js';

/**
 * `vmlab receive-specs --lab NAME` (not in --help): what a controller runs
 * on a server over ssh, with a tar of the lab's specs on stdin. Prints where
 * they were unpacked, as JSON.
 */
export function receiveSpecsCommand(io: CliIo, setCode: (code: number) => void, stdin: NodeJS.ReadableStream = process.stdin) {
  return {
    command: 'receive-specs',
    describe: false as const,
    builder: (y: Argv) => y.option('lab', { type: 'string', demandOption: true }),
    handler: async (argv: { lab: string }) => {
      const dir = await receiveSpecs(homeOf(io), argv.lab, stdin);
      io.out(`${JSON.stringify({ dir })}\n`);
      setCode(0);
    },
  };
}
