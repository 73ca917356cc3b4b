import { plan } from '../../src/plan/plan.js';
import { planIssues } from '../../src/plan/plan-validate.js';
import { toWirePlan } from '../../src/plan/wire.js';
import { wantedImpairments } from '../../src/plan/impairments.js';
import { pausedStarts } from '../../src/plan/paused-starts.js';
import type { Impairment } from '../../src/model/impairment.js';
import type { DesiredGraph } from '../../src/model/types.js';
import type { ImpairmentIntent, ObservedLab } from '../../src/state/types.js';
import { graphOf } from '../helpers/lab.js';
import { deployed, edit } from '../helpers/observed.js';

const TWO = { devices: ['sw1', 'sw2'], links: [['sw1:Ethernet0', 'sw2:Ethernet0']] as [string, string][] };
const ALL = { host: null };
const DELAY20: Impairment = { delay_us: 20_000 };

/** The lab deployed and running as `graph` wants it, impairments included: every wanted direction diverted and in the relay. */
function converged(graph: DesiredGraph, intents?: ImpairmentIntent[]): ObservedLab {
  const observed = deployed(graph);
  if (intents) observed.state!.link_impairments = intents;
  const wanted = wantedImpairments(graph, intents).filter((w) => w.impairment !== null);
  for (const node of Object.keys(observed.nodes)) observed.nodes[node]!.diverted = wanted.filter((w) => w.node === node).map((w) => w.nic);
  observed.impairRelay = {
    pid: 4242,
    directions: Object.fromEntries(
      wanted.map((w) => [`${w.node}.nic${w.nic}`, { impairment: w.impairment!, counters: {}, connected: { tap: true, back: true } }]),
    ),
  };
  return observed;
}

const summary = (p: ReturnType<typeof plan>) =>
  p.actions.map((a) => ({
    id: a.id,
    steps:
      a.action === 'update'
        ? a.steps.map((s) => (s.step === 'impair' ? `${s.interface}: ${JSON.stringify(s.before)} → ${JSON.stringify(s.after)}` : s.step))
        : [],
    codes: a.reasons.map((r) => r.code),
  }));

