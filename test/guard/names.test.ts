// Issue 8, class 1: names from the command line and from state pass the spec
// name rule before they touch a path or a process; only a real lab directory
// of this store is ever removed.
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { vmlabHome } from '../../src/cli/settings.js';
import { runCli, tmpDir } from '../helpers/cli.js';
import { fakeDeployment, stopFakeLabs } from '../helpers/deployed.js';
import { recordFigure } from '../support/figures.js';

afterAll(stopFakeLabs);

/** Every bad name tried on a command, and whether it was refused with exit 3 and nothing touched. */
const tried: boolean[] = [];
afterAll(() =>
  recordFigure('names', {
    what: 'bad names (--lab, --host, state)',
    tried: tried.length,
    ok: tried.filter(Boolean).length,
    detail: 'refused with exit 3 (1 for state), nothing removed or started',
  }),
);
const note = (refused: boolean) => tried.push(refused);

describe('--lab names that would escape the lab store are refused (exit 3), and nothing is removed', () => {
  test.each([['../victim'], [''], ['../..'], ['..'], ['.'], ['a/b'], ['/etc']])('destroy --force --lab %j', async (bad) => {
    const lab = fakeDeployment();
    const victim = join(lab.home, 'victim');
    mkdirSync(victim, { recursive: true });
    writeFileSync(join(victim, 'precious.txt'), 'keep me');
    const run = await runCli(['destroy', '--force', '--lab', bad], { VMLAB_HOME: lab.home });
    note(run.code === 3 && existsSync(join(victim, 'precious.txt')) && existsSync(lab.stateFile));
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/--lab: lab name .* is not a safe name/);
    expect(run.stderr).not.toMatch(/Lab destroyed/);
    expect(readFileSync(join(victim, 'precious.txt'), 'utf8')).toBe('keep me');
    expect(existsSync(lab.stateFile)).toBe(true); // the real lab is untouched too
  });

  test.each([['status'], ['ssh-config'], ['exec']])('%s --lab ../x', async (command) => {
    const lab = fakeDeployment();
    const extra = command === 'exec' ? ['sw1', '--', 'true'] : [];
    const run = await runCli([command, '--lab', '../x', ...extra], { VMLAB_HOME: lab.home });
    note(run.code === 3);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/not a safe name/);
  });

  test('snapshot and restore --lab ../x', async () => {
    const lab = fakeDeployment();
    for (const args of [
      ['snapshot', '--name', 's1'],
      ['restore', '--name', 's1'],
    ]) {
      const run = await runCli([...args, '--lab', '../x'], { VMLAB_HOME: lab.home });
      note(run.code === 3);
      expect(run.code).toBe(3);
    }
  });

  test('plan and apply --lab with an unsafe name', async () => {
    const lab = fakeDeployment();
    for (const args of [['plan'], ['apply', '--yes']]) {
      const run = await runCli([...args, '-S', lab.specs, '--lab', '../x'], { VMLAB_HOME: lab.home });
      note(run.code === 3);
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(/not a safe name/);
    }
  });

  test('destroy --host with an unsafe name', async () => {
    const lab = fakeDeployment();
    const run = await runCli(['destroy', '--lab', lab.name, '--host', '../../x'], { VMLAB_HOME: lab.home });
    expect(run.code).toBe(3);
    expect(existsSync(lab.stateFile)).toBe(true);
  });
});

test('a lab directory that is a symlink to somewhere else is never removed', async () => {
  const lab = fakeDeployment();
  const elsewhere = tmpDir('vmlab-elsewhere-');
  writeFileSync(join(elsewhere, 'state.json'), readFileSync(lab.stateFile));
  writeFileSync(join(elsewhere, 'precious.txt'), 'keep me');
  symlinkSync(elsewhere, join(lab.home, 'labs', 'evil'));
  const run = await runCli(['destroy', '--force', '--lab', 'evil'], { VMLAB_HOME: lab.home });
  expect(run.code).not.toBe(0);
  expect(readFileSync(join(elsewhere, 'precious.txt'), 'utf8')).toBe('keep me');
});

test('a directory under labs/ that is not a lab is not removed by destroy --force', async () => {
  const lab = fakeDeployment();
  const file = join(lab.home, 'labs', 'notes');
  writeFileSync(file, 'a file, not a lab');
  const run = await runCli(['destroy', '--force', '--lab', 'notes'], { VMLAB_HOME: lab.home });
  expect(run.code).toBe(3);
  expect(readFileSync(file, 'utf8')).toBe('a file, not a lab');
});

test('node names read back from state.json pass the name rule', async () => {
  const lab = fakeDeployment();
  const state = JSON.parse(readFileSync(lab.stateFile, 'utf8'));
  state.nodes['../../escape'] = state.nodes.sw1;
  writeFileSync(lab.stateFile, JSON.stringify(state));
  const run = await runCli(['status', '--lab', lab.name], { VMLAB_HOME: lab.home });
  note(run.code === 1);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`${lab.stateFile} /nodes/../../escape: "../../escape" is not a safe name`);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
});

test('a relative VMLAB_HOME is made absolute, from the working directory', async () => {
  const cwd = tmpDir('vmlab-cwd-');
  expect(vmlabHome({ VMLAB_HOME: 'rel/home' }, cwd)).toBe(join(cwd, 'rel/home'));
  let stderr = '';
  const code = await main(['status'], { out: () => {}, err: (t) => (stderr += t), env: { VMLAB_HOME: 'rel/home' }, cwd });
  expect(code).toBe(3);
  expect(stderr).toContain(`no lab is deployed under ${join(cwd, 'rel/home')}`);
});
