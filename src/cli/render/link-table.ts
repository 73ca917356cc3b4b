import type Table from 'cli-table3';
import type { LinkStatus } from '../../plan/types.js';

/** The link table of `vmlab status`: one row per link with an end on this host. */
export function linkTable(TableClass: typeof Table, rows: LinkStatus[]): string {
  const crossHost = rows.some((r) => r.peer_host !== null);
  const head = ['link', 'transport', 'state', ...(crossHost ? ['peer host'] : []), 'why'];
  const table = new TableClass({ head, style: { head: [], border: [] } });
  for (const r of rows) {
    table.push([`${r.a} ↔ ${r.z}`, r.transport, r.state, ...(crossHost ? [r.peer_host ?? '-'] : []), r.reason ?? '-']);
  }
  return table.toString();
}