describe('impairments in the plan', () => {
  test('a lab converged with its declared impairments plans nothing', () => {
    const graph = graphOf({ ...TWO, vmlab: { impairments: { 'sw1:Ethernet0': { delay: '20ms' } } } });
    expect(plan(graph, converged(graph), ALL).changes).toBe(false);
  });

  test('a declaration added to a running lab is an update of each sender only, live', () => {
    const before = graphOf(TWO);
    const after = graphOf({ ...TWO, vmlab: { impairments: { 'sw1:Ethernet0': { out: { delay: '20ms' } } } } });
    const p = plan(after, converged(before), ALL);
    expect(summary(p)).toEqual([{ id: 'update:sw1', steps: ['Ethernet0: null → {"delay_us":20000}'], codes: ['impairment-changed'] }]);
    expect(p.actions[0]!.reasons[0]!.message).toBe('frames Ethernet0 sends to sw2:Ethernet0: none → delay 20ms (declared in topology.json) (live, no restart)');
  });

  test('a changed and a removed declaration: updates with before → after, never a restart', () => {
    const before = graphOf({ ...TWO, vmlab: { impairments: { 'sw1:Ethernet0': { delay: '20ms' } } } });
    const after = graphOf({ ...TWO, vmlab: { impairments: { 'sw1:Ethernet0': { out: { delay: '50ms' } } } } });
    expect(summary(plan(after, converged(before), ALL))).toEqual([
      { id: 'update:sw1', steps: ['Ethernet0: {"delay_us":20000} → {"delay_us":50000}'], codes: ['impairment-changed'] },
      { id: 'update:sw2', steps: ['Ethernet0: {"delay_us":20000} → null'], codes: ['impairment-changed'] },
    ]);
  });

  test('a relay that is gone is named, and every diverted direction is put again', () => {
    const graph = graphOf({ ...TWO, vmlab: { impairments: { 'sw1:Ethernet0': { delay: '20ms' } } } });
    const observed = edit(converged(graph), (o) => (o.impairRelay = null));
    const p = plan(graph, observed, ALL);
    expect(summary(p)).toEqual([
      { id: 'update:sw1', steps: ['Ethernet0: null → {"delay_us":20000}'], codes: ['impairment-broken'] },
      { id: 'update:sw2', steps: ['Ethernet0: null → {"delay_us":20000}'], codes: ['impairment-broken'] },
    ]);
    expect(p.actions[0]!.reasons[0]!.message).toContain('the impairment relay is not running');
  });

  test('plans with impairments are valid published plans (schemas/plan.schema.json)', async () => {
    const before = graphOf(TWO);
    const after = graphOf({ ...TWO, vmlab: { impairments: { 'sw1:Ethernet0': { delay: '20ms', jitter: '5ms', loss_burst: { p: '1%', r: '20%' } } } } });
    const update = plan(after, converged(before), ALL);
    const start = plan(
      after,
      edit(converged(after), (o) => (o.nodes.sw1!.process = 'exited')),
      ALL,
    );
    expect(await planIssues(toWirePlan(update))).toEqual([]);
    expect(await planIssues(toWirePlan(start))).toEqual([]);
    expect(toWirePlan(start).actions.find((a) => a.id === 'start:sw1')).toHaveProperty('impaired');
  });

  test('a fresh QEMU carries its impaired NICs in its action (diverted from its start), and needs no update', () => {
    const graph = graphOf({ ...TWO, vmlab: { impairments: { 'sw2:Ethernet0': { in: { loss: '1%' } } } } });
    const observed = edit(converged(graph), (o) => (o.nodes.sw1!.process = 'exited'));
    const p = plan(graph, observed, ALL);
    const start = p.actions.find((a) => a.id === 'start:sw1')!;
    expect(start).toMatchObject({ impaired: [{ nic: 1, interface: 'Ethernet0', peer: 'sw2:Ethernet0', impairment: { loss_pct: 1 } }] });
    expect(p.actions.map((a) => a.id)).not.toContain('update:sw1');
  });

  test("a restore's paused starts are diverted too (declared and live alike)", () => {
    const graph = graphOf({ ...TWO, vmlab: { impairments: { 'sw1:Ethernet0': { out: { delay: '20ms' } } } } });
    const intents: ImpairmentIntent[] = [{ from: 'sw2:Ethernet0', to: 'sw1:Ethernet0', impairment: { loss_pct: 3 }, since: 't' }];
    const p = pausedStarts(graph, converged(graph, intents), ['sw1', 'sw2'], 'snap');
    expect(p.actions.map((a) => [a.id, 'impaired' in a ? a.impaired : undefined])).toEqual([
      ['start:sw1', [{ nic: 1, interface: 'Ethernet0', peer: 'sw2:Ethernet0', impairment: DELAY20 }]],
      ['start:sw2', [{ nic: 1, interface: 'Ethernet0', peer: 'sw1:Ethernet0', impairment: { loss_pct: 3 } }]],
    ]);
  });

  test('plan --json shows each impaired direction under its link', () => {
    const graph = graphOf({ ...TWO, vmlab: { impairments: { 'sw1:Ethernet0': { out: { delay: '20ms' } } } } });
    expect(plan(graph, converged(graph), ALL).links[0]!.impairments).toEqual([
      { from: 'sw1:Ethernet0', to: 'sw2:Ethernet0', impairment: DELAY20, source: 'declared' },
    ]);
  });

  // Declared × live, for the direction sw1 → sw2: what it does, and what a converged lab then plans.
  const LIVE_50: ImpairmentIntent = { from: 'sw1:Ethernet0', to: 'sw2:Ethernet0', impairment: { delay_us: 50_000 }, since: 't' };
  const LIVE_CLEAR: ImpairmentIntent = { ...LIVE_50, impairment: null };
  test.each([
    ['nothing declared, nothing live', {}, undefined, null, 'none'],
    ['declared only', { 'sw1:Ethernet0': { out: { delay: '20ms' } } }, undefined, DELAY20, 'declared'],
    ['live only', {}, [LIVE_50], { delay_us: 50_000 }, 'live'],
    ['live over declared: the live one, whole', { 'sw1:Ethernet0': { out: { delay: '20ms', loss: '1%' } } }, [LIVE_50], { delay_us: 50_000 }, 'live'],
    ['cleared live over declared: a plain wire', { 'sw1:Ethernet0': { out: { delay: '20ms' } } }, [LIVE_CLEAR], null, 'live'],
  ] as const)('%s', (_name, impairments, intents, expected, source) => {
    const graph = graphOf({ ...TWO, vmlab: { impairments } });
    const w = wantedImpairments(graph, intents as ImpairmentIntent[] | undefined).find((x) => x.from === 'sw1:Ethernet0')!;
    expect({ impairment: w.impairment, source: w.source }).toEqual({ impairment: expected, source });
    expect(plan(graph, converged(graph, intents as ImpairmentIntent[] | undefined), ALL).changes).toBe(false);
  });

  test('a live setting whose link left the specs is dropped', () => {
    const graph = graphOf({ devices: ['sw1', 'sw2'], links: [['sw1:Ethernet4', 'sw2:Ethernet4']] });
    expect(wantedImpairments(graph, [LIVE_50]).every((w) => w.source === 'none')).toBe(true);
  });
});
