import { resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Argv } from 'yargs';
import { ExitCode, UsageError } from '../../errors.js';
import { controlledBy } from '../forward.js';
import { planLab } from '../../engine/plan-lab.js';
import { homeOf } from '../settings.js';
import { machineOf } from '../machine.js';
import { savedPlan } from '../../engine/saved-plan.js';
import type { CliIo } from '../io.js';
import { LAB_NAME_OPTION, specDir, specSources, withHost, withJson, withPlacement, withSpecs } from '../options.js';
import { renderPlanText } from '../render/plan-text.js';
import { toWirePlan } from '../../plan/wire.js';

export interface PlanArgs {
  specs?: string;
  platforms?: string;
  secrets?: string;
  placement?: string;
  host?: string;
  json: boolean;
  out?: string;
  'detailed-exitcode': boolean;
  lab?: string;
}

export function planCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'plan',
    describe: 'show what apply would do, and why',
    builder: (y: Argv) =>
      withJson(withHost(withPlacement(withSpecs(y))))
        .option('lab', LAB_NAME_OPTION)
        .option('out', { type: 'string', describe: 'save the plan, with what it was based on, for "vmlab apply FILE"' })
        .option('detailed-exitcode', { type: 'boolean', default: false, describe: 'exit 0 when nothing would change, 2 when something would' }),
    handler: async (argv: PlanArgs) => {
      // A lab this machine drives across servers: every server plans its own share, against its own running lab.
      if (controlledBy(io, argv)) {
        if (argv.out !== undefined) throw new UsageError('--out saves one server\'s plan: add --host NAME (or let "vmlab apply" plan and apply every server)');
        const { runControlPlan } = await import('../control-apply.js');
        setCode(await runControlPlan(io, argv));
        return;
      }
      const planned = await planLab(specDir(argv, io), homeOf(io), machineOf(io), { host: argv.host, labName: argv.lab, sources: specSources(argv, io) });
      const { plan } = planned;
      if (argv.out !== undefined) {
        const saved = savedPlan(planned.basis, plan);
        // 0600 like state.json: a plan describes the lab's addresses and ports, and is nobody else's business.
        writeFileAtomic.sync(resolve(io.cwd, argv.out), `${JSON.stringify(saved, null, 2)}\n`, { mode: 0o600 });
      }
      if (argv.json) io.out(`${JSON.stringify(toWirePlan(plan), null, 2)}\n`);
      else io.out(renderPlanText(plan));
      setCode(argv['detailed-exitcode'] && plan.changes ? ExitCode.changes : ExitCode.ok);
    },
  };
}
