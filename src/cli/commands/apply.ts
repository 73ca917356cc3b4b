import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Argv } from 'yargs';
import { ExitCode, UsageError } from '../../errors.js';
import { vmlabCommand } from '../../state/advice.js';
import { homeOf } from '../settings.js';
import { machineOf } from '../machine.js';
import { whereToRun } from '../../engine/controller/where.js';
import { approved } from '../confirm.js';
import type { CliIo } from '../io.js';
import { LAB_NAME_OPTION, specDir, specSources, withHost, withJson, withPlacement, withSpecs } from '../options.js';
import { jsonProgress, stderrProgress } from '../progress.js';
import { renderPlanText } from '../render/plan-text.js';
import { toWirePlan } from '../../plan/wire.js';
import { renderResults } from '../render/results.js';

export interface ApplyArgs {
  specs?: string;
  platforms?: string;
  secrets?: string;
  placement?: string;
  host?: string;
  json: boolean;
  yes: boolean;
  planfile?: string;
  parallel?: number;
  accel?: string;
  'lock-wait': number;
  lab?: string;
  progress?: string;
  'stop-with-stdin'?: boolean;
}

export function withApplyOptions<T>(y: Argv<T>) {
  return withJson(withHost(withPlacement(withSpecs(y))))
    .option('yes', { alias: 'y', type: 'boolean', default: false, describe: 'do not ask before changing anything' })
    .option('parallel', { type: 'number', describe: 'how many VMs boot at once (default: from cores and free memory)' })
    .option('accel', { type: 'string', choices: ['auto', 'kvm', 'tcg'], describe: 'QEMU accelerator (default: KVM only where it works; also VMLAB_ACCEL)' })
    .option('lock-wait', { type: 'number', default: 10, describe: 'seconds to wait for another run holding the lab' })
    .option('progress', {
      type: 'string',
      choices: ['text', 'json'],
      default: 'text',
      describe: 'json: progress and the closing summary as JSON lines on stdout, for a program driving vmlab',
    })
    .option('stop-with-stdin', {
      type: 'boolean',
      default: false,
      hidden: true,
      describe: 'stop when stdin closes (a controller running this over ssh went away)',
    });
}

/**
 * Runs apply-like commands (apply, start, stop) and reports them the same way.
 * `ask`: apply asks before changing anything; without a terminal to ask on it
 * needs --yes (Terraform's rule: a script must say so). start and stop name
 * their nodes on the command line, which is the confirmation.
 */
export async function runApply(
  io: CliIo,
  argv: ApplyArgs,
  command: string,
  request: { start?: string[]; stop?: string[]; only?: string[] },
  ask = false,
): Promise<number> {
  const t0 = Date.now();
  const unwatch = argv['stop-with-stdin'] ? stopWithStdin(io) : () => {};
  try {
    return await applyAndReport(io, argv, command, request, ask, t0);
  } finally {
    unwatch();
  }
}

