import type { LabPaths } from '../../state/paths.js';
import { procWorld } from '../../state/proc-world.js';
import type { NodeRecord } from '../../state/types.js';
import type { VmObservation, WorldReader } from '../../state/world.js';
import { reconnects } from '../../model/links.js';
import { netdevId } from './names.js';
import { socketStates } from './netinfo.js';
import { withQmp } from './qmp.js';

/**
 * The world including what only QEMU knows: its run state (query-status)
 * and whether each connecting socket netdev is still connected (a stream
 * connector reconnects by itself, so its state is no reason to act).
 */
export function qmpWorld(paths: LabPaths): WorldReader {
  return {
    ...procWorld,
    async queryVm(node: string, record: NodeRecord): Promise<VmObservation> {
      try {
        return await withQmp(
          paths.monitor(node),
          async (qmp) => {
            const status = (await qmp.execute<{ status: string }>('query-status')).status;
            const states = socketStates(await qmp.hmp('info network'));
            const links: Record<string, 'up' | 'down'> = {};
            for (const nic of record.config.nics) {
              if (nic.link?.mode === 'connect' && !reconnects(nic.link)) links[nic.interface!] = states.get(netdevId(nic)) ?? 'down';
            }
            return { status, links };
          },
          2000,
        );
      } catch {
        return { status: 'unreachable', links: {} };
      }
    },
  };
}
