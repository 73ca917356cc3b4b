import { execa } from 'execa';
import { VmlabError } from '../../errors.js';
import { verboseRun } from '../../verbose.js';
import type { QmpClient } from './qmp.js';

/** HMP answers savevm/loadvm/delvm with an empty string on success, with the reason otherwise. */
async function hmpChecked(qmp: QmpClient, node: string, command: string): Promise<void> {
  const out = (await qmp.hmp(command)).trim();
  if (out !== '') throw new VmlabError(`${node}: "${command}" failed: ${out}`);
}

export const saveVm = (qmp: QmpClient, node: string, name: string) => hmpChecked(qmp, node, `savevm ${name}`);
export const loadVm = (qmp: QmpClient, node: string, name: string) => hmpChecked(qmp, node, `loadvm ${name}`);
export const deleteVm = (qmp: QmpClient, node: string, name: string) => hmpChecked(qmp, node, `delvm ${name}`);

/** Snapshot operations on the overlay of a stopped node. */
export async function offlineSnapshot(qemuImg: string, op: '-c' | '-a' | '-d', name: string, overlay: string): Promise<void> {
  verboseRun('qemu-img', qemuImg, ['snapshot', op, name, overlay]);
  const r = await execa(qemuImg, ['snapshot', op, name, overlay], { reject: false });
  if (r.exitCode !== 0) throw new VmlabError(`qemu-img snapshot ${op} ${name} ${overlay}: ${r.stderr.trim()}`, { cause: r });
}

/** Bytes of saved RAM/device state per snapshot name in an overlay (readable while QEMU runs, with -U). */
export async function snapshotSizes(qemuImg: string, overlay: string): Promise<Map<string, number>> {
  verboseRun('qemu-img', qemuImg, ['info', '-U', '--output=json', overlay]);
  const r = await execa(qemuImg, ['info', '-U', '--output=json', overlay], { reject: false });
  const sizes = new Map<string, number>();
  if (r.exitCode !== 0) return sizes;
  const info = JSON.parse(r.stdout) as { snapshots?: { name: string; 'vm-state-size': number }[] };
  for (const s of info.snapshots ?? []) sizes.set(s.name, s['vm-state-size']);
  return sizes;
}