async function applyAndReport(
  io: CliIo,
  argv: ApplyArgs,
  command: string,
  request: { start?: string[]; stop?: string[]; only?: string[] },
  ask: boolean,
  t0: number,
): Promise<number> {
  const lines = argv.progress === 'json' ? jsonProgress(io) : null;
  const progress = lines ?? stderrProgress(io);
  // Loaded on demand: QEMU, SSH and process handling are not needed to plan or to show help.
  const { applyLab } = await import('../../engine/apply-lab.js');
  const outcome = await applyLab({
    specDir: specDir(argv, io),
    home: homeOf(io),
    request: { host: argv.host, hostRequired: true, labName: argv.lab, sources: specSources(argv, io), ...request },
    command,
    planFile: argv.planfile === undefined ? undefined : savedPlanFile(resolve(io.cwd, argv.planfile)),
    parallel: argv.parallel,
    accel: argv.accel ?? io.env.VMLAB_ACCEL,
    lockWaitMs: argv['lock-wait'] * 1000,
    progress,
    machine: machineOf(io),
    review: async (plan, accel) => {
      if (lines) lines.event('plan', { lab: plan.lab, host: plan.host, actions: plan.actions.length });
      else if (!argv.json) io.err(renderPlanText(plan));
      io.err(`\nQEMU accelerator: ${accel.accel} (${accel.why})\n`);
      return approved(io, argv.yes || !ask, 'plan', '\nApply these changes? [y/N] ');
    },
  });
  const failed = outcome.results.some((r) => r.status !== 'done');
  if (lines) {
    lines.event('summary', {
      lab: outcome.plan.lab,
      host: outcome.plan.host,
      changes: outcome.plan.changes,
      applied: outcome.applied,
      accel: outcome.accel.accel,
      results: outcome.results,
    });
  } else if (argv.json) {
    io.out(`${JSON.stringify({ plan: toWirePlan(outcome.plan), applied: outcome.applied, accel: outcome.accel.accel, results: outcome.results }, null, 2)}\n`);
  } else if (!outcome.plan.changes) {
    io.err(`Lab "${outcome.plan.lab}": no changes; the lab matches the specs.\n`);
  } else if (!outcome.applied) {
    io.err('Nothing was changed.\n');
  } else {
    const lab = argv.lab === undefined ? [] : ['--lab', argv.lab];
    const host = argv.host === undefined ? [] : ['--host', argv.host];
    // Given on the command line, they are needed again; from the environment, they still are there.
    const named = [
      ...(argv.platforms ? ['--platforms', resolve(io.cwd, argv.platforms)] : []),
      ...(argv.secrets ? ['--secrets', resolve(io.cwd, argv.secrets)] : []),
    ];
    io.err(
      renderResults(
        outcome.results,
        (Date.now() - t0) / 1000,
        vmlabCommand(homeOf(io), ['apply', '-S', specDir(argv, io), ...named, ...lab, ...host, '--yes']),
      ),
    );
  }
  return failed ? ExitCode.failure : ExitCode.ok;
}

/**
 * A controller runs `apply` on each server over ssh with its stdin open,
 * and never writes to it: when the controller dies, ssh closes that stdin.
 * Left running, this apply would hold the lab lock for its whole boot, and
 * the controller's next apply would find every server busy with a run
 * nobody watches. It stops instead, as if killed: what it started and
 * recorded stays, the lock goes with the process, and the next apply
 * reaps any QEMU it started but did not record.
 */
function stopWithStdin(io: CliIo): () => void {
  const onEnd = () => {
    io.err('the controller went away (its ssh session closed): stopping here; its next apply picks up where this one stopped\n');
    process.exit(ExitCode.failure);
  };
  process.stdin.on('end', onEnd);
  process.stdin.resume();
  // Done: stop watching, or the open stdin would keep this process alive after its work.
  return () => {
    process.stdin.off('end', onEnd);
    process.stdin.destroy();
  };
}

/** A saved plan's file, read whole (the engine reads it back as a plan, and says when it is none). */
function savedPlanFile(name: string): { name: string; text: string } {
  try {
    return { name, text: readFileSync(name, 'utf8') };
  } catch (err) {
    throw new UsageError(`${name}: not a saved plan (${(err as Error).message})`);
  }
}

export function applyCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'apply [planfile]',
    aliases: ['deploy'],
    describe: 'converge the lab to the specs (or apply a plan saved with "plan --out")',
    builder: (y: Argv) =>
      withApplyOptions(y).option('lab', LAB_NAME_OPTION).positional('planfile', { type: 'string', describe: 'a plan saved by "vmlab plan --out"' }),
    handler: async (argv: ApplyArgs) => {
      // A lab across servers, no --host, no saved plan: this machine drives every server over SSH.
      const dir = specDir(argv, io);
      const where = whereToRun(
        homeOf(io),
        { lab: argv.lab, specs: dir, sources: specSources(argv, io), host: argv.host, planFile: argv.planfile },
        'apply',
        dir,
      );
      if (!where.here) {
        const { runControlApply } = await import('../control-apply.js');
        setCode(await runControlApply(io, argv));
        return;
      }
      setCode(await runApply(io, argv, 'vmlab apply', {}, true));
    },
  };
}
