import type { LabPaths } from '../../state/paths.js';
import { procWorld } from '../../state/proc-world.js';
import type { NetdevState, NodeRecord } from '../../state/types.js';
import type { VmObservation, WorldReader } from '../../state/world.js';
import { netdevId } from './names.js';
import { netdevStates } from './netinfo.js';
import { withQmp } from './qmp.js';
import { relayRunning } from '../relay/forward-relay.js';
import { impairRelayStatus } from '../impair/relay.js';
import { divertedNics } from '../impair/wiring.js';

/**
 * The world including what only QEMU knows: its run state (query-status)
 * and the state of each linked netdev (info network): whether a connecting
 * one is still connected, and, for the link table, what every one says.
 */
export function qmpWorld(paths: LabPaths): WorldReader {
  return {
    ...procWorld,
    relayRunning: (node: string) => relayRunning(paths, node),
    impairRelay: () => impairRelayStatus(paths),
    async queryVm(node: string, record: NodeRecord): Promise<VmObservation> {
      // A monitor that does not answer means a restart, so one slow answer
      // (a busy machine, another client on the monitor) is asked again, longer.
      for (const timeoutMs of [2000, 6000]) {
        try {
          return await ask(node, record, timeoutMs);
        } catch {
          // asked again below, or unreachable
        }
      }
      return { status: 'unreachable', links: {} };
    },
  };

  function ask(node: string, record: NodeRecord, timeoutMs: number): Promise<VmObservation> {
    return withQmp(
      paths.monitor(node),
      async (qmp) => {
        const status = (await qmp.execute<{ status: string }>('query-status')).status;
        const states = netdevStates(await qmp.hmp('info network'));
        const links: Record<string, 'up' | 'down'> = {};
        const netdevs: Record<string, NetdevState> = {};
        for (const nic of record.config.nics) {
          if (!nic.link || nic.interface === undefined) continue;
          const state = states.get(netdevId(nic));
          if (state !== undefined) netdevs[nic.interface] = state;
          if (nic.link.mode === 'connect') links[nic.interface] = state === 'connected' ? 'up' : 'down';
        }
        return { status, links, netdevs, diverted: await divertedNics(qmp) };
      },
      timeoutMs,
    );
  }
}
