import { stateProblems } from '../../src/state/state-file.js';
import type { LabState } from '../../src/state/types.js';
import { graphOf } from '../helpers/lab.js';
import { deployed } from '../helpers/observed.js';

const FILE = '/home/user/.vmlab/labs/lab/state.json';
const base = (): LabState => deployed(graphOf({ devices: ['sw1', 'sw2'], links: [['sw1:Ethernet0', 'sw2:Ethernet0']] })).state!;

test('a state file from before link intents (no link_intents, no carrier_off) still loads', () => {
  const state = base();
  expect('link_intents' in state).toBe(false);
  expect('carrier_off' in state.nodes.sw1!).toBe(false);
  expect(stateProblems(FILE, state)).toEqual([]);
});

test('a state file with an admin-down link and the carriers vmlab turned off loads', () => {
  const state: LabState = {
    ...base(),
    link_intents: [{ a: 'sw1:Ethernet0', z: 'sw2:Ethernet0', admin: 'down', since: '2026-11-27T10:00:00.000Z' }],
  };
  state.nodes.sw1!.carrier_off = ['Ethernet0'];
  expect(stateProblems(FILE, state)).toEqual([]);
});

test('a garbled link intent or carrier list is refused with its path', () => {
  const intent = { ...base(), link_intents: [{ a: 'sw1:Ethernet0', z: 'sw2:Ethernet0', admin: 'up', since: 'x' }] };
  expect(stateProblems(FILE, intent).join('\n')).toMatch(/\/link_intents\/0\/admin/);
  const missing = { ...base(), link_intents: [{ a: 'sw1:Ethernet0', admin: 'down', since: 'x' }] };
  expect(stateProblems(FILE, missing).join('\n')).toMatch(/\/link_intents\/0: missing required field "z"/);
  const carrier = base();
  (carrier.nodes.sw1 as any).carrier_off = 'Ethernet0';
  expect(stateProblems(FILE, carrier).join('\n')).toMatch(/\/nodes\/sw1\/carrier_off/);
});
