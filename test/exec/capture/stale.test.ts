import type { CaptureRecord } from '../../../src/exec/capture/records.js';
import { staleCaptureWork, type NodeFilters } from '../../../src/exec/capture/stale.js';

const HOST = 'here';
const rec = (filter: string, node: string, pid: number, host = HOST): CaptureRecord => ({
  filter,
  node,
  netdev: 'net1',
  endpoint: `${node}:Ethernet0`,
  pid,
  start: '1',
  host,
  since: '2026-01-01T00:00:00.000Z',
});
const LIVE = 100;
const alive = (r: CaptureRecord) => r.pid === LIVE;
const nodes = (entries: [string, NodeFilters][]) => new Map(entries);

test('a live capture and its filter are left alone', () => {
  const work = staleCaptureWork(
    [rec('vmlab-capture-100-a', 'sw1', LIVE)],
    nodes([['sw1', { seen: 'filters', filters: ['vmlab-capture-100-a'] }]]),
    alive,
    HOST,
  );
  expect(work).toEqual({ remove: [], forget: [] });
});

test("a dead capture's filter is removed, its record forgotten once the filter is gone", () => {
  const work = staleCaptureWork([rec('vmlab-capture-7-a', 'sw1', 7)], nodes([['sw1', { seen: 'filters', filters: ['vmlab-capture-7-a'] }]]), alive, HOST);
  expect(work).toEqual({ remove: [{ node: 'sw1', filter: 'vmlab-capture-7-a', record: true }], forget: [] });
});

test('a dead capture whose filter is no longer on the VM (or whose VM stopped or left the lab) is only forgotten', () => {
  const records = [rec('vmlab-capture-7-a', 'sw1', 7), rec('vmlab-capture-7-b', 'sw2', 7), rec('vmlab-capture-7-c', 'gone', 7)];
  const work = staleCaptureWork(
    records,
    nodes([
      ['sw1', { seen: 'filters', filters: [] }],
      ['sw2', { seen: 'not running' }],
    ]),
    alive,
    HOST,
  );
  expect(work).toEqual({ remove: [], forget: ['vmlab-capture-7-a', 'vmlab-capture-7-b', 'vmlab-capture-7-c'] });
});

test('a VM whose QMP did not answer: its dead captures wait for the next sweep', () => {
  const work = staleCaptureWork([rec('vmlab-capture-7-a', 'sw1', 7)], nodes([['sw1', { seen: 'unreachable' }]]), alive, HOST);
  expect(work).toEqual({ remove: [], forget: [] });
});

test('a filter of ours that no live capture claims is stale, record or not (recognised by its prefix)', () => {
  const records = [rec('vmlab-capture-100-a', 'sw1', LIVE)];
  const seen = nodes([
    ['sw2', { seen: 'filters', filters: ['vmlab-capture-55-x'] }],
    ['sw1', { seen: 'filters', filters: ['vmlab-capture-100-a', 'vmlab-capture-100-z'] }],
  ]);
  expect(staleCaptureWork(records, seen, alive, HOST).remove).toEqual([
    { node: 'sw1', filter: 'vmlab-capture-100-z', record: false },
    { node: 'sw2', filter: 'vmlab-capture-55-x', record: false },
  ]);
});

test('a live record claims its filter on its own VM only', () => {
  const work = staleCaptureWork(
    [rec('vmlab-capture-100-a', 'sw1', LIVE)],
    nodes([['sw2', { seen: 'filters', filters: ['vmlab-capture-100-a'] }]]),
    alive,
    HOST,
  );
  expect(work.remove).toEqual([{ node: 'sw2', filter: 'vmlab-capture-100-a', record: false }]);
});

test("another machine's records are never judged by this machine's processes", () => {
  const work = staleCaptureWork(
    [rec('vmlab-capture-7-a', 'sw1', 7, 'elsewhere')],
    nodes([['sw1', { seen: 'filters', filters: ['vmlab-capture-7-a'] }]]),
    alive,
    HOST,
  );
  expect(work).toEqual({ remove: [], forget: [] });
});
