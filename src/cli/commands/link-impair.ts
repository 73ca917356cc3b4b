import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import type { LinkImpairOutcome } from '../../engine/link-impair.js';
import { IMPAIRMENT_FIELDS, type Impairment, parseImpairment } from '../../specs/impairment.js';
import { findLab } from '../../state/lab-dir.js';
import type { CliIo } from '../io.js';
import { machineOf } from '../machine.js';
import { type LabArgs, specSources, specsArg } from '../options.js';
import { stderrProgress } from '../progress.js';
import { homeOf } from '../settings.js';

/** The command-line flag of each impairment field: `--loss-correlation` for loss_correlation. */
const flagOf = (field: string) => field.replaceAll('_', '-');
const BURST_FIELDS = ['p', 'r', 'bad_loss', 'good_loss'] as const;

/** The impairment flags of `vmlab link impair`, netem's words as in topology.json. */
export function withImpairFlags<T>(y: Argv<T>) {
  return y
    .option('delay', { type: 'string', describe: 'impair: one-way delay, e.g. 50ms' })
    .option('jitter', { type: 'string', describe: 'impair: ± around the delay, e.g. 10ms' })
    .option('distribution', { type: 'string', describe: 'impair: of the jitter: uniform, normal, pareto, paretonormal' })
    .option('loss', { type: 'string', describe: 'impair: random loss, e.g. 1%' })
    .option('loss-correlation', { type: 'string', describe: 'impair: how much each loss draw leans on the last, e.g. 25%' })
    .option('loss-burst', { type: 'string', describe: 'impair: Gilbert–Elliott loss "P R [BAD_LOSS [GOOD_LOSS]]", e.g. "5% 50%"' })
    .option('rate', { type: 'string', describe: 'impair: rate limit, e.g. 10mbit' })
    .option('limit', { type: 'number', describe: 'impair: frames that may wait before new ones are dropped (1000)' })
    .option('duplicate', { type: 'string', describe: 'impair: frames sent twice, e.g. 1%' })
    .option('reorder', { type: 'string', describe: 'impair: frames sent at once, skipping the delay, e.g. 25%' })
    .option('corrupt', { type: 'string', describe: 'impair: frames with one bit flipped, e.g. 0.1%' })
    .option('direction', { choices: ['both', 'out', 'in'] as const, default: 'both', describe: 'impair: seen from NODE:IF, out = what it sends' })
    .option('clear', { type: 'boolean', default: false, describe: 'impair: a plain wire, whatever topology.json declares' })
    .option('declared', { type: 'boolean', default: false, describe: 'impair: back to what topology.json declares' });
}

/** yargs has checked --direction against its choices. */
type ImpairArgv = Record<string, unknown> & { direction?: string; clear?: boolean; declared?: boolean };

/** The impairment fields given on the command line (none: undefined). */
function givenFields(argv: ImpairArgv): Record<string, unknown> {
  const spec: Record<string, unknown> = {};
  for (const field of IMPAIRMENT_FIELDS) {
    const value = argv[flagOf(field)];
    if (value === undefined) continue;
    if (field === 'loss_burst') {
      const parts = String(value).trim().split(/\s+/);
      spec.loss_burst = Object.fromEntries(parts.slice(0, 4).map((p, i) => [BURST_FIELDS[i], p]));
    } else spec[field] = value;
  }
  return spec;
}

/** What `link impair` is asked to set: the flags read as topology.json is (same forms, same messages, by flag). */
export function impairSetting(argv: ImpairArgv): Impairment | null | 'declared' {
  const spec = givenFields(argv);
  const modes = [argv.clear ? '--clear' : null, argv.declared ? '--declared' : null, Object.keys(spec).length > 0 ? 'impairment flags' : null].filter(Boolean);
  if (modes.length === 0)
    throw new UsageError('say what the link should do: impairment flags (--delay 50ms, --loss 1%, --rate 10mbit, …), --clear, or --declared');
  if (modes.length > 1) throw new UsageError(`use one of impairment flags, --clear or --declared, not ${modes.join(' and ')}`);
  if (argv.clear) return null;
  if (argv.declared) return 'declared';
  const { impairment, issues } = parseImpairment(spec);
  if (issues.length > 0) {
    const [first] = issues;
    const field = first!.path.split('/')[1]!;
    throw new UsageError(`--${flagOf(field)}${first!.path.split('/').length > 2 ? ` (${first!.path.split('/')[2]})` : ''}: ${first!.message}`);
  }
  return impairment;
}

/** Refuses impairment flags on `link down|up|flap`, where they would be silently ignored. */
export function noImpairFlags(argv: ImpairArgv, action: string): void {
  const given = Object.keys(givenFields(argv)).map((f) => `--${flagOf(f)}`);
  if (argv.clear) given.push('--clear');
  if (argv.declared) given.push('--declared');
  if (argv.direction !== undefined && argv.direction !== 'both') given.push('--direction');
  if (given.length > 0)
    throw new UsageError(`${given.join(', ')}: only "vmlab link impair" takes ${given.length === 1 ? 'it' : 'them'}, not "vmlab link ${action}"`);
}

/** The words of a `link impair` run again on another server: the same flags. */
export function impairArgs(argv: ImpairArgv): string[] {
  const args: string[] = [];
  for (const field of IMPAIRMENT_FIELDS) {
    const value = argv[flagOf(field)];
    if (value !== undefined) args.push(`--${flagOf(field)}`, String(value));
  }
  if (argv.direction && argv.direction !== 'both') args.push('--direction', argv.direction);
  if (argv.clear) args.push('--clear');
  if (argv.declared) args.push('--declared');
  return args;
}

export interface LinkImpairCliArgs extends ImpairArgv, LabArgs {
  endpoint?: string;
  json: boolean;
  'lock-wait': number;
}

export async function runLinkImpair(io: CliIo, argv: LinkImpairCliArgs): Promise<number> {
  if (argv.endpoint === undefined) throw new UsageError('name the link by one of its ends, NODE:INTERFACE');
  const setting = impairSetting(argv);
  const sources = specSources(argv, io);
  const lab = findLab(homeOf(io), { lab: argv.lab, specs: specsArg(argv, io), sources, ...(argv.host === undefined ? {} : { host: argv.host }) });
  const { setLinkImpairment } = await import('../../engine/link-impair.js');
  const outcome = await setLinkImpairment({
    lab,
    specDir: specsArg(argv, io) ?? lab.state.spec_dir,
    sources,
    endpoint: argv.endpoint,
    direction: (argv.direction ?? 'both') as 'both' | 'out' | 'in',
    setting,
    ...(argv.host === undefined ? {} : { host: argv.host }),
    command: ['vmlab', 'link', 'impair', argv.endpoint, ...impairArgs(argv)].join(' '),
    lockWaitMs: argv['lock-wait'] * 1000,
    progress: stderrProgress(io),
    machine: machineOf(io),
  });
  if (argv.json) io.out(`${JSON.stringify(outcome, null, 2)}\n`);
  else io.err(summary(outcome));
  return 0;
}

function summary(outcome: LinkImpairOutcome): string {
  const lines = outcome.directions.map(
    (d) =>
      `${d.from} → ${d.to}: ${d.impairment}${d.source === 'declared' ? ' (as declared)' : ''}${d.result === 'set live' || d.result === 'unchanged' ? '' : ` (${d.result})`}`,
  );
  for (const other of outcome.elsewhere) lines.push(`The sender on ${other.host} is that host's to set; run there: ${other.command}`);
  return `${lines.join('\n')}\n`;
}
