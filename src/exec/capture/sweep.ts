import { rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { listCaptureFilters, removeFilter } from '../qemu/filter-dump.js';
import { processStartTime } from '../../state/lock.js';
import { isLabQemu } from '../../state/identity.js';
import type { LabPaths } from '../../state/paths.js';
import { procProcess } from '../../state/proc-world.js';
import type { LabState } from '../../state/types.js';
import { orphanFifos, readCaptureRecords, removeCaptureFiles, type CaptureRecord } from './records.js';
import { staleCaptureWork, type NodeFilters } from './stale.js';

/** Is the vmlab that wrote this record still running? Its PID and that process's start time must both match. */
export function captureAlive(record: CaptureRecord): boolean {
  const start = processStartTime(record.pid);
  return start !== null && (record.start === null || start === record.start);
}

async function nodeFilters(paths: LabPaths, state: LabState): Promise<Map<string, NodeFilters>> {
  const entries = await Promise.all(
    Object.entries(state.nodes).map(async ([node, record]): Promise<[string, NodeFilters]> => {
      if (record.pid === null || !isLabQemu(procProcess(record.pid), paths.dir)) return [node, { seen: 'not running' }];
      try {
        return [node, { seen: 'filters', filters: await listCaptureFilters(paths.monitor(node)) }];
      } catch {
        return [node, { seen: 'unreachable' }];
      }
    }),
  );
  return new Map(entries);
}

/**
 * Removes what killed `vmlab capture` runs left behind: their filters on the
 * VMs (object-del), their records and FIFOs. Run by the commands that next
 * act on the lab (capture, apply/start/stop, status); never fails them:
 * what cannot be removed now is tried again next time. `say` hears of each
 * filter removed.
 */
export async function sweepStaleCaptures(paths: LabPaths, state: LabState, say: (node: string, message: string) => void = () => undefined): Promise<void> {
  try {
    // Filters first, records second: a capture writes its record before it adds its filter,
    // so every filter seen here has its record on disk by the time records are read.
    const nodes = await nodeFilters(paths, state);
    const { records, unreadable } = readCaptureRecords(paths);
    const work = staleCaptureWork(records, nodes, captureAlive, hostname());
    const byFilter = new Map(records.map((r) => [r.filter, r]));
    for (const filter of work.forget) removeCaptureFiles(paths, filter);
    for (const item of work.remove) {
      try {
        await removeFilter(paths.monitor(item.node), item.filter);
      } catch {
        continue; // QMP busy or gone: next time
      }
      const r = byFilter.get(item.filter);
      const whose = r ? `"vmlab capture ${r.endpoint}", pid ${r.pid}, is gone` : 'no running capture owns it';
      say(item.node, `removed stale capture filter ${item.filter} (${whose})`);
      if (item.record) removeCaptureFiles(paths, item.filter);
    }
    for (const file of [...unreadable, ...orphanFifos(paths)]) rmSync(file, { force: true });
  } catch {
    // A sweep is housekeeping: the command that runs it goes on regardless.
  }
}
