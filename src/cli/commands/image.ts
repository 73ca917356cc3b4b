import { rmSync } from 'node:fs';
import type { Argv } from 'yargs';
import { ConflictError, UsageError } from '../../errors.js';
import { deployedLabs } from '../../engine/lab-dir.js';
import { imageFile, listImages, metaFile, readImage } from '../../images/store.js';
import { labPaths, vmlabHome } from '../../state/paths.js';
import { readState } from '../../state/store.js';
import type { CliIo } from '../io.js';
import { withJson } from '../options.js';
import { stderrProgress } from '../progress.js';
import { mib } from '../render/format.js';

interface ImageArgs {
  action: string;
  arg?: string;
  name?: string;
  force: boolean;
  json: boolean;
}


/** Deployed nodes (lab/node) whose overlays sit on this image. */
function usersOf(home: string, file: string): string[] {
  const users: string[] = [];
  for (const lab of deployedLabs(home)) {
    const state = readState(labPaths(home, lab).state);
    for (const [node, record] of Object.entries(state?.nodes ?? {})) if (record.config.image === file) users.push(`${lab}/${node}`);
  }
  return users;
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
        .option('force', { type: 'boolean', default: false, describe: 'import over an existing name; rm an image still in use' }),
    handler: async (argv: ImageArgs) => {
      const home = vmlabHome(io.env);
      const need = () => {
        if (!argv.arg) throw new UsageError(`vmlab image ${argv.action} needs ${argv.action === 'import' ? 'a FILE' : 'a NAME'}`);
        return argv.arg;
      };
      const stored = (name: string) => {
        const image = readImage(home, name);
        if (!image) throw new UsageError(`no stored image "${name}"; stored: ${listImages(home).map((i) => i.name).join(', ') || '(none)'}`);
        return image;
      };
      switch (argv.action) {
        case 'list': {
          const images = listImages(home);
          if (argv.json) io.out(`${JSON.stringify({ images }, null, 2)}\n`);
          else {
            const { default: Table } = await import('cli-table3');
            const table = new Table({ head: ['name', 'size', 'virtual size', 'from', 'imported'], style: { head: [], border: [] } });
            for (const i of images) table.push([i.name, mib(i.size), mib(i.virtual_size), `${i.source_format}${i.compression === 'none' ? '' : ` (${i.compression})`}`, i.imported]);
            io.out(`${table.toString()}\n`);
          }
          break;
        }
        case 'import': {
          const { importImage } = await import('../../images/import.js');
          const image = await importImage(home, need(), argv.name, argv.force, stderrProgress(io));
          if (argv.json) io.out(`${JSON.stringify(image, null, 2)}\n`);
          else io.err(`Stored "${image.name}" (${image.source_format}${image.compression === 'none' ? '' : `, was ${image.compression}`}): ${mib(image.size)}, sha256 ${image.sha256}.\nUse it with "vm_image": "${image.name}".\n`);
          break;
        }
        case 'info': {
          const image = stored(need());
          io.out(`${JSON.stringify({ ...image, used_by: usersOf(home, image.file) }, null, 2)}\n`);
          break;
        }
        case 'rm': {
          const image = stored(need());
          const users = usersOf(home, image.file);
          if (users.length && !argv.force) throw new ConflictError(`image "${image.name}" is the base of running overlays (${users.join(', ')}); destroy those labs first, or --force`);
          rmSync(imageFile(home, image.name), { force: true });
          rmSync(metaFile(home, image.name), { force: true });
          io.err(`Removed image "${image.name}".\n`);
          break;
        }
      }
      setCode(0);
    },
  };
}
