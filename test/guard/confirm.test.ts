// Issue 8, class 10: apply without a terminal and without --yes shows the plan,
// changes nothing, and exits 1 saying to pass --yes.
import { existsSync, rmSync } from 'node:fs';
import { runCli } from '../helpers/cli.js';
import { fakeDeployment, stopFakeLabs } from '../helpers/deployed.js';
import { LOCK_FILES, treeDigest } from '../helpers/tree.js';

afterAll(stopFakeLabs);

test('apply with nobody to ask does not proceed', async () => {
  const lab = fakeDeployment();
  rmSync(lab.home, { recursive: true }); // not deployed yet
  const before = treeDigest(lab.root, LOCK_FILES);
  const run = await runCli(['apply', '-S', lab.specs], { VMLAB_HOME: lab.home });
  expect(run.code).toBe(1);
  expect(run.stderr).toMatch(/\+ create sw1/);
  expect(run.stderr).toMatch(/no terminal to ask .* run again with --yes/);
  expect(treeDigest(lab.root, LOCK_FILES)).toEqual(before);
  expect(existsSync(lab.labDir)).toBe(false);
});

test('apply --json with nobody to ask does not proceed either', async () => {
  const lab = fakeDeployment();
  rmSync(lab.home, { recursive: true });
  const run = await runCli(['apply', '-S', lab.specs, '--json'], { VMLAB_HOME: lab.home });
  expect(run.code).toBe(1);
  expect(existsSync(lab.labDir)).toBe(false);
});
