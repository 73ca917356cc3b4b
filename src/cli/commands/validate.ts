import type { Argv } from 'yargs';
import { SpecError } from '../../errors.js';
import { printable } from '../../printable.js';
import { observingThrough, planLab } from '../../engine/plan-lab.js';
import { homeOf } from '../settings.js';
import { machineOf } from '../machine.js';
import type { CliIo } from '../io.js';
import { specDir, specSources, withJson, withPlacement, withSpecs } from '../options.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function validateCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'validate',
    describe: 'check the specs; starts and writes nothing',
    builder: (y: Argv) => withJson(withPlacement(withSpecs(y))),
    handler: async (argv: { specs?: string; platforms?: string; secrets?: string; placement?: string; json: boolean }) => {
      const dir = specDir(argv, io);
      try {
        // Planning (read-only) also proves the graph compiles and that every
        // node the plan would create has its image.
        const machine = machineOf(io);
        const { loaded, plan } = await planLab(dir, homeOf(io), observingThrough(machine, machine.processWorld), {
          host: null,
          sources: specSources(argv, io),
        });
        const { lab } = loaded;
        const summary = { valid: true, lab: lab.name, nodes: lab.nodes.length, links: lab.links.length, issues: [], warnings: plan.warnings };
        if (argv.json) io.out(`${JSON.stringify(summary, null, 2)}\n`);
        else {
          // Probably-wrong but runnable specs: said here too, not only in the plan.
          for (const warning of plan.warnings) io.err(`warning: ${printable(warning)}\n`);
          io.err(`${dir}: valid. Lab "${lab.name}": ${plural(lab.nodes.length, 'node')}, ${plural(lab.links.length, 'link')}.\n`);
        }
      } catch (err) {
        if (argv.json && err instanceof SpecError) io.out(`${JSON.stringify({ valid: false, issues: err.issues }, null, 2)}\n`);
        throw err;
      }
      setCode(0);
    },
  };
}
