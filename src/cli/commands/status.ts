import type { Argv } from 'yargs';
import { deployedLabs, findLab } from '../../state/lab-dir.js';
import { type ImpairmentRow, labStatus, type StatusRow } from '../../engine/status-lab.js';
import { vmlabCommand } from '../../state/advice.js';
import { homeOf } from '../settings.js';
import type { CliIo } from '../io.js';
import { controlledBy } from '../forward.js';
import { machineOf } from '../machine.js';
import { LAB_OPTION, specSources, specsArg, withHost, withJson, withSpecs } from '../options.js';
import { checkHostOfLab } from '../../state/lab-hosts.js';
import { printLabs } from './list.js';
import { linkTable } from '../render/link-table.js';

interface StatusArgs {
  specs?: string;
  platforms?: string;
  secrets?: string;
  lab?: string;
  host?: string;
  json: boolean;
  all: boolean;
}

/** How an uptime reads in the table and in --json: seconds, minutes, then hours. */
function uptime(seconds: number | null): string {
  if (seconds === null) return '-';
  return seconds < 120 ? `${seconds}s` : seconds < 7200 ? `${Math.round(seconds / 60)}m` : `${(seconds / 3600).toFixed(1)}h`;
}

/** A row as `status --json` has always written it (uptime as the table shows it). */
function jsonRow(r: StatusRow) {
  return { node: r.node, host: r.host, state: r.state, pid: r.pid, ssh: r.ssh, console: r.console, uptime: uptime(r.uptime_seconds), drift: r.drift, vm: r.vm };
}

export function statusCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'status',
    describe: "show the lab's VMs: state, PID, SSH, console, uptime, drift",
    builder: (y: Argv) =>
      withJson(withHost(withSpecs(y)))
        .option('lab', LAB_OPTION)
        .option('all', { type: 'boolean', default: false, describe: "also the nodes on the lab's other hosts (is their SSH answering?)" }),
    handler: async (argv: StatusArgs) => {
      const home = homeOf(io);
      const controlled = controlledBy(io, argv);
      if (controlled) {
        const { runControlStatus } = await import('../control-commands.js');
        setCode(await runControlStatus(io, controlled, argv.json));
        return;
      }
      // Several labs and none named: show them all, as "vmlab list" does, rather than refuse.
      if (argv.lab === undefined && specsArg(argv, io) === undefined && deployedLabs(home).length > 1) {
        await printLabs(io, home, argv.json);
        io.err(`Several labs are deployed; for one lab's nodes name it: ${vmlabCommand(home, ['status', '--lab', 'NAME'])}\n`);
        setCode(0);
        return;
      }
      const sources = specSources(argv, io);
      const lab = findLab(home, { lab: argv.lab, specs: specsArg(argv, io), sources, ...(argv.host === undefined ? {} : { host: argv.host }) });
      if (argv.host !== undefined) checkHostOfLab(argv.host, lab.state);
      const status = await labStatus({
        lab,
        specDir: specsArg(argv, io) ?? lab.state.spec_dir,
        sources,
        all: argv.all,
        machine: machineOf(io),
        now: new Date(),
        say: (node, message) => io.err(`${node}: ${message}\n`),
      });
      const rows = status.nodes;
      const multiHost = rows.some((r) => r.host !== null);
      const testHosts = rows.some((r) => r.vm !== null);
      if (argv.json) {
        io.out(`${JSON.stringify({ lab: status.lab, nodes: rows.map(jsonRow), links: status.links, impairments: status.impairments }, null, 2)}\n`);
      } else {
        const { default: Table } = await import('cli-table3');
        const head = ['node', ...(testHosts ? ['in VM'] : []), ...(multiHost ? ['host'] : []), 'state', 'pid', 'ssh', 'console', 'uptime', 'drift'];
        const table = new Table({ head, style: { head: [], border: [] } });
        for (const r of rows) {
          table.push([
            r.node,
            ...(testHosts ? [r.vm ?? '-'] : []),
            ...(multiHost ? [r.host ?? '-'] : []),
            r.state,
            r.pid ?? '-',
            r.ssh,
            r.console,
            uptime(r.uptime_seconds),
            r.drift ?? '-',
          ]);
        }
        const impaired = status.impairments.length > 0 ? `${impairmentTable(Table, status.impairments)}\n` : '';
        io.out(`Lab "${status.lab}" (${status.dir})\n${table.toString()}\n${status.links.length > 0 ? `${linkTable(Table, status.links)}\n` : ''}${impaired}`);
      }
      setCode(0);
    },
  };
}

/** The impaired directions sent from here and what the relay counted of each. */
function impairmentTable(Table: typeof import('cli-table3'), rows: ImpairmentRow[]): string {
  const table = new Table({ head: ['impaired', 'as', 'frames in', 'out', 'dropped', 'delayed', 'relay'], style: { head: [], border: [] } });
  for (const r of rows) {
    const c = r.counters;
    table.push([
      `${r.from} → ${r.to}`,
      `${r.impairment}${r.source === 'live' ? ' (live)' : ''}`,
      c ? `${c.frames_in} (${c.bytes_in} B)` : '-',
      c ? `${c.frames_out} (${c.bytes_out} B)` : '-',
      c ? String(c.dropped) : '-',
      c ? String(c.delayed) : '-',
      r.relay === 'gone' ? 'gone: every frame dropped (apply repairs it)' : r.connected ? `pid ${r.relay_pid}` : `pid ${r.relay_pid}, not connected`,
    ]);
  }
  return table.toString();
}
