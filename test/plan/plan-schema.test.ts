import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_SCHEMA } from '../../src/plan/plan-schema.js';
import { planIssues } from '../../src/plan/plan-validate.js';
import { REASON_CODES, reason, reasonText } from '../../src/plan/reasons.js';
import { FIXTURES } from '../helpers/cli.js';
import { graphOf, SPINE_LEAF } from '../helpers/lab.js';
import { empty } from '../helpers/observed.js';
import { plan } from '../helpers/plan.js';

test('schemas/plan.schema.json is the schema vmlab checks plans with', () => {
  expect(JSON.parse(readFileSync(join(FIXTURES, '..', 'schemas', 'plan.schema.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(PLAN_SCHEMA)));
});

test('the schema refuses what breaks the contract: an untyped dependency, an unknown reason code, an update without steps, a stray field', async () => {
  const good = JSON.parse(JSON.stringify(plan(graphOf(SPINE_LEAF), empty(), { host: null })));
  expect(await planIssues(good)).toEqual([]);
  const broken = (change: (p: typeof good) => void) => {
    const copy = structuredClone(good);
    change(copy);
    return planIssues(copy);
  };
  expect(await broken((p) => (p.actions[2].depends_on = ['create:leaf1']))).not.toEqual([]);
  expect(await broken((p) => (p.actions[0].reasons[0].code = 'because'))).not.toEqual([]);
  expect(await broken((p) => (p.actions[0] = { ...p.actions[0], action: 'update', steps: [] }))).not.toEqual([]);
  expect(await broken((p) => (p.actions[0].changes = []))).not.toEqual([]);
  expect(await broken((p) => (p.format_version = 1))).not.toEqual([]);
});

test('every reason code has its sentence, made from its values', () => {
  expect(REASON_CODES).toHaveLength(new Set(REASON_CODES).size);
  expect(reason('listener-restarts', { interface: 'Ethernet0', listener: 'leaf1', listener_interface: 'Ethernet4', cause: 'start' })).toEqual({
    code: 'listener-restarts',
    message: 'its link Ethernet0 connects to leaf1:Ethernet4, and leaf1 gets a new QEMU (start): a QEMU 7.2 socket link never reconnects',
    interface: 'Ethernet0',
    listener: 'leaf1',
    listener_interface: 'Ethernet4',
    cause: 'start',
  });
  expect(reasonText({ code: 'peers-reconnect', message: '', listener: 'r01', ends: ['r02:Ethernet4'] })).toBe("no peer restarts: r02:Ethernet4 reconnects by itself once r01's new QEMU listens");
  expect(reason('moved-live', { field: 'ssh_port', old: 40002, new: 40001 }).message).toBe('ssh_port: 40002 → 40001 (changed live through the monitor)');
  expect(reason('nic-unplugged', { nic: 2, interface: 'Ethernet4', peer: 'leaf2:Ethernet0' }).message).toBe('nics[2]: Ethernet4 linked to leaf2:Ethernet0 → unplugged (changed live through the monitor)');
  expect(reason('pid-reused', { pid: 1002 }).message).toBe('process exited (PID 1002 now belongs to another program)');
});
