import type { Argv } from 'yargs';
import { ExitCode, UsageError } from '../../errors.js';
import { findLab, isLabDirectory } from '../../state/lab-dir.js';
import { checkHostOfLab } from '../../state/lab-hosts.js';
import { checkLabName, labPaths } from '../../state/paths.js';
import { homeOf } from '../settings.js';
import { machineOf } from '../machine.js';
import { controlledBy } from '../forward.js';
import { StateError } from '../../state/state-file.js';
import type { LabState } from '../../state/types.js';
import type { CliIo } from '../io.js';
import { LAB_OPTION, specSources, specsArg, withHost, withJson, withSpecs } from '../options.js';
import type { SpecSources } from '../../specs/types.js';
import { stderrProgress } from '../progress.js';

interface DestroyArgs {
  specs?: string;
  platforms?: string;
  secrets?: string;
  lab?: string;
  host?: string;
  force: boolean;
  json: boolean;
  'lock-wait': number;
}

/**
 * The lab to destroy. With --force and --lab, also a lab whose state.json is
 * gone or damaged, but only a directory that really is a lab of this store.
 */
function target(
  home: string,
  argv: DestroyArgs,
  specs: string | undefined,
  sources: SpecSources,
): { paths: ReturnType<typeof labPaths>; state: LabState | null } {
  const lab = argv.lab === undefined ? undefined : checkLabName(argv.lab);
  try {
    const found = findLab(home, { lab, specs, sources, ...(argv.host === undefined ? {} : { host: argv.host }) });
    return { paths: found.paths, state: found.state };
  } catch (err) {
    const cleanable = err instanceof StateError || (err instanceof UsageError && /is not deployed/.test(err.message));
    if (!argv.force || lab === undefined || !cleanable) throw err;
    // A host's share of a lab of several hosts (labs/<lab>@<host>), else the lab's own directory.
    const share = argv.host === undefined ? null : labPaths(home, lab, argv.host);
    const paths = share !== null && isLabDirectory(share) ? share : labPaths(home, lab);
    if (!isLabDirectory(paths)) throw new UsageError(`there is no lab "${lab}" under ${home}/labs; nothing to destroy`);
    return { paths, state: null };
  }
}

export function destroyCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'destroy',
    describe: "stop and remove the lab's VMs, overlays and state; put the profiles back",
    builder: (y: Argv) =>
      withJson(withHost(withSpecs(y)))
        .option('lab', LAB_OPTION)
        .option('force', {
          type: 'boolean',
          default: false,
          describe: "also when state and reality disagree or state.json is damaged: kill every QEMU proven to be this lab's, remove the lab directory",
        })
        .option('lock-wait', { type: 'number', default: 10, describe: 'seconds to wait for another run holding the lab' }),
    handler: async (argv: DestroyArgs) => {
      const home = homeOf(io);
      const controlled = controlledBy(io, argv);
      if (controlled) {
        const { runControlDestroy } = await import('../control-commands.js');
        setCode(await runControlDestroy(io, controlled, { force: argv.force, json: argv.json, lockWaitMs: argv['lock-wait'] * 1000 }));
        return;
      }
      const { paths, state } = target(home, argv, specsArg(argv, io), specSources(argv, io));
      if (argv.host !== undefined) checkHostOfLab(argv.host, state);
      const { destroyLab } = await import('../../engine/destroy-lab.js');
      const outcome = await destroyLab({
        paths,
        state,
        host: argv.host ?? null,
        force: argv.force,
        lockWaitMs: argv['lock-wait'] * 1000,
        progress: stderrProgress(io),
        machine: machineOf(io),
      });
      if (argv.json)
        io.out(
          `${JSON.stringify({ destroyed: outcome.results.filter((r) => r.status === 'done').map((r) => r.id), errors: outcome.errors, removed: outcome.removed }, null, 2)}\n`,
        );
      for (const e of outcome.errors) io.err(`error: ${e}\n`);
      if (!argv.json) {
        if (outcome.errors.length) io.err(`Destroy finished with ${outcome.errors.length} error(s); "${outcome.forceAdvice}" removes what is left.\n`);
        else
          io.err(
            outcome.removed
              ? 'Lab destroyed.\n'
              : `This host's share of the lab is destroyed; the lab directory stays for the nodes left (${outcome.left.join(', ')}).\n`,
          );
      }
      setCode(outcome.errors.length ? ExitCode.failure : ExitCode.ok);
    },
  };
}
