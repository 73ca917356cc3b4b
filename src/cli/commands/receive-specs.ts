import type { Argv } from 'yargs';
import { dropShippedUnlessDeployed, receiveSpecs } from '../../remote/received-specs.js';
import { homeOf } from '../settings.js';
import type { CliIo } from '../io.js';

/**
 * `vmlab receive-specs --lab NAME [--host HOST]` (not in --help): what a
 * controller runs on a server over ssh, with a tar of the lab's specs on
 * stdin, into that host's own copy (servers sharing one home never share
 * one). Prints where they were unpacked, as JSON. A tar it refuses is exit 1
 * naming why. `--drop`: remove the shipped copy unless the lab is deployed here.
 */
export function receiveSpecsCommand(io: CliIo, setCode: (code: number) => void, stdin: NodeJS.ReadableStream = process.stdin) {
  return {
    command: 'receive-specs',
    describe: false as const,
    builder: (y: Argv) =>
      y
        .option('lab', { type: 'string', demandOption: true })
        .option('host', { type: 'string' })
        .option('drop', { type: 'boolean', default: false })
        .option('lock-wait', { type: 'number', default: 60 }),
    handler: async (argv: { lab: string; host?: string; drop: boolean; 'lock-wait': number }) => {
      const waitMs = argv['lock-wait'] * 1000;
      const host = argv.host ?? null;
      if (argv.drop) io.out(`${JSON.stringify({ dropped: await dropShippedUnlessDeployed(homeOf(io), argv.lab, waitMs, host) })}\n`);
      else io.out(`${JSON.stringify({ dir: await receiveSpecs(homeOf(io), argv.lab, stdin, waitMs, host) })}\n`);
      setCode(0);
    },
  };
}
