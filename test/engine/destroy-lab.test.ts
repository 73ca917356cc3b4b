// destroy as a use case, over the fake machine: what it stops, kills, puts back and removes.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { destroyLab } from '../../src/engine/destroy-lab.js';
import { FIXTURES } from '../helpers/cli.js';
import { fakeLab } from '../helpers/fake-lab.js';

const destroy = (t: Awaited<ReturnType<typeof fakeLab>>, force = false) => {
  const { paths, state } = t.lab();
  return destroyLab({ paths, state, host: null, force, lockWaitMs: 1000, progress: t.reporter, machine: t.machine });
};

test('destroy stops every node through the runtime, puts the profile back byte for byte and removes the lab directory', async () => {
  const t = await fakeLab();
  const { paths } = t.lab();
  expect(readFileSync(join(t.specs, 'profiles', 'sw1.json'), 'utf8')).toContain('"ssh_port": 42000');
  const outcome = await destroy(t);
  expect(outcome).toMatchObject({ removed: true, errors: [], left: [] });
  expect(outcome.plan.actions.map((a) => `${a.action}:${a.node}`).sort()).toEqual(['destroy:sw1', 'destroy:sw2']);
  expect(
    t.machine
      .lab(paths)
      .log.filter((l) => l.startsWith('stop'))
      .sort(),
  ).toEqual(['stop sw1', 'stop sw2']);
  expect(t.machine.labQemus(paths.dir)).toEqual([]);
  expect(readFileSync(join(t.specs, 'profiles', 'sw1.json'), 'utf8')).toBe(readFileSync(join(FIXTURES, 'labs', 'two-node', 'profiles', 'sw1.json'), 'utf8'));
  expect(existsSync(paths.dir)).toBe(false);
});

test('--force also kills a QEMU of the lab that state.json does not know (proven by its pidfile); without it, none is killed', async () => {
  const t = await fakeLab();
  const { paths } = t.lab();
  const stray = t.machine.stray(paths, 'sw9');
  await destroy(t, true);
  expect(t.machine.log).toContain(`kill ${stray}`);
  expect(t.progress).toContain(`sw9: killing stray QEMU pid ${stray}`);
  expect(t.machine.labQemus(paths.dir)).toEqual([]);

  const u = await fakeLab();
  const other = u.machine.stray(u.lab().paths, 'sw9');
  await destroy(u);
  expect(u.machine.log).not.toContain(`kill ${other}`);
});
