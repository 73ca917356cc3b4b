import yargs from 'yargs';
import { ExitCode, UsageError } from '../errors.js';
import { applyCommand } from './commands/apply.js';
import { captureCommand } from './commands/capture.js';
import { consoleCommand } from './commands/console.js';
import { destroyCommand } from './commands/destroy.js';
import { execCommand } from './commands/exec.js';
import { graphCommand } from './commands/graph.js';
import { imageCommand } from './commands/image.js';
import { templateCommand } from './commands/template.js';
import { linkCommand } from './commands/link.js';
import { listCommand } from './commands/list.js';
import { restoreCommand, snapshotCommand } from './commands/snapshot.js';
import { sshConfigCommand } from './commands/ssh-config.js';
import { planCommand } from './commands/plan.js';
import { receiveSpecsCommand } from './commands/receive-specs.js';
import { sshCommand } from './commands/ssh.js';
import { startCommand, stopCommand } from './commands/start-stop.js';
import { statusCommand } from './commands/status.js';
import { validateCommand } from './commands/validate.js';
import { processIo, type CliIo } from './io.js';
import { reportError } from './report-error.js';
import { setVerbose } from '../verbose.js';
import { VMLAB_VERSION } from '../version.js';

/**
 * Runs one vmlab command and returns its exit code. The only place that
 * turns errors into messages and exit codes.
 */
export async function main(args: string[], io: CliIo = processIo): Promise<number> {
  let code: number = ExitCode.ok;
  const setCode = (c: number) => {
    code = c;
  };
  const cli = yargs(args)
    .scriptName('vmlab')
    .usage('vmlab: QEMU network labs from topology specs, planned and applied like Terraform\n\nUsage: vmlab <command> [options]')
    .option('verbose', {
      alias: 'v',
      type: 'boolean',
      global: true,
      describe: 'show QEMU command lines, QMP traffic and SSH steps on stderr (also VMLAB_VERBOSE=1); passwords are masked',
    })
    .middleware((argv) => setVerbose(verboseWanted(argv.verbose as boolean | undefined, io.env) ? (line) => io.err(line) : null))
    .command(validateCommand(io, setCode))
    .command(planCommand(io, setCode))
    .command(applyCommand(io, setCode))
    .command(destroyCommand(io, setCode))
    .command(statusCommand(io, setCode))
    .command(listCommand(io, setCode))
    .command(sshCommand(io, setCode))
    .command(consoleCommand(io, setCode))
    .command(stopCommand(io, setCode))
    .command(linkCommand(io, setCode))
    .command(startCommand(io, setCode))
    .command(snapshotCommand(io, setCode))
    .command(restoreCommand(io, setCode))
    .command(execCommand(io, setCode))
    .command(captureCommand(io, setCode))
    .command(graphCommand(io, setCode))
    .command(imageCommand(io, setCode))
    .command(templateCommand(io, setCode))
    .command(sshConfigCommand(io, setCode))
    .command(receiveSpecsCommand(io, setCode))
    .completion('completion', 'print a bash/zsh completion script (vmlab completion >> ~/.bashrc)')
    .demandCommand(1, 'name a command; see vmlab --help')
    .strict()
    .help()
    .alias('h', 'help')
    .version(VMLAB_VERSION)
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .exitProcess(false)
    .fail((message, error) => {
      throw error ?? new UsageError(message);
    });
  skipHelpCache(cli);
  try {
    await cli.parseAsync();
    return code;
  } catch (err) {
    return reportError(err, io);
  } finally {
    setVerbose(null); // one run's sink and secrets never outlive it
  }
}

/**
 * yargs lays out the whole help text (cliui, string-width) before it runs a
 * command's handler, in case the handler asks for help after the parse; no
 * handler here does (--help, and a failed parse, are answered before any
 * handler runs), and the layout costs about 20 ms at every start. Through an
 * internal method: if a yargs upgrade moves it, nothing is skipped.
 */
function skipHelpCache(cli: unknown): void {
  const usage = (cli as { getInternalMethods?: () => { getUsageInstance?: () => { cacheHelpMessage?: () => void } } })
    .getInternalMethods?.()
    .getUsageInstance?.();
  if (usage && typeof usage.cacheHelpMessage === 'function') usage.cacheHelpMessage = () => {};
}

/** -v/--verbose wins; without it, VMLAB_VERBOSE (anything but empty, 0, false, no, off). */
function verboseWanted(flag: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  if (flag !== undefined) return flag;
  const value = (env.VMLAB_VERBOSE ?? '').trim().toLowerCase();
  return !['', '0', 'false', 'no', 'off'].includes(value);
}
