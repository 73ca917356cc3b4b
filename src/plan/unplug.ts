import type { Nic, QemuConfig } from '../model/types.js';
import { reason, type Reason } from './reasons.js';
import type { UpdateStep } from './types.js';

/**
 * A link that disappears from the specs does not need a new QEMU: its NIC is
 * unplugged live (QMP set_link down drops the guest's carrier) and then stands
 * in as a filler. Returns those steps with their reasons, and the config the
 * running QEMU will have afterwards, which is what the rest of the diff
 * compares against.
 */
export function liveUnplugs(recorded: QemuConfig, desired: QemuConfig): { unplugs: { step: UpdateStep; reason: Reason }[]; effective: QemuConfig } {
  const unplugs: { step: UpdateStep; reason: Reason }[] = [];
  const nics: Nic[] = recorded.nics.map((nic) => {
    const wanted = desired.nics[nic.index];
    const linkGone = nic.kind === 'link' && (wanted === undefined || wanted.kind === 'filler');
    if (!linkGone) return nic;
    const values = { nic: nic.index, interface: nic.interface ?? null, peer: nic.link?.peer ?? null };
    unplugs.push({ step: { step: 'unplug-nic', ...values }, reason: reason('nic-unplugged', values) });
    return { index: nic.index, kind: 'filler', mac: nic.mac };
  });
  // NICs past the last one the specs want stay in the QEMU as unplugged fillers.
  while (nics.length > desired.nics.length && nics[nics.length - 1]!.kind === 'filler') nics.pop();
  return { unplugs, effective: { ...recorded, nics } };
}
