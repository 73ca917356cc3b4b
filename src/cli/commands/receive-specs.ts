import type { Argv } from 'yargs';
import { receiveSpecs } from '../../remote/received-specs.js';
import { homeOf } from '../settings.js';
import type { CliIo } from '../io.js';

/**
 * `vmlab receive-specs --lab NAME --host HOST` (not in --help): what a
 * controller runs on a server over ssh (into that host's own copy, so
 * servers sharing one home never share one), with a tar of the lab's specs on stdin. Prints where
 * they were unpacked, as JSON.
 */
export function receiveSpecsCommand(io: CliIo, setCode: (code: number) => void, stdin: NodeJS.ReadableStream = process.stdin) {
  return {
    command: 'receive-specs',
    describe: false as const,
    builder: (y: Argv) => y.option('lab', { type: 'string', demandOption: true }).option('host', { type: 'string' }),
    handler: async (argv: { lab: string; host?: string }) => {
      const dir = await receiveSpecs(homeOf(io), argv.lab, stdin, argv.host ?? null);
      io.out(`${JSON.stringify({ dir })}\n`);
      setCode(0);
    },
  };
}
