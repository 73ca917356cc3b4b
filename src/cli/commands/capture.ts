import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import { judgeCapture, prepareCapture } from '../../engine/capture/capture-lab.js';
import type { CaptureOutcome, CaptureStopReason, RunningCapture } from '../../ports/machine.js';
import { findLab } from '../../state/lab-dir.js';
import { homeOf } from '../settings.js';
import { openCaptureOutput } from '../capture-output.js';
import type { CliIo } from '../io.js';
import { machineOf } from '../machine.js';
import { LAB_OPTION, specSources, specsArg, withSources } from '../options.js';

interface CaptureArgs {
  endpoint: string;
  write: string;
  count?: number;
  duration?: number;
  lab?: string;
  specs?: string;
  platforms?: string;
  secrets?: string;
}

/**
 * The signals that end a capture cleanly. SIGTSTP (Ctrl-Z) too: a stopped
 * vmlab stops reading, and QEMU, whose writes to a full pipe block its main
 * loop, would freeze the VM until vmlab is resumed.
 */
const STOP_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGTSTP'];

function checkLimits(argv: CaptureArgs): void {
  if (argv.count !== undefined && !(Number.isInteger(argv.count) && argv.count >= 1))
    throw new UsageError(`--count ${argv.count}: give a whole number of packets, 1 or more`);
  if (argv.duration !== undefined && !(Number.isFinite(argv.duration) && argv.duration > 0))
    throw new UsageError(`--duration ${argv.duration}: give a number of seconds above 0`);
}

function summary(outcome: CaptureOutcome, into: string): string {
  const why: Record<CaptureStopReason, string> = {
    count: '--count reached',
    duration: '--duration elapsed',
    interrupted: 'stopped',
    'output closed': outcome.outputError ? `writing failed: ${outcome.outputError}` : 'the output was closed',
    'source closed': outcome.sourceError ?? 'the capture stream ended',
    'bad stream': outcome.sourceError ?? 'the capture stream was not pcap',
  };
  const n = outcome.packets;
  return `${n} packet${n === 1 ? '' : 's'} captured ${into} (${why[outcome.reason]}).\n`;
}

export function captureCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'capture <endpoint>',
    describe: "write a pcap of one link's traffic, taken at NODE:INTERFACE (vmlab capture leaf1:Ethernet0 -w - | tcpdump -r -)",
    builder: (y: Argv) =>
      withSources(y)
        .positional('endpoint', { type: 'string', demandOption: true, describe: "NODE:INTERFACE as the specs name it (a test host's too: h1:eth0)" })
        .option('write', { alias: 'w', type: 'string', demandOption: true, describe: 'pcap file to write, or - for stdout (a live stream)' })
        .option('count', { alias: 'c', type: 'number', describe: 'stop after this many packets' })
        .option('duration', { type: 'number', describe: 'stop after this many seconds' })
        .option('lab', LAB_OPTION)
        .option('specs', { alias: 'S', type: 'string', describe: 'spec directory of the lab' }),
    handler: async (argv: CaptureArgs) => {
      checkLimits(argv);
      const home = homeOf(io);
      const specs = specsArg(argv, io);
      const sources = specSources(argv, io);
      const lab = findLab(home, { lab: argv.lab, specs, sources });
      const capture = await prepareCapture({
        lab,
        specDir: specs ?? lab.state.spec_dir,
        sources,
        endpoint: argv.endpoint,
        machine: machineOf(io),
        say: (node, message) => io.err(`${node}: ${message}\n`),
      });
      const { tap } = capture;
      const output = openCaptureOutput(argv.write, io.cwd);
      const into = output.name === 'stdout' ? 'to stdout' : `into ${output.name}`;

      // Signals are ours from before the filter exists: an early Ctrl-C still ends in a clean removal.
      let running: RunningCapture | null = null;
      let interrupted = false;
      const onSignal = () => {
        interrupted = true;
        running?.stop('interrupted');
      };
      for (const s of STOP_SIGNALS) process.on(s, onSignal);
      let outcome: CaptureOutcome;
      try {
        running = await capture.start({
          output: output.stream,
          ...(argv.count === undefined ? {} : { count: argv.count }),
          ...(argv.duration === undefined ? {} : { durationMs: argv.duration * 1000 }),
        });
        const limits = [argv.count === undefined ? null : `${argv.count} packets`, argv.duration === undefined ? null : `${argv.duration} s`].filter(
          (x) => x !== null,
        );
        io.err(
          `Capturing ${tap.endpoint} (${tap.vm} ${running.netdev}, the link to ${tap.peer}) ${into}; ${limits.length ? `stops after ${limits.join(' or ')}, ` : ''}Ctrl-C to stop.\n`,
        );
        if (interrupted) running.stop('interrupted');
        outcome = await running.done;
      } finally {
        for (const s of STOP_SIGNALS) process.off(s, onSignal);
        await (running === null ? output.discard() : output.finish());
      }
      io.err(summary(outcome, into));
      if (outcome.dropped > 0) io.err(`warning: ${outcome.dropped} packets were dropped: the output did not keep up (QEMU must never wait for a capture)\n`);
      const { failed } = judgeCapture(outcome, running!, tap);
      setCode(failed ? 1 : 0);
    },
  };
}
