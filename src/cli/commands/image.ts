import { rmSync } from 'node:fs';
import type { Argv } from 'yargs';
import { ConflictError, UsageError, VmlabError } from '../../errors.js';
import { deployedNodesWhere } from '../../state/node-users.js';
import { checkImageName, imageEntry, imageFile, listImageEntries, metaFile, type ImageEntry } from '../../images/store.js';
import { homeOf, qemuTools } from '../settings.js';
import type { CliIo } from '../io.js';
import { withJson } from '../options.js';
import { stderrProgress } from '../progress.js';
import { mib, wrap } from '../render/format.js';

interface ImageArgs {
  action: string;
  arg?: string;
  name?: string;
  force: boolean;
  'allow-outside-backing': boolean;
  json: boolean;
}

/** Deployed nodes (lab/node) whose overlays sit on this image file. */
function usersOf(home: string, file: string): string[] {
  return deployedNodesWhere(home, (record) => record.config.image === file);
}

export function imageCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'image <action> [arg]',
    describe: 'the image store ($VMLAB_HOME/images): list | import FILE [--name N] | info NAME | rm NAME',
    builder: (y: Argv) =>
      withJson(y)
        .positional('action', { type: 'string', choices: ['list', 'import', 'info', 'rm'], demandOption: true })
        .positional('arg', { type: 'string', describe: 'FILE for import, NAME for info and rm' })
        .option('name', { type: 'string', describe: 'name to store an imported image under (default: from the file name)' })
        .option('force', { type: 'boolean', default: false, describe: 'import over an existing name; rm an image still in use' })
        .option('allow-outside-backing', {
          type: 'boolean',
          default: false,
          describe: "import: read a qcow2's backing or data files even outside its directory",
        }),
    handler: async (argv: ImageArgs) => {
      const home = homeOf(io);
      const need = () => {
        if (!argv.arg) throw new UsageError(`vmlab image ${argv.action} needs ${argv.action === 'import' ? 'a FILE' : 'a NAME'}`);
        return argv.arg;
      };
      /** The entry of a NAME given on the command line: a safe name (exit 3 otherwise) that the store has. */
      const entryOf = (name: string): ImageEntry => {
        const entry = imageEntry(home, checkImageName(name));
        if (!entry)
          throw new UsageError(
            `no stored image "${name}"; stored: ${
              listImageEntries(home)
                .map((i) => i.name)
                .join(', ') || '(none)'
            }`,
          );
        return entry;
      };
      switch (argv.action) {
        case 'list': {
          const entries = listImageEntries(home);
          const broken = entries.flatMap((e) => (e.problem === null ? [] : [{ name: e.name, problem: e.problem }]));
          if (argv.json) {
            io.out(`${JSON.stringify({ images: entries.flatMap((e) => (e.image ? [e.image] : [])), broken }, null, 2)}\n`);
          } else {
            const { default: Table } = await import('cli-table3');
            const table = new Table({ head: ['name', 'size', 'virtual size', 'from', 'imported'], style: { head: [], border: [] } });
            for (const e of entries) {
              const i = e.image;
              if (i)
                table.push([
                  i.name,
                  mib(i.size),
                  mib(i.virtual_size),
                  `${i.source_format}${i.compression === 'none' ? '' : ` (${i.compression})`}${i.flattened ? ', flattened' : ''}`,
                  i.imported,
                ]);
              else table.push([e.name, { colSpan: 4, content: wrap(`BROKEN: ${e.problem}`, 64) }]);
            }
            io.out(`${table.toString()}\n`);
            if (broken.length) io.err(`${broken.length} broken image${broken.length === 1 ? '' : 's'}: "vmlab image rm NAME" removes what is left of one.\n`);
          }
          break;
        }
        case 'import': {
          const { importImage } = await import('../../images/import.js');
          const image = await importImage(home, need(), argv.name, argv.force, stderrProgress(io), qemuTools(io).qemuImg, {
            allowOutsideBacking: argv['allow-outside-backing'],
          });
          if (argv.json) io.out(`${JSON.stringify(image, null, 2)}\n`);
          else {
            const from = `${image.source_format}${image.compression === 'none' ? '' : `, was ${image.compression}`}`;
            const flattened = image.flattened ? `, flattened: ${image.flattened.join(', ')} copied in` : '';
            io.err(`Stored "${image.name}" (${from}${flattened}): ${mib(image.size)}, sha256 ${image.sha256}.\nUse it with "vm_image": "${image.name}".\n`);
          }
          break;
        }
        case 'info': {
          const entry = entryOf(need());
          const usedBy = usersOf(home, imageFile(home, entry.name));
          if (!entry.image) {
            const users = usedBy.length ? ` It is the base of ${usedBy.join(', ')}.` : '';
            throw new VmlabError(`image "${entry.name}" is broken: ${entry.problem}.${users} "vmlab image rm ${entry.name}" removes what is left of it.`);
          }
          io.out(`${JSON.stringify({ ...entry.image, used_by: usedBy }, null, 2)}\n`);
          break;
        }
        case 'rm': {
          const entry = entryOf(need());
          const users = usersOf(home, imageFile(home, entry.name));
          if (users.length && !argv.force)
            throw new ConflictError(`image "${entry.name}" is the base of running overlays (${users.join(', ')}); destroy those labs first, or --force`);
          rmSync(imageFile(home, entry.name), { force: true });
          rmSync(metaFile(home, entry.name), { force: true });
          io.err(entry.problem === null ? `Removed image "${entry.name}".\n` : `Removed broken image "${entry.name}" (${entry.problem}).\n`);
          break;
        }
      }
      setCode(0);
    },
  };
}
