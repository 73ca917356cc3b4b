import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import { findLab } from '../../state/lab-dir.js';
import { homeOf } from '../settings.js';
import { machineOf } from '../machine.js';
import type { CliIo } from '../io.js';
import { controlledBy, onEveryServer } from '../forward.js';
import { LAB_OPTION, specSources, specsArg, withJson, withSpecs } from '../options.js';
import { stderrProgress } from '../progress.js';
import { mib } from '../render/format.js';

interface SnapshotArgs {
  specs?: string;
  platforms?: string;
  secrets?: string;
  lab?: string;
  name?: string;
  list: boolean;
  delete?: string;
  json: boolean;
}

export function snapshotCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'snapshot',
    describe: 'snapshot every VM of the lab at one instant (RAM and disk, inside the overlays); --list, --delete',
    builder: (y: Argv) =>
      withJson(withSpecs(y))
        .option('name', { type: 'string', describe: 'snapshot name' })
        .option('list', { type: 'boolean', default: false, describe: "list the lab's snapshots" })
        .option('delete', { type: 'string', describe: 'delete this snapshot' })
        .option('lab', LAB_OPTION),
    handler: async (argv: SnapshotArgs) => {
      const controlled = controlledBy(io, argv);
      if (controlled) {
        const what = argv.list ? ['--list'] : argv.delete !== undefined ? ['--delete', argv.delete] : argv.name !== undefined ? ['--name', argv.name] : [];
        setCode(await onEveryServer(io, controlled, ['snapshot', ...what, ...(argv.json ? ['--json'] : [])]));
        return;
      }
      const lab = findLab(homeOf(io), { lab: argv.lab, specs: specsArg(argv, io), sources: specSources(argv, io) });
      const ops = await import('../../engine/snapshot-lab.js');
      if (argv.list) {
        const list = await ops.listSnapshots(lab, machineOf(io));
        if (argv.json) io.out(`${JSON.stringify({ lab: lab.name, snapshots: list }, null, 2)}\n`);
        else {
          const { default: Table } = await import('cli-table3');
          const table = new Table({ head: ['name', 'taken', 'nodes', 'size'], style: { head: [], border: [] } });
          for (const s of list) table.push([s.name, s.created, s.nodes.join(', '), mib(s.bytes)]);
          io.out(`${table.toString()}\n`);
        }
      } else if (argv.delete !== undefined) {
        await ops.deleteSnapshot(lab, argv.delete, machineOf(io));
        io.err(`Snapshot "${argv.delete}" deleted.\n`);
      } else if (argv.name !== undefined) {
        await ops.takeSnapshot(lab, argv.name, stderrProgress(io), machineOf(io));
      } else {
        throw new UsageError('say what to do: --name N (take), --list, or --delete N');
      }
      setCode(0);
    },
  };
}

export function restoreCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'restore',
    describe: 'put every VM of the lab back to a snapshot',
    builder: (y: Argv) =>
      withSpecs(y)
        .option('name', { type: 'string', demandOption: true, describe: 'snapshot name' })
        .option('force', { type: 'boolean', default: false, describe: 'restore even though the topology changed since the snapshot' })
        .option('accel', { type: 'string', choices: ['auto', 'kvm', 'tcg'], describe: 'accelerator for nodes that must be started' })
        .option('lab', LAB_OPTION),
    handler: async (argv: { specs?: string; platforms?: string; secrets?: string; lab?: string; name: string; force: boolean; accel?: string }) => {
      const controlled = controlledBy(io, argv);
      if (controlled) {
        setCode(
          await onEveryServer(io, controlled, [
            'restore',
            '--name',
            argv.name,
            ...(argv.force ? ['--force'] : []),
            ...(argv.accel ? ['--accel', argv.accel] : []),
          ]),
        );
        return;
      }
      const lab = findLab(homeOf(io), { lab: argv.lab, specs: specsArg(argv, io), sources: specSources(argv, io) });
      const { restoreSnapshot } = await import('../../engine/snapshot-lab.js');
      await restoreSnapshot(lab, argv.name, {
        force: argv.force,
        accel: argv.accel ?? io.env.VMLAB_ACCEL,
        progress: stderrProgress(io),
        machine: machineOf(io),
      });
      setCode(0);
    },
  };
}
