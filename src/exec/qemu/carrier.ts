import type { Nic } from '../../model/types.js';
import { nicDeviceId } from './names.js';
import { withQmp, type QmpClient } from './qmp.js';

/**
 * Sets NIC carriers through QMP set_link on the NIC device (measured on QEMU
 * 7.2 and 10.0.2: the guest's /sys/class/net/ethN/carrier follows it and
 * traffic stops; on the netdev id instead, traffic stops but the guest still
 * sees carrier). The netdev stays connected either way.
 */
export async function setLinks(qmp: QmpClient, links: { nic: Pick<Nic, 'index'>; up: boolean }[]): Promise<void> {
  for (const { nic, up } of links) await qmp.execute('set_link', { name: nicDeviceId(nic), up });
}

/** The same over a session of its own, on the node's monitor socket. */
export async function setCarrier(monitor: string, nics: Pick<Nic, 'index'>[], up: boolean): Promise<void> {
  if (nics.length === 0) return;
  await withQmp(monitor, (qmp) =>
    setLinks(
      qmp,
      nics.map((nic) => ({ nic, up })),
    ),
  );
}
