// The planner is a named list of passes, each adding to a frozen plan-so-far; the order is written once, here.
import { PLAN_PASSES, planInput } from '../../src/plan/plan.js';
import { runPasses, type PlanPass } from '../../src/plan/passes.js';
import { compile } from '../../src/model/compile.js';
import { graphOf, resolved, SPINE_LEAF } from '../helpers/lab.js';
import { deployed, edit, empty } from '../helpers/observed.js';

const graph = graphOf(SPINE_LEAF);

test('the passes run in one written order', () => {
  expect(PLAN_PASSES.map((p) => p.name)).toEqual([
    'node-actions',
    'gone-nodes',
    'cascade-restarts',
    'stop-warnings',
    'carrier-updates',
    'impairments',
    'link-drift',
    'warm-starts',
    'profile-patches',
    'dependencies',
  ]);
});

test('each pass sees what the ones before it left, and adds to it: a new lab is created by one pass, its profiles by another, its order by the last', () => {
  const input = planInput(graph, empty(), { host: null });
  const after = (n: number) =>
    [...runPasses(input, PLAN_PASSES.slice(0, n)).actions.values()].map(
      (a) => `${a.id}${a.depends_on.length ? ` after ${a.depends_on.map((d) => d.on).join(',')}` : ''}`,
    );
  expect(after(1)).toEqual(['create:leaf1', 'create:leaf2', 'create:spine1', 'create:spine2']);
  expect(after(9)).toEqual([...after(1), 'patch-profile:leaf1', 'patch-profile:leaf2', 'patch-profile:spine1', 'patch-profile:spine2']);
  expect(after(10).slice(4)).toEqual([
    'patch-profile:leaf1 after create:leaf1',
    'patch-profile:leaf2 after create:leaf2',
    'patch-profile:spine1 after create:spine1',
    'patch-profile:spine2 after create:spine2',
  ]);
});

test('no pass can change what another pass made: the plan so far is frozen, and an edit of it fails at once', () => {
  const sneaky: PlanPass = {
    name: 'sneaky',
    run: (_input, sofar) => {
      sofar.actions.get('create:leaf1')!.reasons.push({ code: 'not-deployed', message: 'again' } as never);
      return {};
    },
  };
  expect(() => runPasses(planInput(graph, empty(), { host: null }), [PLAN_PASSES[0]!, sneaky])).toThrow(TypeError);
});

test("a pass that changes an action puts a new version of it: the earlier pass's output is as it was", () => {
  // leaf1's QEMU exited: node-actions starts it; on stream links the cascade pass adds, in a copy, that its peers reconnect.
  const streams = compile(resolved(SPINE_LEAF), { links: 'stream' });
  const observed = edit(deployed(streams), (o) => (o.nodes.leaf1!.process = 'exited'));
  const input = planInput(streams, observed, { host: null });
  const first = runPasses(input, PLAN_PASSES.slice(0, 1)).actions.get('start:leaf1')!;
  const all = runPasses(input, PLAN_PASSES).actions.get('start:leaf1')!;
  expect(first.reasons.map((r) => r.code)).toEqual(['process-exited']);
  expect(Object.isFrozen(first)).toBe(true);
  expect(all.reasons.map((r) => r.code)).toEqual(['process-exited', 'peers-reconnect']);
});
