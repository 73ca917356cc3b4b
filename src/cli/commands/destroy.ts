import type { Argv } from 'yargs';
import { ExitCode, UsageError } from '../../errors.js';
import { findLab } from '../../engine/lab-dir.js';
import { labPaths, vmlabHome } from '../../state/paths.js';
import { readState } from '../../state/store.js';
import { existsSync } from 'node:fs';
import type { CliIo } from '../io.js';
import { LAB_OPTION, specsArg, withHost, withJson, withSpecs } from '../options.js';
import { stderrProgress } from '../progress.js';

interface DestroyArgs {
  specs?: string;
  lab?: string;
  host?: string;
  force: boolean;
  json: boolean;
  'lock-wait': number;
}

export function destroyCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'destroy',
    describe: "stop and remove the lab's VMs, overlays and state; put the profiles back",
    builder: (y: Argv) =>
      withJson(withHost(withSpecs(y)))
        .option('lab', LAB_OPTION)
        .option('force', { type: 'boolean', default: false, describe: "also when state and reality disagree: kill every QEMU proven to be this lab's, remove the lab directory" })
        .option('lock-wait', { type: 'number', default: 10, describe: 'seconds to wait for another run holding the lab' }),
    handler: async (argv: DestroyArgs) => {
      const home = vmlabHome(io.env);
      const specs = specsArg(argv, io);
      let paths;
      let state;
      try {
        ({ paths, state } = findLab(home, { lab: argv.lab, specs }));
      } catch (err) {
        // --force cleans up a lab whose state.json is gone or unreadable.
        if (!argv.force || argv.lab === undefined) throw err;
        paths = labPaths(home, argv.lab);
        if (!existsSync(paths.dir)) throw new UsageError(`no lab "${argv.lab}" under ${home}`);
        state = readStateOrNull(paths.state);
      }
      const { destroyLab } = await import('../../engine/destroy-lab.js');
      const outcome = await destroyLab({ paths, state, host: argv.host ?? null, force: argv.force, lockWaitMs: argv['lock-wait'] * 1000, progress: stderrProgress(io) });
      if (argv.json) io.out(`${JSON.stringify({ destroyed: outcome.results.filter((r) => r.status === 'done').map((r) => r.id), errors: outcome.errors }, null, 2)}\n`);
      for (const e of outcome.errors) io.err(`error: ${e}\n`);
      if (!argv.json) io.err(outcome.errors.length ? `Destroy finished with ${outcome.errors.length} error(s); "vmlab destroy --force" removes what is left.\n` : 'Lab destroyed.\n');
      setCode(outcome.errors.length ? ExitCode.failure : ExitCode.ok);
    },
  };
}

function readStateOrNull(file: string) {
  try {
    return readState(file);
  } catch {
    return null;
  }
}
