import { ConflictError } from '../errors.js';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Machine } from '../ports/machine.js';
import type { Progress } from '../ports/runtime.js';
import { desiredPorts, portsOf, type BoundPort } from '../model/topology.js';
import { isFreshQemu, type Action, type Plan } from '../plan/types.js';
import type { ObservedLab } from '../state/types.js';

/**
 * Ports are never shifted silently: before anything starts, every port a new
 * QEMU will bind must be free or held by this lab's own QEMUs (which the plan
 * stops first). Anything else is a conflict (exit 4) naming the holder.
 */
async function waitOutTimeWait(ports: Machine['ports'], address: string, port: number, progress?: Progress): Promise<boolean> {
  const TIME_WAIT = '06';
  const deadline = Date.now() + 65_000;
  let told = false;
  while (Date.now() < deadline) {
    const states = ports.socketStates(port);
    if (states.length === 0 || !states.every((s) => s === TIME_WAIT)) return ports.free(address, port);
    if (!told) progress?.node(`port ${port}`, 'held by a closing connection (TIME_WAIT); waiting for it to go');
    told = true;
    await sleep(1000);
  }
  return ports.free(address, port);
}

/**
 * The TCP ports an action makes its node bind: all of a fresh QEMU's, the
 * new SSH and console ports of a live update. (A UDP end's port is left to
 * QEMU, which fails at once when it cannot bind.)
 */
function portsBound(action: Action): BoundPort[] {
  if (isFreshQemu(action)) return desiredPorts(action.desired).filter((p) => !p.udp);
  if (action.action !== 'update') return [];
  return action.steps.flatMap((s) => {
    if (s.step === 'move-ssh') return [{ what: 'SSH', ...s.to }];
    if (s.step === 'move-console') return [{ what: 'console', ...s.to }];
    return [];
  });
}

export async function checkPorts(plan: Plan, observed: ObservedLab, ports: Machine['ports'], progress?: Progress): Promise<void> {
  const ours = new Set<number>();
  const ourPids = new Set<number>();
  for (const seen of Object.values(observed.nodes)) {
    if (seen.process !== 'running') continue;
    if (seen.record.pid !== null) ourPids.add(seen.record.pid);
    for (const { port } of portsOf(seen.record)) ours.add(port);
  }
  const problems: string[] = [];
  for (const action of plan.actions) {
    for (const { what, address, port } of portsBound(action)) {
      if (ours.has(port)) continue;
      if (await ports.free(address, port)) continue;
      // Only closing connections (TIME_WAIT) hold it: they are gone within a minute.
      if (await waitOutTimeWait(ports, address, port, progress)) continue;
      const holder = ports.holder(port);
      // A QEMU of this lab holds it: the plan stops or changes that QEMU first.
      if (holder.pid !== null && ourPids.has(holder.pid)) continue;
      problems.push(`port ${port} (${what} of ${action.node}) is in use by ${holder.description}`);
    }
  }
  if (problems.length > 0) {
    throw new ConflictError(`${problems.join('\n')}\nvmlab never moves a port by itself: free it, or change the port bases in topology.json's vmlab section`);
  }
}
