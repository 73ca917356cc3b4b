import { withQmp } from './qmp.js';

/**
 * Every capture filter vmlab adds has an id with this prefix, so a filter
 * left behind by a killed `vmlab capture` can be recognised on the VM even
 * without its record.
 */
export const CAPTURE_FILTER_PREFIX = 'vmlab-capture-';

/**
 * A QEMU monitor takes one client at a time: while `vmlab status` or an apply
 * talks to the VM, our connect waits in the socket's backlog. Long enough
 * for them, short enough that a wedged QEMU does not hang the capture.
 */
const QMP_WAIT_MS = 5000;

/**
 * Hot-adds a filter-dump on a netdev: QEMU opens `file` for writing (a FIFO
 * vmlab reads) and writes a pcap of the netdev's traffic, both directions.
 * Available since QEMU 2.6; the flat object-add arguments since 6.0.
 *
 * At the head of the netdev's filters (`position` since QEMU 5.0): what the
 * guest sends passes the filters from the last to the first, so the dump sees
 * it last, after an impairment's diversion, as the wire carries it; what
 * comes in from the wire it sees first. A capture shows the wire, whenever it
 * was started.
 */
export async function addDumpFilter(monitor: string, id: string, netdev: string, file: string): Promise<void> {
  await withQmp(monitor, (qmp) => qmp.execute('object-add', { 'qom-type': 'filter-dump', id, netdev, file, queue: 'all', position: 'head' }), QMP_WAIT_MS);
}

/** Removes a filter; QEMU closes its file. Resolves false when there is no such object (already gone). */
export async function removeFilter(monitor: string, id: string): Promise<boolean> {
  return withQmp(
    monitor,
    async (qmp) => {
      try {
        await qmp.execute('object-del', { id });
        return true;
      } catch (err) {
        // QEMU 7.2 and 10 both answer a missing id with "object '<id>' not found".
        if (/not found/i.test((err as Error).message)) return false;
        throw err;
      }
    },
    QMP_WAIT_MS,
  );
}

/** The ids of vmlab's capture filters on a VM (user-created objects live under /objects). */
export async function listCaptureFilters(monitor: string, timeoutMs = 2000): Promise<string[]> {
  const children = await withQmp(monitor, (qmp) => qmp.execute<{ name: string; type: string }[]>('qom-list', { path: '/objects' }), timeoutMs);
  return children
    .filter((c) => c.type === 'child<filter-dump>' && c.name.startsWith(CAPTURE_FILTER_PREFIX))
    .map((c) => c.name)
    .sort();
}
