// Issue 8, class 5: two spec directories never share one lab.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { fakeDeployment, stopFakeLabs } from '../helpers/deployed.js';
import { LOCK_FILES, treeDigest } from '../helpers/tree.js';

afterAll(stopFakeLabs);

test('plan and apply of a copy with the same lab name are refused, naming both directories (exit 3)', async () => {
  const lab = fakeDeployment();
  const copy = join(lab.root, 'mylab');
  cpSync(lab.specs, copy, { recursive: true });
  const before = treeDigest(lab.root, LOCK_FILES);
  for (const args of [
    ['plan', '-S', copy],
    ['apply', '-S', copy, '--yes'],
    ['destroy', '-S', copy],
  ]) {
    const run = await runCli(args, { VMLAB_HOME: lab.home });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain(`lab "${lab.name}" is deployed from ${lab.specs}, not from ${copy}`);
    expect(run.stderr).toMatch(/--lab NEWNAME/);
    expect(run.stderr).toContain(`vmlab destroy --lab ${lab.name}`);
  }
  expect(treeDigest(lab.root, LOCK_FILES)).toEqual(before);
});

test('the same directory named another way (a symlink, a trailing slash) is the same lab', async () => {
  const lab = fakeDeployment();
  const run = await runCli(['plan', '-S', `${lab.specs}/`], { VMLAB_HOME: lab.home });
  expect(run.stderr).not.toMatch(/is deployed from/);
});

test('--lab gives a copy a lab of its own', async () => {
  const lab = fakeDeployment();
  const copy = join(lab.root, 'mylab');
  cpSync(lab.specs, copy, { recursive: true });
  const run = await runCli(['plan', '-S', copy, '--lab', 'mylab', '--json'], { VMLAB_HOME: lab.home });
  expect(run.code).toBe(0);
  expect(JSON.parse(run.stdout).lab).toBe('mylab');
  expect(existsSync(join(lab.home, 'labs', 'mylab'))).toBe(false);
  expect(JSON.parse(readFileSync(lab.stateFile, 'utf8')).spec_dir).toBe(lab.specs);
});
