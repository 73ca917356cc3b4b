// Issue 8, class 3: state.json is checked when read. A damaged one is a clear
// error (file, JSON path, exit 1, no stack trace) whose advice works as
// printed, and destroy --force --lab still cleans the lab up.
import { existsSync } from 'node:fs';
import { runCli } from '../helpers/cli.js';
import { DAMAGED_STATES, damage } from '../helpers/damaged-states.js';
import { fakeDeployment, stopFakeLabs } from '../helpers/deployed.js';
import { recordFigure } from '../support/figures.js';

afterAll(stopFakeLabs);

let cleaned = 0;
afterAll(() =>
  recordFigure('state', {
    what: 'damaged state.json shapes',
    tried: DAMAGED_STATES.length,
    ok: cleaned,
    detail: 'clear error (file, JSON path, exit 1); its printed advice run as is cleans the lab up',
  }),
);

describe.each(DAMAGED_STATES)('state.json with %s', (_what, how, message) => {
  test('is a clear error naming the file and what is wrong, exit 1, no stack trace', async () => {
    const lab = fakeDeployment();
    damage(lab.stateFile, how);
    const run = await runCli(['status', '--lab', lab.name], { VMLAB_HOME: lab.home });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(lab.stateFile);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    // The advice names a command that works as printed: run it.
    const advice = /To clean the lab up anyway .*: VMLAB_HOME=(\S+) vmlab (.+)$/m.exec(run.stderr);
    expect(advice).not.toBeNull();
    expect(advice![1]).toBe(lab.home);
    const cleanup = await runCli(advice![2]!.split(' '), { VMLAB_HOME: advice![1] });
    expect(cleanup.stderr).toMatch(/Lab destroyed/);
    expect(cleanup.code).toBe(0);
    expect(existsSync(lab.labDir)).toBe(false);
    cleaned++;
  });
});

test('plan on a lab with damaged state is the same clear error', async () => {
  const lab = fakeDeployment();
  damage(lab.stateFile, (s) => ((s.nodes.sw1.pid = 'abc'), s));
  const run = await runCli(['plan', '-S', lab.specs], { VMLAB_HOME: lab.home });
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/is damaged/);
  expect(run.stderr).not.toMatch(/internal error/);
});

test('destroy without --force on damaged state refuses and says how to force it', async () => {
  const lab = fakeDeployment();
  damage(lab.stateFile, () => []);
  const run = await runCli(['destroy', '--lab', lab.name], { VMLAB_HOME: lab.home });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain(`vmlab destroy --force --lab ${lab.name}`);
  expect(existsSync(lab.labDir)).toBe(true);
});
