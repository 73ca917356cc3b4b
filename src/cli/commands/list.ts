import type { Argv } from 'yargs';
import { deployedAndDriven } from '../../engine/list-labs.js';
import { forceDestroyAdvice } from '../../state/advice.js';
import { homeOf } from '../settings.js';
import type { CliIo } from '../io.js';
import { withJson } from '../options.js';
import { duration, wrap } from '../render/format.js';

/**
 * Prints every lab deployed under `home`: a table (or `--json`) on stdout,
 * advice for damaged labs on stderr. Shared by `list` and by `status` when
 * it cannot tell which lab is meant.
 */
export async function printLabs(io: CliIo, home: string, json: boolean): Promise<void> {
  const { labs, driven } = deployedAndDriven(home);
  if (json) {
    io.out(`${JSON.stringify({ format_version: 1, home, labs, driven }, null, 2)}\n`);
    return;
  }
  const drivenText = driven
    .map((d) => `Lab "${d.name}" runs on ${d.servers.join(', ')}, driven from here (specs ${d.spec_dir}): "vmlab status --lab ${d.name}" shows its nodes.\n`)
    .join('');
  if (labs.length === 0) {
    io.out(driven.length ? drivenText : `No labs are deployed under ${home}.\n`);
    return;
  }
  const { default: Table } = await import('cli-table3');
  const table = new Table({ head: ['lab', 'specs', 'running', 'hosts', 'age'], style: { head: [], border: [] } });
  for (const lab of labs) {
    if (lab.error !== null) table.push([lab.name, { colSpan: 4, content: wrap(`${lab.host === null ? '' : `${lab.host}'s share: `}${lab.error}`, 72) }]);
    else
      table.push([
        lab.name,
        lab.spec_dir ?? '-',
        `${lab.nodes_running}/${lab.nodes_total}`,
        lab.hosts.length ? lab.hosts.join(', ') : '-',
        lab.age_seconds === null ? '-' : duration(lab.age_seconds),
      ]);
  }
  io.out(`${table.toString()}\n${drivenText}`);
  for (const lab of labs)
    if (lab.error !== null)
      io.err(
        `Lab "${lab.name}"${lab.host === null ? '' : ` (${lab.host}'s share)`} cannot be read; to clean it up anyway: ${forceDestroyAdvice(home, lab.name, lab.host)}\n`,
      );
}

export function listCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'list',
    describe: 'every deployed lab: name, spec directory, nodes running/total, hosts, age',
    builder: (y: Argv) => withJson(y),
    handler: async (argv: { json: boolean }) => {
      await printLabs(io, homeOf(io), argv.json);
      setCode(0);
    },
  };
}
