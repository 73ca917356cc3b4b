import type { Argv } from 'yargs';
import { compile, NODES_ONLY } from '../../model/compile.js';
import { loadLab } from '../../specs/load.js';
import type { CliIo } from '../io.js';
import { specDir, specSources, withSpecs } from '../options.js';
import { renderGraph, type GraphFormat } from '../render/graph.js';

export function graphCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'graph',
    describe: 'draw the lab: nodes, links with interfaces and ports, hosts as clusters',
    builder: (y: Argv) =>
      withSpecs(y).option('format', { type: 'string', choices: ['mermaid', 'dot'], default: 'mermaid', describe: 'Mermaid flowchart or Graphviz dot' }),
    handler: (argv: { specs?: string; platforms?: string; secrets?: string; format: string }) => {
      io.out(renderGraph(compile(loadLab(specDir(argv, io), specSources(argv, io)).lab, NODES_ONLY), argv.format as GraphFormat));
      setCode(0);
    },
  };
}
