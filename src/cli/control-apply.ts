import { ExitCode } from '../errors.js';
import { vmlabCommand } from '../state/advice.js';
import { VMLAB_VERSION } from '../version.js';
import { approved } from './confirm.js';
import type { CliIo } from './io.js';
import { specDir, specSources } from './options.js';
import { renderServerOutcomes, renderServerPlans } from './render/server-plans.js';
import { homeOf, sshClient } from './settings.js';

/**
 * `vmlab apply` of a lab across servers, without --host: this machine drives
 * every server over SSH (see engine/controller). Progress lines name the
 * server and the node; the exit code covers every server.
 */
export interface ControlApplyArgs {
  specs?: string;
  platforms?: string;
  secrets?: string;
  lab?: string;
  json: boolean;
  yes: boolean;
  'lock-wait': number;
}

/** What driving a lab's servers from here needs of this run's command line and environment. */
function driving(io: CliIo, argv: { specs?: string; platforms?: string; secrets?: string; lab?: string }) {
  return { specDir: specDir(argv, io), home: homeOf(io), labName: argv.lab, sources: specSources(argv, io), client: sshClient(io), version: VMLAB_VERSION };
}

export async function runControlApply(io: CliIo, argv: ControlApplyArgs): Promise<number> {
  const t0 = Date.now();
  const { controlApply } = await import('../engine/controller/control-apply.js');
  const stamp = () => ((Date.now() - t0) / 1000).toFixed(1).padStart(5);
  const outcome = await controlApply({
    ...driving(io, argv),
    lockWaitMs: argv['lock-wait'] * 1000,
    progress: (server, node, message) => io.err(`[${stamp()}s] ${server} ${node ?? ''}${node ? ': ' : ''}${message}\n`),
    review: async (plans, placed) => {
      if (!argv.json) io.err(renderServerPlans(plans, placed));
      return approved(io, argv.yes, 'plans', '\nApply these changes on every server? [y/N] ');
    },
  });
  for (const note of outcome.notes) io.err(`note: ${note}\n`);
  const failed = outcome.outcomes.some((o) => o.code !== 0);
  if (argv.json) {
    const servers = outcome.plans.map((p) => {
      const done = outcome.outcomes.find((o) => o.server.name === p.server.name);
      return { host: p.server.name, plan: p.plan, exit_code: done?.code ?? 0, results: done?.results ?? [], error: done?.error || null };
    });
    io.out(`${JSON.stringify({ lab: outcome.lab, applied: outcome.applied, servers }, null, 2)}\n`);
  } else if (!outcome.plans.some((p) => p.plan.changes)) {
    io.err(`Lab "${outcome.lab}": no changes on any server; the lab matches the specs.\n`);
  } else if (!outcome.applied) {
    io.err('Nothing was changed.\n');
  } else {
    const lab = argv.lab === undefined ? [] : ['--lab', argv.lab];
    io.err(renderServerOutcomes(outcome.outcomes, (Date.now() - t0) / 1000, vmlabCommand(homeOf(io), ['apply', '-S', specDir(argv, io), ...lab, '--yes'])));
  }
  return failed ? ExitCode.failure : ExitCode.ok;
}

/** `vmlab plan` of a lab this machine drives: each server's plan, grouped by server; --detailed-exitcode covers them all. */
export async function runControlPlan(
  io: CliIo,
  argv: { specs?: string; platforms?: string; secrets?: string; lab?: string; json: boolean; 'detailed-exitcode': boolean },
): Promise<number> {
  const { controlPlan } = await import('../engine/controller/control-apply.js');
  const planned = await controlPlan({
    ...driving(io, argv),
    lockWaitMs: 10_000,
  });
  if (argv.json)
    io.out(
      `${JSON.stringify({ lab: planned.lab, placed: planned.placed, servers: planned.plans.map((p) => ({ host: p.server.name, plan: p.plan })) }, null, 2)}\n`,
    );
  else io.out(renderServerPlans(planned.plans, planned.placed));
  const changes = planned.plans.some((p) => p.plan.changes);
  return argv['detailed-exitcode'] && changes ? ExitCode.changes : ExitCode.ok;
}
