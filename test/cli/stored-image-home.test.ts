/**
 * A bare image name is a stored image of the run's own $VMLAB_HOME, the one
 * the CLI was given (issue 11: spec loading used to read process.env and
 * looked in another home when the CLI's environment was injected).
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli, tmpDir } from '../helpers/cli.js';

test('plan resolves a stored image name in the VMLAB_HOME the CLI was given, not in the process environment', async () => {
  const dir = tmpDir('vmlab-stored-');
  const specs = join(dir, 'specs');
  cpSync(join(FIXTURES, 'demo'), specs, { recursive: true });
  const platforms = join(specs, 'platforms.json');
  writeFileSync(platforms, readFileSync(platforms, 'utf8').replaceAll('"../image/out/vmlab-tiny.qcow2"', '"tinystored"'));
  const home = join(dir, 'home');
  mkdirSync(join(home, 'images'), { recursive: true });
  copyFileSync(join(FIXTURES, 'images', 'blank.qcow2'), join(home, 'images', 'tinystored.qcow2'));
  expect(process.env.VMLAB_HOME).not.toBe(home);

  const run = await runCli(['plan', '-S', specs, '--json'], { VMLAB_HOME: home, VMLAB_QEMU: '/nonexistent/qemu-system-x86_64' });
  expect(run.code).toBe(0);
  const images = new Set([...run.stdout.matchAll(/"image": "([^"]+)"/g)].map((m) => m[1]));
  expect([...images]).toEqual([join(home, 'images', 'tinystored.qcow2')]);
});
