import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import { imageInfo, removeImage, storedImages } from '../../engine/image-store.js';
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
      switch (argv.action) {
        case 'list': {
          const { entries, broken } = storedImages(home);
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
          io.out(`${JSON.stringify(imageInfo(home, need()), null, 2)}\n`);
          break;
        }
        case 'rm': {
          io.err(`${removeImage(home, need(), argv.force)}\n`);
          break;
        }
      }
      setCode(0);
    },
  };
}
