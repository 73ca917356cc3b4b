import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyLab, type ApplyOptions } from '../../src/engine/apply-lab.js';
import { planLab } from '../../src/engine/plan-lab.js';
import { savedPlan } from '../../src/engine/saved-plan.js';
import { labPaths } from '../../src/state/paths.js';
import { readState } from '../../src/state/state-file.js';
import type { WorldReader } from '../../src/state/world.js';
import { FIXTURES, tmpDir } from '../helpers/cli.js';
import { FakeMachine, planningThrough } from '../helpers/fake-machine.js';

/**
 * apply PLANFILE as a use case, on a fake machine: the
 * saved plan is what runs, once its basis is shown to be the lab as it is.
 */
const nothingRuns: WorldReader = { process: () => null, fileExists: () => false };

function setup() {
  const root = tmpDir('vmlab-planfile-');
  const specs = join(root, 'specs');
  cpSync(join(FIXTURES, 'labs', 'two-node'), specs, { recursive: true });
  const platforms = join(specs, 'platforms.json');
  const p = JSON.parse(readFileSync(platforms, 'utf8'));
  p.platforms.switch.vm_image = join(FIXTURES, 'images', 'blank.qcow2');
  writeFileSync(platforms, JSON.stringify(p));
  const home = join(root, 'home');
  const machine = new FakeMachine(null);
  const options = (planFile: string): ApplyOptions => ({
    specDir: specs,
    home,
    request: { host: null, qemu: null },
    command: 'vmlab apply',
    planFile: { name: planFile, text: readFileSync(planFile, 'utf8') },
    lockWaitMs: 1000,
    progress: { node: () => undefined },
    machine,
    review: async () => true,
  });
  const save = async (edit: (plan: ReturnType<typeof savedPlan>) => void = () => undefined) => {
    const planned = await planLab(specs, home, planningThrough(nothingRuns), { host: null, qemu: null });
    const saved = savedPlan(planned.basis, planned.plan);
    edit(saved);
    const file = join(root, `plan-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(saved));
    return file;
  };
  return { specs, home, runtimes: machine.runtimesAsked, options, save };
}

test('the saved plan itself runs (it is not planned again), and once it has run the same file is stale', async () => {
  const { home, runtimes, options, save } = setup();
  // A plan that creates sw1 alone: planning again would create sw2 too.
  const file = await save((s) => (s.plan.actions = s.plan.actions.filter((a) => a.node === 'sw1')));
  const outcome = await applyLab(options(file));
  expect(outcome.results.map((r) => `${r.id} ${r.status}`)).toEqual(['create:sw1 done', 'patch-profile:sw1 done']);
  expect(runtimes[0]!.log).toEqual(['start sw1']);
  const state = readState(labPaths(home, 'two-node').state)!;
  expect(Object.keys(state.nodes)).toEqual(['sw1']);
  // the login the saved plan does not hold came from the specs
  expect(state.nodes.sw1!.credentials).toEqual({ user: 'admin', pass: 'YourPaSsWoRd' });
  expect(readFileSync(file, 'utf8')).not.toContain('YourPaSsWoRd');

  await expect(applyLab(options(file))).rejects.toThrow(/is stale/);
});

test('a file that is not a plan of this vmlab is refused before anything runs', async () => {
  const { runtimes, options, save } = setup();
  const untyped = await save((s) => ((s.plan.actions[1] as unknown as { depends_on: string[] }).depends_on = ['create:sw1']));
  await expect(applyLab(options(untyped))).rejects.toThrow(/not a saved plan of this vmlab \(\/actions\/1\/depends_on\/0: must be object/);
  const old = await save((s) => ((s as unknown as { format_version: number }).format_version = 1));
  await expect(applyLab(options(old))).rejects.toThrow(/a saved plan of format 1, this vmlab applies format 3/);
  expect(runtimes).toEqual([]);
});
