import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLAN_SCHEMA } from '../../src/plan/plan-schema.js';
import { planIssues } from '../../src/plan/plan-validate.js';
import { toWirePlan } from '../../src/plan/wire.js';
import { REASON_CODES, reason, reasonText } from '../../src/plan/reasons.js';
import { FIXTURES } from '../helpers/cli.js';
import { graphOf, SPINE_LEAF } from '../helpers/lab.js';
import { empty } from '../helpers/observed.js';
import { plan } from '../helpers/plan.js';

test('schemas/plan.schema.json is the schema vmlab checks plans with', () => {
  expect(JSON.parse(readFileSync(join(FIXTURES, '..', 'schemas', 'plan.schema.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(PLAN_SCHEMA)));
});

test('the schema refuses what breaks the contract: an untyped dependency, an unknown reason code, an update without steps, a stray field', async () => {
  const good = JSON.parse(JSON.stringify(toWirePlan(plan(graphOf(SPINE_LEAF), empty(), { host: null }))));
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
  expect(reasonText({ code: 'peers-reconnect', message: '', listener: 'r01', ends: ['r02:Ethernet4'] })).toBe(
    "no peer restarts: r02:Ethernet4 reconnects by itself once r01's new QEMU listens",
  );
  expect(reason('moved-live', { field: 'ssh_port', old: 40002, new: 40001 }).message).toBe('ssh_port: 40002 → 40001 (changed live through the monitor)');
  expect(reason('nic-unplugged', { nic: 2, interface: 'Ethernet4', peer: 'leaf2:Ethernet0' }).message).toBe(
    'nics[2]: Ethernet4 linked to leaf2:Ethernet0 → unplugged (changed live through the monitor)',
  );
  expect(reason('pid-reused', { pid: 1002 }).message).toBe('process exited (PID 1002 now belongs to another program)');
});

/** Every key of a JSON value, with its path, except the keys of maps keyed by names from the specs. */
function keysOf(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keysOf(v, `${path}/${i}`));
  if (value === null || typeof value !== 'object') return [];
  const byName = /^\/nodes$|\/fw_cfg$|\/inputs\/fw_cfg$/.test(path);
  return Object.entries(value).flatMap(([k, v]) => [...(byName ? [] : [`${path}/${k}`]), ...keysOf(v, `${path}/${k}`)]);
}

test('the published plan is snake_case throughout and holds each node once, under nodes', () => {
  const wire = JSON.parse(JSON.stringify(toWirePlan(plan(graphOf(SPINE_LEAF), empty(), { host: null }))));
  expect(keysOf(wire).filter((k) => /[A-Z]/.test(k.split('/').pop()!))).toEqual([]);
  expect(wire.actions.filter((a: object) => 'desired' in a)).toEqual([]);
  expect(Object.keys(wire.nodes)).toEqual(['leaf1', 'leaf2', 'spine1', 'spine2']);
});

test("a renamed or added field of the model's node changes no byte of the published plan", () => {
  const made = plan(graphOf(SPINE_LEAF), empty(), { host: null });
  const renamed = {
    ...made,
    actions: made.actions.map((a) => {
      if (!('desired' in a)) return a;
      const { memoryMb, ...rest } = a.desired;
      return { ...a, desired: { ...rest, memoryMiB: memoryMb, somethingNew: 'x' } };
    }),
  } as typeof made;
  expect(JSON.stringify(toWirePlan(renamed))).toBe(JSON.stringify(toWirePlan(made)));
});
