import type { Argv } from 'yargs';
import { sweepStaleCaptures } from '../../exec/capture/sweep.js';
import { deployedLabs, findLab } from '../../state/lab-dir.js';
import { controlledLab } from '../../engine/controller/control-labs.js';
import { planLab } from '../../engine/plan-lab.js';
import { qmpWorld } from '../../exec/qemu/observe.js';
import type { Plan } from '../../plan/types.js';
import { gather } from '../../state/gather.js';
import type { ObservedLab } from '../../state/types.js';
import { vmlabCommand } from '../../state/advice.js';
import { homeOf, qemuTools } from '../settings.js';
import { reasonText } from '../../plan/reasons.js';
import type { CliIo } from '../io.js';
import { LAB_OPTION, specSources, specsArg, withHost, withJson, withSpecs, userCacheDir } from '../options.js';
import { checkHostOfLab } from '../../state/lab-hosts.js';
import { printLabs } from './list.js';
import { linkRows, linkTable } from '../render/link-table.js';

interface StatusArgs {
  specs?: string;
  platforms?: string;
  secrets?: string;
  lab?: string;
  host?: string;
  json: boolean;
  all: boolean;
}

interface Row {
  node: string;
  host: string | null;
  state: string;
  pid: number | null;
  ssh: string;
  console: string;
  uptime: string;
  drift: string | null;
  /** For a test host: the VM that holds it (it shares that VM's state, SSH and console). Null for a VM. */
  vm: string | null;
}

function uptime(startedAt: string | null): string {
  if (!startedAt) return '-';
  const s = Math.max(0, Math.round((Date.now() - Date.parse(startedAt)) / 1000));
  return s < 120 ? `${s}s` : s < 7200 ? `${Math.round(s / 60)}m` : `${(s / 3600).toFixed(1)}h`;
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
      const controlled = argv.host !== undefined ? null : controlledLab(home, { lab: argv.lab, specs: specsArg(argv, io), sources: specSources(argv, io) });
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
      const { paths, state } = findLab(home, { lab: argv.lab, specs: specsArg(argv, io), sources, ...(argv.host === undefined ? {} : { host: argv.host }) });
      if (argv.host !== undefined) checkHostOfLab(argv.host, state);
      await sweepStaleCaptures(paths, state, (node, message) => io.err(`${node}: ${message}\n`));
      const world = qmpWorld(paths);
      // Drift is what a plan against the specs would do to the node; planning
      // observes the lab too, so the lab is only asked once.
      let plan: Plan | null = null;
      let observed: ObservedLab;
      try {
        const planned = await planLab(specsArg(argv, io) ?? state.spec_dir, home, world, { host: state.host, sources, qemuTools: qemuTools(io), qemuCache: userCacheDir(io) });
        plan = planned.plan;
        observed = planned.observed;
      } catch {
        observed = await gather(state, paths, {}, world); // specs moved or broken: status still shows what runs
      }
      const rows: Row[] = Object.entries(observed.nodes).flatMap(([name, seen]) => {
        const action = plan?.actions.find((a) => a.node === name && a.action !== 'patch-profile');
        const vmState = seen.record.intent === 'stopped' && seen.process !== 'running' ? 'stopped' : seen.process === 'running' ? (seen.vm ?? 'running') : 'exited';
        const row: Row = {
          node: name,
          host: seen.record.host,
          state: vmState,
          pid: seen.process === 'running' ? seen.record.pid : null,
          ssh: `${seen.record.bind_address}:${seen.record.ssh_port}`,
          // Consoles listen on 127.0.0.1 only (on every host): reach them with "vmlab console NODE".
          console: `127.0.0.1:${seen.record.console_port}`,
          uptime: seen.process === 'running' ? uptime(seen.record.started_at) : '-',
          drift: action ? `${action.action}: ${action.reasons.map(reasonText).join('; ')}` : null,
          vm: null,
        };
        // Its test hosts follow it: reached through it ("vmlab ssh HOST" enters the host's namespace).
        const hosts = (seen.record.test_hosts ?? []).map((h) => ({ ...row, node: h.name, pid: null, drift: null, vm: name }));
        return [row, ...hosts];
      });
      if (argv.all && plan) rows.push(...(await remoteRows(plan, state.host)));
      const multiHost = rows.some((r) => r.host !== null);
      const testHosts = rows.some((r) => r.vm !== null);
      // The links with an end here, as the plan saw them (none when the specs could not be read).
      const links = linkRows(plan);
      if (argv.json) {
        io.out(`${JSON.stringify({ lab: state.name, nodes: rows, links }, null, 2)}\n`);
      } else {
        const { default: Table } = await import('cli-table3');
        const head = ['node', ...(testHosts ? ['in VM'] : []), ...(multiHost ? ['host'] : []), 'state', 'pid', 'ssh', 'console', 'uptime', 'drift'];
        const table = new Table({ head, style: { head: [], border: [] } });
        for (const r of rows) {
          table.push([r.node, ...(testHosts ? [r.vm ?? '-'] : []), ...(multiHost ? [r.host ?? '-'] : []), r.state, r.pid ?? '-', r.ssh, r.console, r.uptime, r.drift ?? '-']);
        }
        io.out(`Lab "${state.name}" (${paths.dir})\n${table.toString()}\n${links.length > 0 ? `${linkTable(Table, links)}\n` : ''}`);
      }
      setCode(0);
    },
  };
}

/** Nodes of the lab that run on other hosts: only whether their SSH answers can be seen from here. */
async function remoteRows(plan: Plan, localHost: string | null): Promise<Row[]> {
  const { tcpAnswers } = await import('../../exec/ports.js');
  const rows: Row[] = [];
  for (const [name, node] of Object.entries(plan.nodes)) {
    if (node.host === localHost) continue;
    const up = await tcpAnswers(node.bind_address, node.ssh_port, 1000);
    const row: Row = {
      node: name,
      host: node.host,
      state: up ? 'remote: SSH answers' : 'remote: unreachable',
      pid: null,
      ssh: `${node.bind_address}:${node.ssh_port}`,
      console: `127.0.0.1:${node.console_port} on ${node.host ?? '?'}`,
      uptime: '-',
      drift: null,
      vm: null,
    };
    rows.push(row, ...(node.test_hosts ?? []).map((h) => ({ ...row, node: h.name, vm: name })));
  }
  return rows;
}
