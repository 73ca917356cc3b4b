import type { Argv } from 'yargs';
import { removeTemplateInUse, templatesInUse } from '../../engine/template-store.js';
import { homeOf } from '../settings.js';
import type { CliIo } from '../io.js';
import { withJson } from '../options.js';
import { mib } from '../render/format.js';

interface TemplateArgs {
  action: string;
  key?: string;
  force: boolean;
  json: boolean;
}

/**
 * `vmlab template list | rm KEY`: the warm-start templates of this home
 * ($VMLAB_HOME/templates). A template is the backing file of its clones'
 * overlays, so one that clones use is removed only with --force (those
 * clones then cannot start again: destroy their labs first).
 */
export function templateCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'template <action> [key]',
    describe: 'warm-start templates ($VMLAB_HOME/templates): list | rm KEY',
    builder: (y: Argv) =>
      withJson(y)
        .positional('action', { type: 'string', choices: ['list', 'rm'], demandOption: true })
        .positional('key', { type: 'string', describe: 'the template to remove (its key, from "vmlab template list")' })
        .option('force', { type: 'boolean', default: false, describe: 'rm a template that clones still stand on' }),
    handler: async (argv: TemplateArgs) => {
      const home = homeOf(io);
      switch (argv.action) {
        case 'list': {
          const rows = templatesInUse(home);
          if (argv.json) {
            io.out(`${JSON.stringify({ templates: rows }, null, 2)}\n`);
            break;
          }
          const { default: Table } = await import('cli-table3');
          const table = new Table({
            head: ['key', 'platform', 'image', 'memory', 'NICs', 'QEMU', 'state', 'built', 'used by'],
            style: { head: [], border: [] },
          });
          for (const t of rows) {
            const i = t.inputs;
            table.push([
              t.key,
              i.platform,
              i.image,
              `${i.memory_mb} MiB`,
              `${i.nics} ${i.nic_driver}`,
              `${i.qemu_version} ${i.accel}`,
              mib(t.state_bytes),
              `${t.built_at} (${t.build_seconds} s)`,
              t.used_by.join(', ') || '-',
            ]);
          }
          io.out(`${table.toString()}\n`);
          break;
        }
        case 'rm': {
          const t = await removeTemplateInUse(home, argv.key, argv.force);
          io.err(`Removed template ${t.key} (platform ${t.inputs.platform}).\n`);
          break;
        }
      }
      setCode(0);
    },
  };
}
