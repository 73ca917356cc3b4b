import type { CaptureRecord } from './records.js';

/** What could be seen of one VM's capture filters. */
export type NodeFilters =
  /** QMP answered: the ids of vmlab's capture filters on it. */
  | { seen: 'filters'; filters: string[] }
  /** No QEMU runs for it: whatever filters it had died with it. */
  | { seen: 'not running' }
  /** Its QEMU runs but QMP did not answer (busy with another client, wedged): decide nothing now. */
  | { seen: 'unreachable' };

export interface StaleCaptureWork {
  /** Filters to object-del; `record`: forget that record once the filter is gone. */
  remove: { node: string; filter: string; record: boolean }[];
  /** Records whose filter is already gone: to forget now. */
  forget: string[];
}

/**
 * Which capture filters are stale and which records can go. A capture is
 * live while its process is (`alive`; records of another machine are never
 * judged here). A dead capture's filter is removed where it is still seen,
 * and its record goes once the filter is known to be gone. A filter of ours
 * that no live capture claims is stale too, record or not (the prefix is
 * the safety net for a record that went missing). Pure.
 */
export function staleCaptureWork(
  records: CaptureRecord[],
  nodes: ReadonlyMap<string, NodeFilters>,
  alive: (r: CaptureRecord) => boolean,
  thisHost: string,
): StaleCaptureWork {
  const live = new Set(records.filter((r) => r.host !== thisHost || alive(r)).map((r) => `${r.node}\0${r.filter}`));
  const work: StaleCaptureWork = { remove: [], forget: [] };
  const planned = new Set<string>();
  for (const r of records) {
    const key = `${r.node}\0${r.filter}`;
    if (live.has(key)) continue;
    const seen = nodes.get(r.node);
    if (seen === undefined || seen.seen === 'not running')
      work.forget.push(r.filter); // the node is gone or stopped: so is the filter
    else if (seen.seen === 'filters') {
      if (seen.filters.includes(r.filter)) {
        work.remove.push({ node: r.node, filter: r.filter, record: true });
        planned.add(key);
      } else work.forget.push(r.filter);
    }
  }
  for (const [node, seen] of [...nodes].sort(([a], [b]) => a.localeCompare(b))) {
    if (seen.seen !== 'filters') continue;
    for (const filter of seen.filters) {
      const key = `${node}\0${filter}`;
      if (!live.has(key) && !planned.has(key)) work.remove.push({ node, filter, record: false });
    }
  }
  return work;
}
