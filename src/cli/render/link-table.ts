import type Table from 'cli-table3';
import type { LinkStatus } from '../../plan/types.js';
import { describeImpairment } from '../../model/impairment.js';

/** The link table of `vmlab status`: one row per link with an end on this host. */
export function linkTable(TableClass: typeof Table, rows: LinkStatus[]): string {
  const crossHost = rows.some((r) => r.peer_host !== null);
  const impaired = rows.some((r) => r.impairments !== undefined);
  const head = ['link', 'transport', 'state', ...(crossHost ? ['peer host'] : []), ...(impaired ? ['impaired'] : []), 'why'];
  const table = new TableClass({ head, style: { head: [], border: [] } });
  for (const r of rows) {
    // Each impaired direction on a line of its own: `a → z: delay 20ms`.
    const faults = (r.impairments ?? [])
      .map((i) => `${i.from.slice(0, i.from.indexOf(':'))} → ${i.to.slice(0, i.to.indexOf(':'))}: ${describeImpairment(i.impairment)}`)
      .join('\n');
    table.push([`${r.a} ↔ ${r.z}`, r.transport, r.state, ...(crossHost ? [r.peer_host ?? '-'] : []), ...(impaired ? [faults || '-'] : []), r.reason ?? '-']);
  }
  return table.toString();
}
