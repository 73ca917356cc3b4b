import { join } from 'node:path';
import { forgetGoneLinks, recordCarrierChanges } from '../../../src/engine/execute/link-carrier.js';
import { labPaths } from '../../../src/state/paths.js';
import { StateStore } from '../../../src/state/state-store.js';
import { tmpDir } from '../../helpers/cli.js';
import { graphOf, SPINE_LEAF } from '../../helpers/lab.js';
import { deployed } from '../../helpers/observed.js';

const graph = graphOf(SPINE_LEAF);
const SINCE = '2026-11-27T10:00:00.000Z';

test('an update records the carriers it turned off and forgets those it turned on', () => {
  const record = structuredClone(deployed(graph).state!.nodes.spine1!);
  recordCarrierChanges(record, [
    { interface: 'Ethernet4', up: false },
    { interface: 'Ethernet0', up: false },
  ]);
  expect(record.carrier_off).toEqual(['Ethernet0', 'Ethernet4']);
  recordCarrierChanges(record, []);
  expect(record.carrier_off).toEqual(['Ethernet0', 'Ethernet4']);
  recordCarrierChanges(record, [
    { interface: 'Ethernet0', up: true },
    { interface: 'Ethernet4', up: true },
  ]);
  expect('carrier_off' in record).toBe(false);
});

test('after an apply, intents and recorded carriers of links gone from the specs are dropped; nothing is written when none is', () => {
  const paths = labPaths(join(tmpDir('vmlab-carrier-'), 'home'), 'lab');
  const state = structuredClone(deployed(graph).state!);
  state.link_intents = [
    { a: 'spine1:Ethernet0', z: 'leaf1:Ethernet0', admin: 'down', since: SINCE },
    { a: 'spine9:Ethernet0', z: 'leaf1:Ethernet8', admin: 'down', since: SINCE },
  ];
  state.nodes.spine1!.carrier_off = ['Ethernet0', 'Ethernet12'];
  const store = new StateStore(paths, state, { name: 'lab', specDir: '/specs/lab', host: null });
  forgetGoneLinks(store, graph);
  expect(store.state.link_intents).toEqual([state.link_intents[0]]);
  expect(store.state.nodes.spine1!.carrier_off).toEqual(['Ethernet0']);
  const serial = store.state.serial;
  forgetGoneLinks(store, graph);
  expect(store.state.serial).toBe(serial);
});
