import type { Argv } from 'yargs';
import { findLab } from '../../state/lab-dir.js';
import type { LinkAdminOutcome } from '../../engine/link-admin.js';
import { homeOf } from '../settings.js';
import { machineOf } from '../machine.js';
import type { CliIo } from '../io.js';
import { controlledBy, linkServers, onServer } from '../forward.js';
import { LAB_OPTION, specSources, specsArg, withHost, withJson, withSpecs } from '../options.js';
import { stderrProgress } from '../progress.js';
import { UsageError } from '../../errors.js';
import { impairArgs, type LinkImpairCliArgs, noImpairFlags, runLinkImpair, withImpairFlags } from './link-impair.js';
import { flapArgs, noFlapFlags, runLinkFlap } from './link-flap.js';

interface LinkArgs extends LinkImpairCliArgs {
  admin: 'down' | 'up' | 'impair' | 'flap';
  all: boolean;
  down?: string;
  up?: string;
  count?: number;
}

export function linkCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'link <admin> [endpoint]',
    describe: 'take a link down or up (carrier off/on), impair it (delay, loss, rate, … live), or flap it; apply keeps it as you left it',
    builder: (y: Argv) =>
      withImpairFlags(withJson(withHost(withSpecs(y))))
        .positional('admin', {
          choices: ['down', 'up', 'impair', 'flap'] as const,
          demandOption: true,
          describe: 'down: carrier off; up: carrier on; impair: set its faults live; flap: down and up on a schedule',
        })
        .option('down', { type: 'string', describe: 'flap: how long each time down, e.g. 2s' })
        .option('up', { type: 'string', describe: 'flap: how long each time up, e.g. 5s' })
        .option('count', { type: 'number', describe: 'flap: how many times (default: until Ctrl-C)' })
        .positional('endpoint', { type: 'string', describe: 'one end of the link, NODE:INTERFACE (either end names it)' })
        .option('all', { type: 'boolean', default: false, describe: 'with up: every link that is admin-down' })
        .option('lab', LAB_OPTION)
        .option('lock-wait', { type: 'number', default: 10, describe: 'seconds to wait for another run holding the lab' })
        .example('vmlab link down leaf1:Ethernet0', 'cut the cable between leaf1:Ethernet0 and its peer')
        .example('vmlab link up --all', 'plug every cable taken down back in')
        .example('vmlab link impair leaf1:Ethernet0 --delay 50ms --loss 1%', 'make the cable bad both ways, live')
        .example('vmlab link flap leaf1:Ethernet0 --down 2s --up 5s --count 3', 'pull and plug it three times'),
    handler: async (argv: LinkArgs) => {
      if (argv.admin !== 'impair') noImpairFlags(argv, argv.admin);
      if (argv.admin !== 'flap') noFlapFlags(argv);
      const controlled = controlledBy(io, argv);
      if (controlled && (argv.admin === 'impair' || argv.admin === 'flap')) {
        if (argv.endpoint === undefined) throw new UsageError('name the link by one of its ends, NODE:INTERFACE');
        // Each server sets what it runs: the named end's server, then its peer's.
        const words = argv.admin === 'impair' ? impairArgs(argv) : flapArgs(argv);
        let code = 0;
        for (const server of linkServers(controlled, argv.endpoint))
          code = Math.max(code, await onServer(io, controlled, server, ['link', argv.admin, argv.endpoint, ...words, '--host', server]));
        setCode(code);
        return;
      }
      if (argv.admin === 'impair') {
        setCode(await runLinkImpair(io, argv));
        return;
      }
      if (argv.admin === 'flap') {
        setCode(await runLinkFlap(io, argv));
        return;
      }
      if (controlled) {
        // Each server sets the ends of the link it runs: the named end's server, then its peer's.
        const ends = argv.endpoint === undefined ? controlled.servers.map((s) => s.name) : linkServers(controlled, argv.endpoint);
        let code = 0;
        for (const server of ends)
          code = Math.max(
            code,
            await onServer(io, controlled, server, [
              'link',
              argv.admin,
              ...(argv.endpoint === undefined ? [] : [argv.endpoint]),
              ...(argv.all ? ['--all'] : []),
              '--host',
              server,
            ]),
          );
        setCode(code);
        return;
      }
      const sources = specSources(argv, io);
      const lab = findLab(homeOf(io), { lab: argv.lab, specs: specsArg(argv, io), sources, ...(argv.host === undefined ? {} : { host: argv.host }) });
      const { setLinkAdmin } = await import('../../engine/link-admin.js');
      const admin = argv.admin;
      const args = [admin, ...(argv.endpoint === undefined ? [] : [argv.endpoint]), ...(argv.all ? ['--all'] : [])];
      const outcome = await setLinkAdmin({
        lab,
        specDir: specsArg(argv, io) ?? lab.state.spec_dir,
        sources,
        admin,
        ...(argv.endpoint === undefined ? {} : { endpoint: argv.endpoint }),
        all: argv.all,
        ...(argv.host === undefined ? {} : { host: argv.host }),
        command: `vmlab link ${args.join(' ')}`,
        lockWaitMs: argv['lock-wait'] * 1000,
        progress: stderrProgress(io),
        machine: machineOf(io),
      });
      if (argv.json) io.out(`${JSON.stringify(outcome, null, 2)}\n`);
      else io.err(summary(outcome));
      setCode(0);
    },
  };
}

function summary(outcome: LinkAdminOutcome): string {
  if (outcome.links.length === 0) return `Lab "${outcome.lab}": no link is admin-down; nothing to do.\n`;
  const lines = outcome.links.map((l) => `Link ${l.a} ↔ ${l.z} is ${l.admin === 'down' ? 'admin-down' : 'up'}.`);
  for (const other of outcome.elsewhere) lines.push(`Its end on ${other.host} is that host's to set; run there: ${other.command}`);
  return `${lines.join('\n')}\n`;
}
