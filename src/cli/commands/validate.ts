import type { Argv } from 'yargs';
import { SpecError } from '../../errors.js';
import { compile } from '../../model/compile.js';
import { loadLab } from '../../spec/load.js';
import type { CliIo } from '../io.js';
import { specDir, withJson, withSpecs } from '../options.js';

export function validateCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'validate',
    describe: 'check the specs; starts and writes nothing',
    builder: (y: Argv) => withJson(withSpecs(y)),
    handler: (argv: { specs?: string; json: boolean }) => {
      const dir = specDir(argv, io);
      try {
        const { lab } = loadLab(dir);
        compile(lab); // proves the graph can be built (ports, NICs, MACs)
        const summary = { valid: true, lab: lab.name, nodes: lab.nodes.length, links: lab.links.length, issues: [] };
        if (argv.json) io.out(`${JSON.stringify(summary, null, 2)}\n`);
        else io.err(`${dir}: valid. Lab "${lab.name}": ${lab.nodes.length} nodes, ${lab.links.length} links.\n`);
      } catch (err) {
        if (argv.json && err instanceof SpecError) {
          io.out(`${JSON.stringify({ valid: false, issues: err.issues }, null, 2)}\n`);
        }
        throw err;
      }
      setCode(0);
    },
  };
}
