import type { ProfileFile } from '../specs/types.js';
import { isLabQemu } from './identity.js';
import type { LabPaths } from './paths.js';
import type { LabState, ObservedLab, ObservedNode, ObservedProfile } from './types.js';
import type { WorldReader } from './world.js';
import { sshForward } from '../model/mgmt-network.js';
import type { NodeRecord } from './types.js';

/** The SSH forward a node's QEMU was started with, from its record. */
function recordedForward(record: NodeRecord) {
  return sshForward({ mgmtOutbound: record.mgmt_network !== 'isolated', bindAddress: record.bind_address, sshPort: record.ssh_port });
}

/**
 * Observes a lab afresh: what state.json recorded, checked against the live
 * processes, the overlays on disk and (when the world can) QEMU itself.
 * Level-triggered: nothing recorded is trusted without a look.
 */
export async function gather(state: LabState | null, paths: LabPaths, profiles: Record<string, ProfileFile>, world: WorldReader): Promise<ObservedLab> {
  const nodes: Record<string, ObservedNode> = {};
  const entries = Object.entries(state?.nodes ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  await Promise.all(
    entries.map(async ([name, record]) => {
      const info = record.pid === null ? null : world.process(record.pid);
      const ours = isLabQemu(info, paths.dir);
      const observed: ObservedNode = {
        record,
        process: ours ? 'running' : 'exited',
        pidReused: info !== null && !ours,
        vm: null,
        overlay: world.fileExists(paths.overlay(name)),
        image: (await world.imageIdentity?.(paths.home, record.config.image, record.image_identity)) ?? null,
        links: null,
      };
      if (ours && world.relayRunning && recordedForward(record).relay !== null) observed.relay = world.relayRunning(name) ? 'running' : 'gone';
      if (ours && world.queryVm) {
        const vm = await world.queryVm(name, record);
        observed.vm = vm.status;
        observed.links = vm.links;
        if (vm.netdevs) observed.netdevs = vm.netdevs;
        if (vm.diverted) observed.diverted = vm.diverted;
      }
      nodes[name] = observed;
    }),
  );

  // Keys in insertion order of the sorted entries, so output never depends on timing.
  const sorted: Record<string, ObservedNode> = {};
  for (const [name] of entries) sorted[name] = nodes[name]!;
  const impairRelay = world.impairRelay ? { impairRelay: await world.impairRelay() } : {};
  return { state, nodes: sorted, profiles: observeProfiles(profiles), ...impairRelay };
}

/** What the profiles say of the fields vmlab writes into them (mgmt_ip, ssh_port, console_port). */
export function observeProfiles(profiles: Record<string, ProfileFile>): Record<string, ObservedProfile> {
  const observed: Record<string, ObservedProfile> = {};
  for (const [name, profile] of Object.entries(profiles)) {
    const { mgmt_ip, ssh_port, console_port } = profile.value;
    observed[name] = { exists: true, mgmt_ip, ssh_port, console_port };
  }
  return observed;
}
