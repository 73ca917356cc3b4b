import { directionId } from '../../model/impairment.js';
import type { LabPaths } from '../../state/paths.js';
import type { StreamReconnect } from '../../ports/qemu.js';
import { optionValue } from '../qemu/argv.js';
import { netdevId } from '../qemu/names.js';
import type { QmpClient } from '../qemu/qmp.js';
import { socketNames } from './socket-names.js';

/**
 * How a NIC's outgoing frames are diverted through the impairment relay,
 * on the sender's QEMU (measured: docs/design-notes.md, "Impairing a
 * link"). Two socket chardevs to the relay and two filter-redirectors on
 * the NIC's netdev, both on the rx queue: `in` (the relay's frames on to
 * the wire) first, then `out` (the guest's frames to the relay). Filters on
 * that queue run from the last added to the first, so the guest's frame
 * meets `out` first; added the other way round, every frame the relay hands
 * back would be diverted again, for ever.
 *
 * The chardevs are clients that reconnect by themselves: a relay that is
 * restarted gets them back without a word to QEMU. While they are not
 * connected the redirector drops what it would send: a diverted link never
 * passes a frame unimpaired.
 */
export function impairIds(nic: number) {
  return {
    tapChardev: `imp-tap-nic${nic}`,
    backChardev: `imp-back-nic${nic}`,
    inFilter: `imp-in-nic${nic}`,
    outFilter: `imp-out-nic${nic}`,
  };
}

/** How often a chardev tries its relay again. */
const RECONNECT_MS = 250;

function reconnectOption(option: StreamReconnect | null): string {
  // QEMU 9.2 renamed the chardev option as it did the stream netdev's; before 9.2 it counts seconds.
  return option === 'reconnect-ms' ? `reconnect-ms=${RECONNECT_MS}` : 'reconnect=1';
}

/** The command-line options that divert these NICs from the first frame on: a fresh QEMU is impaired before its links come up. */
export function impairArgv(paths: LabPaths, node: string, nics: number[], option: StreamReconnect | null): string[] {
  const args: string[] = [];
  for (const nic of nics) {
    const ids = impairIds(nic);
    const names = socketNames(paths.impairSockets, directionId(node, nic));
    const netdev = netdevId({ index: nic });
    args.push('-chardev', `socket,id=${ids.tapChardev},path=${optionValue(names.tap)},${reconnectOption(option)}`);
    args.push('-chardev', `socket,id=${ids.backChardev},path=${optionValue(names.back)},${reconnectOption(option)}`);
    args.push('-object', `filter-redirector,id=${ids.inFilter},netdev=${netdev},queue=rx,indev=${ids.backChardev}`);
    args.push('-object', `filter-redirector,id=${ids.outFilter},netdev=${netdev},queue=rx,outdev=${ids.tapChardev}`);
  }
  return args;
}

/** The ids of QEMU's user-created objects (qom-list /objects). */
async function objectIds(qmp: QmpClient): Promise<Set<string>> {
  const list = await qmp.execute<{ name: string }[]>('qom-list', { path: '/objects' });
  return new Set(list.map((o) => o.name));
}

/** The NICs whose frames a running QEMU diverts (its `out` filter exists). */
export async function divertedNics(qmp: QmpClient): Promise<number[]> {
  const nics: number[] = [];
  for (const id of await objectIds(qmp)) {
    const m = /^imp-out-nic(\d+)$/.exec(id);
    if (m) nics.push(Number(m[1]));
  }
  return nics.sort((a, b) => a - b);
}

function chardevArgs(id: string, path: string, option: StreamReconnect | null) {
  const retry = option === 'reconnect-ms' ? { 'reconnect-ms': RECONNECT_MS } : { reconnect: 1 };
  return { id, backend: { type: 'socket', data: { addr: { type: 'unix', data: { path } }, server: false, ...retry } } };
}

/**
 * Diverts a NIC of a running QEMU, live, or renews its diversion. QEMU's
 * redirector stops reading its `indev` for good once that chardev's
 * connection closes (a relay that died: measured, the frames reach the new
 * relay and never come back), so an `in` filter there is replaced by a new
 * one in the same place, just before `out`; meanwhile frames are dropped,
 * never passed on unimpaired.
 */
export async function divert(qmp: QmpClient, paths: LabPaths, node: string, nic: number, option: StreamReconnect | null): Promise<void> {
  const ids = impairIds(nic);
  const names = socketNames(paths.impairSockets, directionId(node, nic));
  const netdev = netdevId({ index: nic });
  const chardevs = new Set((await qmp.execute<{ label: string }[]>('query-chardev')).map((c) => c.label));
  if (!chardevs.has(ids.tapChardev)) await qmp.execute('chardev-add', chardevArgs(ids.tapChardev, names.tap, option));
  if (!chardevs.has(ids.backChardev)) await qmp.execute('chardev-add', chardevArgs(ids.backChardev, names.back, option));
  const have = await objectIds(qmp);
  if (have.has(ids.inFilter)) await qmp.execute('object-del', { id: ids.inFilter });
  const inFilter = { 'qom-type': 'filter-redirector', id: ids.inFilter, netdev, queue: 'rx', indev: ids.backChardev };
  if (have.has(ids.outFilter)) {
    await qmp.execute('object-add', { ...inFilter, position: `id=${ids.outFilter}`, insert: 'before' });
  } else {
    await qmp.execute('object-add', inFilter);
    await qmp.execute('object-add', { 'qom-type': 'filter-redirector', id: ids.outFilter, netdev, queue: 'rx', outdev: ids.tapChardev });
  }
}

/** Puts a NIC back on the wire directly: filters first (`out` before `in`), then the chardevs. */
export async function undivert(qmp: QmpClient, nic: number): Promise<void> {
  const ids = impairIds(nic);
  const have = await objectIds(qmp);
  for (const filter of [ids.outFilter, ids.inFilter]) if (have.has(filter)) await qmp.execute('object-del', { id: filter });
  const chardevs = new Set((await qmp.execute<{ label: string }[]>('query-chardev')).map((c) => c.label));
  for (const chardev of [ids.tapChardev, ids.backChardev]) if (chardevs.has(chardev)) await qmp.execute('chardev-remove', { id: chardev });
}
