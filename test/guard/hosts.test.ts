// Issue 8, class 9: an unknown --host is exit 3 listing the lab's hosts, on every command that takes one.
import { existsSync } from 'node:fs';
import { runCli } from '../helpers/cli.js';
import { fakeDeployment, stopFakeLabs } from '../helpers/deployed.js';
import { LOCK_FILES, treeDigest } from '../helpers/tree.js';

afterAll(stopFakeLabs);

test('destroy --host typo: exit 3, the hosts listed, nothing destroyed', async () => {
  const lab = fakeDeployment('labs/two-hosts');
  const before = treeDigest(lab.root, LOCK_FILES);
  const run = await runCli(['destroy', '--lab', lab.name, '--host', 'server-c'], { VMLAB_HOME: lab.home });
  expect(run.code).toBe(3);
  expect(run.stderr).toContain('--host server-c: lab "guard" has no such host (its hosts: server-a, server-b)');
  expect(run.stderr).not.toMatch(/destroyed/i);
  expect(treeDigest(lab.root, LOCK_FILES)).toEqual(before);
});

test.each([[['plan']], [['apply', '--yes']]])('%j --host typo: exit 3 with the hosts', async (command) => {
  const lab = fakeDeployment('labs/two-hosts');
  const run = await runCli([...command, '-S', lab.specs, '--host', 'server-c'], { VMLAB_HOME: lab.home });
  expect(run.code).toBe(3);
  expect(run.stderr).toMatch(/server-a, server-b/);
});

test('destroy --host of a single-host lab says it has no hosts', async () => {
  const lab = fakeDeployment();
  const run = await runCli(['destroy', '--lab', lab.name, '--host', 'server-a'], { VMLAB_HOME: lab.home });
  expect(run.code).toBe(3);
  expect(run.stderr).toMatch(/runs on one host and defines none/);
  expect(existsSync(lab.stateFile)).toBe(true);
});

test('destroy --host with a real host of the lab goes ahead', async () => {
  const lab = fakeDeployment('labs/two-hosts');
  const run = await runCli(['destroy', '--lab', lab.name, '--host', 'server-a'], { VMLAB_HOME: lab.home });
  expect(run.code).toBe(0);
});
