/**
 * `image import` reads only what sits beside the image it was given: a qcow2
 * whose backing file or external data file is elsewhere (`-b ~/.ssh/id_rsa
 * -F raw`) is refused, exit 3, nothing stored, unless --allow-outside-backing.
 * The store is the user's alone: images/ 0700, its files 0600.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tmpDir } from '../helpers/cli.js';

const qemuImg = (cwd: string, ...args: string[]) => execFileSync('qemu-img', args, { cwd, encoding: 'utf8' });

/** A source directory, a "secret" outside it (a raw file, as a private key would be read), and a home. */
function setUp() {
  const root = tmpDir('vmlab-outside-');
  const src = join(root, 'src');
  const elsewhere = join(root, 'elsewhere');
  mkdirSync(src);
  mkdirSync(elsewhere);
  const secret = join(elsewhere, 'id_rsa');
  writeFileSync(secret, Buffer.alloc(1 << 20, 0x5a));
  const home = join(root, 'home');
  return { root, src, secret, home, cli: (...args: string[]) => runCli(args, { VMLAB_HOME: home }) };
}

const stored = (home: string) => (existsSync(join(home, 'images')) ? readdirSync(join(home, 'images')).filter((f) => !f.startsWith('.')) : []);

test.each([
  ['an absolute backing file', (src: string, secret: string) => qemuImg(src, 'create', '-q', '-f', 'qcow2', '-b', secret, '-F', 'raw', 'top.qcow2')],
  ['a relative backing file leading out', (src: string) => qemuImg(src, 'create', '-q', '-f', 'qcow2', '-b', '../elsewhere/id_rsa', '-F', 'raw', 'top.qcow2')],
  [
    'a backing file beside it that is a symlink leading out',
    (src: string, secret: string) => {
      symlinkSync(secret, join(src, 'base.raw'));
      qemuImg(src, 'create', '-q', '-f', 'qcow2', '-b', 'base.raw', '-F', 'raw', 'top.qcow2');
    },
  ],
  [
    'an external data file elsewhere',
    (src: string, secret: string) => qemuImg(src, 'create', '-q', '-f', 'qcow2', '-o', `data_file=${secret},data_file_raw=on`, 'top.qcow2', '1M'),
  ],
])('a qcow2 with %s is refused (exit 3), naming the file and the option; nothing is stored', async (_what, make) => {
  const { src, secret, home, cli } = setUp();
  make(src, secret);
  const r = await cli('image', 'import', join(src, 'top.qcow2'), '--name', 'x');
  expect(r.code).toBe(3);
  expect(r.stderr).toContain(secret);
  expect(r.stderr).toContain('outside the directory of');
  expect(r.stderr).toContain('--allow-outside-backing');
  expect(stored(home)).toEqual([]);
});

test('--allow-outside-backing imports it (flattened), and the store is 0700 with its files 0600', async () => {
  const { src, secret, home, cli } = setUp();
  qemuImg(src, 'create', '-q', '-f', 'qcow2', '-b', secret, '-F', 'raw', 'top.qcow2');
  const r = await cli('image', 'import', join(src, 'top.qcow2'), '--name', 'x', '--allow-outside-backing');
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.stringContaining(`flattened: ${secret} copied in`) });
  const images = join(home, 'images');
  expect((statSync(images).mode & 0o777).toString(8)).toBe('700');
  expect(Object.fromEntries(readdirSync(images).map((f) => [f, (statSync(join(images, f)).mode & 0o777).toString(8)]))).toEqual({
    'x.json': '600',
    'x.qcow2': '600',
  });
});

test('a backing file in the same directory (or below it) is imported as before, into a 0600 file', async () => {
  const { src, home, cli } = setUp();
  mkdirSync(join(src, 'layers'));
  qemuImg(src, 'create', '-q', '-f', 'qcow2', 'layers/base.qcow2', '4M');
  qemuImg(src, 'create', '-q', '-f', 'qcow2', '-b', 'layers/base.qcow2', '-F', 'qcow2', 'top.qcow2');
  const r = await cli('image', 'import', join(src, 'top.qcow2'), '--name', 'x');
  expect(r.code).toBe(0);
  expect(statSync(join(home, 'images', 'x.qcow2')).mode & 0o777).toBe(0o600);
});

test('an existing store made 0755 by an older vmlab is made 0700 by the next import', async () => {
  const { src, home, cli } = setUp();
  mkdirSync(join(home, 'images'), { recursive: true, mode: 0o755 });
  qemuImg(src, 'create', '-q', '-f', 'qcow2', 'plain.qcow2', '4M');
  expect((await cli('image', 'import', join(src, 'plain.qcow2'))).code).toBe(0);
  expect(statSync(join(home, 'images')).mode & 0o777).toBe(0o700);
  expect(statSync(join(home, 'images', 'plain.qcow2')).mode & 0o777).toBe(0o600);
});
