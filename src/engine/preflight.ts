import { ConflictError } from '../errors.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { portFree, portHolder, socketStatesOnPort } from '../exec/ports.js';
import type { Progress } from '../exec/runtime.js';
import type { DesiredGraph } from '../model/types.js';
import { FRESH_QEMU } from '../plan/cascade.js';
import type { Plan } from '../plan/types.js';
import type { ObservedLab } from '../state/types.js';

/**
 * Ports are never shifted silently: before anything starts, every port a new
 * QEMU will bind must be free or held by this lab's own QEMUs (which the plan
 * stops first). Anything else is a conflict (exit 4) naming the holder.
 */
async function waitOutTimeWait(address: string, port: number, progress?: Progress): Promise<boolean> {
  const TIME_WAIT = '06';
  const deadline = Date.now() + 65_000;
  let told = false;
  while (Date.now() < deadline) {
    const states = socketStatesOnPort(port);
    if (states.length === 0 || !states.every((s) => s === TIME_WAIT)) return portFree(address, port);
    if (!told) progress?.node(`port ${port}`, 'held by a closing connection (TIME_WAIT); waiting for it to go');
    told = true;
    await sleep(1000);
  }
  return portFree(address, port);
}

export async function checkPorts(plan: Plan, graph: DesiredGraph, observed: ObservedLab, progress?: Progress): Promise<void> {
  const ours = new Set<number>();
  const ourPids = new Set<number>();
  for (const seen of Object.values(observed.nodes)) {
    if (seen.process !== 'running') continue;
    if (seen.record.pid !== null) ourPids.add(seen.record.pid);
    ours.add(seen.record.ssh_port);
    ours.add(seen.record.console_port);
    for (const nic of seen.record.config.nics) {
      if (nic.link?.mode === 'listen') ours.add(nic.link.port);
      if (nic.link?.mode === 'udp') ours.add(nic.link.local_port);
    }
  }
  const byName = new Map(graph.nodes.map((n) => [n.name, n]));
  const problems: string[] = [];
  for (const action of plan.actions) {
    if (!FRESH_QEMU.has(action.action) && action.action !== 'update') continue;
    const node = byName.get(action.node);
    if (!node) continue;
    const wanted: [string, string, number][] = [
      ['SSH', node.bindAddress, node.sshPort],
      ['console', node.consoleBind, node.consolePort],
    ];
    for (const nic of node.nics) {
      if (nic.link?.mode === 'listen') wanted.push([`link ${nic.interface}`, nic.link.address, nic.link.port]);
    }
    for (const [what, address, port] of wanted) {
      if (ours.has(port)) continue;
      if (await portFree(address, port)) continue;
      // Only closing connections (TIME_WAIT) hold it: they are gone within a minute.
      if (await waitOutTimeWait(address, port, progress)) continue;
      const holder = portHolder(port);
      // A QEMU of this lab holds it: the plan stops or changes that QEMU first.
      if (holder.pid !== null && ourPids.has(holder.pid)) continue;
      problems.push(`port ${port} (${what} of ${node.name}) is in use by ${holder.description}`);
    }
  }
  if (problems.length > 0) {
    throw new ConflictError(`${problems.join('\n')}\nvmlab never moves a port by itself: free it, or change the port bases in topology.json's vmlab section`);
  }
}
