import type { Argv } from 'yargs';
import { findLab } from '../../state/lab-dir.js';
import type { LinkAdminOutcome } from '../../engine/link-admin.js';
import { homeOf } from '../settings.js';
import { machineOf } from '../machine.js';
import type { CliIo } from '../io.js';
import { controlledBy, linkServers, onServer } from '../forward.js';
import { LAB_OPTION, specSources, specsArg, withHost, withJson, withSpecs } from '../options.js';
import { stderrProgress } from '../progress.js';

interface LinkArgs {
  admin: 'down' | 'up';
  endpoint?: string;
  all: boolean;
  specs?: string;
  platforms?: string;
  secrets?: string;
  lab?: string;
  host?: string;
  json: boolean;
  'lock-wait': number;
}

export function linkCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'link <admin> [endpoint]',
    describe: 'take a link down or bring it back up (carrier off/on on both guests); apply keeps it as you left it',
    builder: (y: Argv) =>
      withJson(withHost(withSpecs(y)))
        .positional('admin', { choices: ['down', 'up'] as const, demandOption: true, describe: 'down: carrier off; up: carrier on' })
        .positional('endpoint', { type: 'string', describe: 'one end of the link, NODE:INTERFACE (either end names it)' })
        .option('all', { type: 'boolean', default: false, describe: 'with up: every link that is admin-down' })
        .option('lab', LAB_OPTION)
        .option('lock-wait', { type: 'number', default: 10, describe: 'seconds to wait for another run holding the lab' })
        .example('vmlab link down leaf1:Ethernet0', 'cut the cable between leaf1:Ethernet0 and its peer')
        .example('vmlab link up --all', 'plug every cable taken down back in'),
    handler: async (argv: LinkArgs) => {
      const controlled = controlledBy(io, argv);
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
      const args = [argv.admin, ...(argv.endpoint === undefined ? [] : [argv.endpoint]), ...(argv.all ? ['--all'] : [])];
      const outcome = await setLinkAdmin({
        lab,
        specDir: specsArg(argv, io) ?? lab.state.spec_dir,
        sources,
        admin: argv.admin,
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
