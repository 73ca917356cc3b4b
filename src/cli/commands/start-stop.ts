import type { Argv } from 'yargs';
import { findLab } from '../../state/lab-dir.js';
import { homeOf } from '../settings.js';
import type { CliIo } from '../io.js';
import { controlledBy, onNodesServers } from '../forward.js';
import { LAB_OPTION, specSources, specsArg } from '../options.js';
import { runApply, withApplyOptions, type ApplyArgs } from './apply.js';

interface StartStopArgs extends ApplyArgs {
  nodes: string[];
  lab?: string;
}

/** -S, $VMLAB_SPECS, or the spec directory the deployed lab was applied from (and the name it was deployed under). */
function specsOf(argv: StartStopArgs, io: CliIo): { specs: string; lab?: string } {
  const specs = specsArg(argv, io);
  if (specs !== undefined) return { specs, lab: argv.lab };
  const { state } = findLab(homeOf(io), { lab: argv.lab, sources: specSources(argv, io) });
  return { specs: state.spec_dir, lab: state.name };
}

function command(verb: 'start' | 'stop', io: CliIo, setCode: (code: number) => void) {
  return {
    command: `${verb} <nodes..>`,
    describe:
      verb === 'stop' ? 'stop nodes and keep them stopped on later applies (disk kept)' : 'start stopped nodes (and restart the peers whose links need it)',
    builder: (y: Argv) => withApplyOptions(y).positional('nodes', { type: 'string', array: true, demandOption: true }).option('lab', LAB_OPTION),
    handler: async (argv: StartStopArgs) => {
      const nodes = argv.nodes.map(String);
      const controlled = controlledBy(io, argv);
      if (controlled) {
        setCode(await onNodesServers(io, controlled, nodes, (here) => [verb, ...here]));
        return;
      }
      setCode(await runApply(io, { ...argv, ...specsOf(argv, io) }, `vmlab ${verb} ${nodes.join(' ')}`, { [verb]: nodes, only: nodes }));
    },
  };
}

export const startCommand = (io: CliIo, setCode: (code: number) => void) => command('start', io, setCode);
export const stopCommand = (io: CliIo, setCode: (code: number) => void) => command('stop', io, setCode);
