// Issue 8, class 11: the lab directory is private (0700); state.json and plan
// files are 0600; passwords never appear in plan output or plan files.
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { labPaths } from '../../src/state/paths.js';
import { StateStore } from '../../src/state/state-store.js';
import { runCli, tmpDir } from '../helpers/cli.js';
import { fakeDeployment, stopFakeLabs } from '../helpers/deployed.js';

afterAll(stopFakeLabs);

const mode = (path: string) => statSync(path).mode & 0o777;
const PASSWORD = 'YourPaSsWoRd';

test('state.json is written 0600 in a 0700 lab directory, whatever the umask', () => {
  const old = process.umask(0o002);
  try {
    const paths = labPaths(join(tmpDir('vmlab-perm-'), 'home'), 'lab');
    new StateStore(paths, null, { name: 'lab', specDir: '/specs', host: null }).update(() => {});
    expect(mode(paths.dir)).toBe(0o700);
    expect(mode(paths.state)).toBe(0o600);
  } finally {
    process.umask(old);
  }
});

test('plan --out is 0600, and no password is in it or in the plan output', async () => {
  const lab = fakeDeployment();
  rmSync(lab.home, { recursive: true });
  const out = join(lab.root, 'plan.json');
  const text = await runCli(['plan', '-S', lab.specs, '--out', out], { VMLAB_HOME: lab.home });
  expect(text.code).toBe(0);
  const json = await runCli(['plan', '-S', lab.specs, '--json'], { VMLAB_HOME: lab.home });
  expect(mode(out)).toBe(0o600);
  for (const output of [text.stdout, text.stderr, json.stdout, readFileSync(out, 'utf8')]) expect(output).not.toContain(PASSWORD);
  // The password is in the specs, so the test would notice if it leaked.
  expect(readFileSync(join(lab.specs, 'platforms.json'), 'utf8')).toContain(PASSWORD);
});
