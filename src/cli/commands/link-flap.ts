import { UsageError } from '../../errors.js';
import { findLab } from '../../state/lab-dir.js';
import type { CliIo } from '../io.js';
import { machineOf } from '../machine.js';
import { type LabArgs, specSources, specsArg } from '../options.js';
import { stderrProgress } from '../progress.js';
import { homeOf } from '../settings.js';

interface FlapArgv extends LabArgs {
  endpoint?: string;
  down?: string;
  up?: string;
  count?: number;
  'lock-wait': number;
}

const DURATION_FORM = 'a duration such as "2s", "500ms" or "1m"';

/** "2s", "500ms", "1m", or seconds as a bare number. */
function duration(flag: string, value: string | undefined): number {
  if (value === undefined) throw new UsageError(`${flag}: say how long, ${DURATION_FORM}`);
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(value);
  const ms = m ? Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 'm' ? 60_000 : 1000) : Number.NaN;
  if (!(ms >= 100)) throw new UsageError(`${flag} ${JSON.stringify(value)} is not valid; must be ${DURATION_FORM}, at least 100ms`);
  return ms;
}

export function noFlapFlags(argv: FlapArgv): void {
  const given = (['down', 'up', 'count'] as const).filter((f) => argv[f] !== undefined).map((f) => `--${f}`);
  if (given.length > 0) throw new UsageError(`${given.join(', ')}: only "vmlab link flap" takes ${given.length === 1 ? 'it' : 'them'}`);
}

export function flapArgs(argv: FlapArgv): string[] {
  return [
    ...(argv.down === undefined ? [] : ['--down', argv.down]),
    ...(argv.up === undefined ? [] : ['--up', argv.up]),
    ...(argv.count === undefined ? [] : ['--count', String(argv.count)]),
  ];
}

/** Flaps until done or stopped (Ctrl-C, SIGTERM): either way the link is left up. */
export async function runLinkFlap(io: CliIo, argv: FlapArgv): Promise<number> {
  if (argv.endpoint === undefined) throw new UsageError('name the link by one of its ends, NODE:INTERFACE');
  const downMs = duration('--down', argv.down);
  const upMs = duration('--up', argv.up);
  if (argv.count !== undefined && !(Number.isInteger(argv.count) && argv.count >= 1))
    throw new UsageError(`--count ${argv.count} is not valid; must be a positive integer`);
  const sources = specSources(argv, io);
  const lab = findLab(homeOf(io), { lab: argv.lab, specs: specsArg(argv, io), sources, ...(argv.host === undefined ? {} : { host: argv.host }) });
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const { flapLink } = await import('../../engine/link-flap.js');
    const { flaps } = await flapLink({
      lab,
      specDir: specsArg(argv, io) ?? lab.state.spec_dir,
      sources,
      endpoint: argv.endpoint,
      downMs,
      upMs,
      ...(argv.count === undefined ? {} : { count: argv.count }),
      ...(argv.host === undefined ? {} : { host: argv.host }),
      command: `vmlab link flap ${argv.endpoint}`,
      lockWaitMs: argv['lock-wait'] * 1000,
      progress: stderrProgress(io),
      machine: machineOf(io),
      signal: stop.signal,
    });
    io.err(`Link ${argv.endpoint} flapped ${flaps} time${flaps === 1 ? '' : 's'}${stop.signal.aborted ? ' (stopped)' : ''}; it is up.\n`);
    return 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
