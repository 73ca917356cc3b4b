import type { Argv } from 'yargs';
import { NODES_ONLY } from '../../model/compile.js';
import { desiredLab } from '../../engine/desired-lab.js';
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
      io.out(renderGraph(desiredLab({ specDir: specDir(argv, io), sources: specSources(argv, io) }, NODES_ONLY).graph, argv.format as GraphFormat));
      setCode(0);
    },
  };
}
