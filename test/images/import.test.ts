/**
 * `image import` of images whose content lives partly in other files (a
 * backing chain, an external data file): flattened into a standalone qcow2
 * when those files can be read, refused (exit 3) when they cannot. Uses
 * real qemu-img on tiny images.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importImage } from '../../src/images/import.js';
import { imagesDir, readImage } from '../../src/images/store.js';
import { tmpDir } from '../helpers/cli.js';

const MB = 2 ** 20;

/** qemu-img in `cwd` (relative data-file names are relative to the working directory). */
const qemuImg = (cwd: string, ...args: string[]) => execFileSync('qemu-img', args, { cwd, encoding: 'utf8' });
const info = (file: string) => JSON.parse(qemuImg('/', 'info', '--output=json', file));
/** Writes a byte pattern at an offset of an image, through its whole chain (qemu-io). */
const writePattern = (cwd: string, file: string, pattern: number, offsetMb: number) =>
  execFileSync('qemu-io', ['-f', 'qcow2', '-c', `write -P ${pattern} ${offsetMb}M 1M`, file], { cwd, stdio: 'ignore' });

function progressLog() {
  const lines: string[] = [];
  return { lines, progress: { node: (name: string, message: string) => lines.push(`${name}: ${message}`) } };
}

/** A work directory with base.qcow2 (pattern 0x11 at 0 MiB) and top.qcow2 over it (0x22 at 1 MiB). */
function chain(): { dir: string; home: string } {
  const dir = tmpDir('vmlab-img-');
  qemuImg(dir, 'create', '-q', '-f', 'qcow2', 'base.qcow2', '4M');
  writePattern(dir, 'base.qcow2', 0x11, 0);
  qemuImg(dir, 'create', '-q', '-f', 'qcow2', '-b', 'base.qcow2', '-F', 'qcow2', 'top.qcow2');
  writePattern(dir, 'top.qcow2', 0x22, 1);
  return { dir, home: join(dir, 'home') };
}

/** The stored image stands alone and has the same content as the source had through its chain. */
function expectStandaloneCopyOf(stored: string, cwd: string, source: string) {
  const i = info(stored);
  expect(i['backing-filename']).toBeUndefined();
  expect(i['format-specific'].data['data-file']).toBeUndefined();
  expect(qemuImg(cwd, 'compare', stored, source)).toContain('Images are identical');
}

const workFilesLeft = (home: string) => (existsSync(imagesDir(home)) ? readdirSync(imagesDir(home)).filter((f) => f.startsWith('.')) : []);

test('an image with a backing file is flattened, saying so: the stored qcow2 stands alone', async () => {
  const { dir, home } = chain();
  const { lines, progress } = progressLog();
  const stored = await importImage(home, join(dir, 'top.qcow2'), 'flat', false, progress, 'qemu-img');
  expect(lines).toContainEqual(`flat: flattening: it reads ${join(dir, 'base.qcow2')}; storing a standalone qcow2`);
  expect(stored).toMatchObject({ name: 'flat', source_format: 'qcow2', virtual_size: 4 * MB, flattened: [join(dir, 'base.qcow2')] });
  expectStandaloneCopyOf(stored.file, dir, 'top.qcow2');
  expect(readImage(home, 'flat')).toMatchObject({ flattened: [join(dir, 'base.qcow2')] });
  expect(workFilesLeft(home)).toEqual([]);
});

test('a chain of several backing files is flattened whole', async () => {
  const { dir, home } = chain();
  qemuImg(dir, 'create', '-q', '-f', 'qcow2', '-b', 'top.qcow2', '-F', 'qcow2', 'third.qcow2');
  writePattern(dir, 'third.qcow2', 0x33, 2);
  const stored = await importImage(home, join(dir, 'third.qcow2'), 'third', false, progressLog().progress, 'qemu-img');
  expect(stored.flattened).toEqual([join(dir, 'top.qcow2'), join(dir, 'base.qcow2')]);
  expectStandaloneCopyOf(stored.file, dir, 'third.qcow2');
});

test('a gzipped qcow2 with a relative backing file finds it beside the source, not in the store', async () => {
  const { dir, home } = chain();
  execFileSync('sh', ['-c', 'gzip -c top.qcow2 > top.qcow2.gz'], { cwd: dir });
  const stored = await importImage(home, join(dir, 'top.qcow2.gz'), undefined, false, progressLog().progress, 'qemu-img');
  expect(stored).toMatchObject({ name: 'top', compression: 'gzip', flattened: [join(dir, 'base.qcow2')] });
  expectStandaloneCopyOf(stored.file, dir, 'top.qcow2');
});

test('an image with an external data file is flattened; the data file is found beside the source', async () => {
  const dir = tmpDir('vmlab-img-');
  const home = join(dir, 'home');
  qemuImg(dir, 'create', '-q', '-f', 'qcow2', '-o', 'data_file=disk.data', 'disk.qcow2', '4M');
  writePattern(dir, 'disk.qcow2', 0x44, 3);
  expect(info(join(dir, 'disk.qcow2'))['format-specific'].data['data-file']).toBe('disk.data');
  const stored = await importImage(home, join(dir, 'disk.qcow2'), 'disk', false, progressLog().progress, 'qemu-img'); // from another working directory
  expect(stored.flattened).toEqual([join(dir, 'disk.data')]);
  expectStandaloneCopyOf(stored.file, dir, 'disk.qcow2');
});

test.each([
  [
    'a missing backing file',
    (dir: string) => renameSync(join(dir, 'base.qcow2'), join(dir, 'elsewhere.qcow2')),
    'top.qcow2',
    /top\.qcow2 has a backing file "base\.qcow2" that cannot be read \(.*No such file or directory.*\); vmlab stores standalone images only: flatten it where its files can be read \(qemu-img convert -O qcow2 .*\) and import that$/,
  ],
  [
    'a missing external data file',
    (dir: string) => {
      qemuImg(dir, 'create', '-q', '-f', 'qcow2', '-o', 'data_file=gone.data', 'top.qcow2', '4M');
      renameSync(join(dir, 'gone.data'), join(dir, 'moved.data'));
    },
    'top.qcow2',
    /top\.qcow2 keeps its data in an external data file "gone\.data" that cannot be read \(.*gone\.data: ENOENT\); vmlab stores standalone images only/,
  ],
  [
    'a backing file that is not a local file',
    (dir: string) => qemuImg(dir, 'create', '-q', '-f', 'qcow2', '-u', '-b', 'nbd://127.0.0.1:1/disk', '-F', 'raw', 'top.qcow2', '4M'),
    'top.qcow2',
    /top\.qcow2 has a backing file "nbd:\/\/127\.0\.0\.1:1\/disk" that is not a local file; vmlab stores standalone images only/,
  ],
  [
    'a missing file deeper in the chain',
    (dir: string) => {
      qemuImg(dir, 'create', '-q', '-f', 'qcow2', '-b', 'top.qcow2', '-F', 'qcow2', 'third.qcow2');
      renameSync(join(dir, 'base.qcow2'), join(dir, 'elsewhere.qcow2'));
    },
    'third.qcow2',
    /third\.qcow2 has a backing file "top\.qcow2" that cannot be read \(.*base\.qcow2.*No such file or directory.*\)/,
  ],
])('an image with %s is refused with exit code 3, and nothing is stored', async (_what, damage, file, message) => {
  const { dir, home } = chain();
  damage(dir);
  const attempt = importImage(home, join(dir, file), 'x', false, progressLog().progress, 'qemu-img');
  await expect(attempt).rejects.toMatchObject({ exitCode: 3, message: expect.stringMatching(message) });
  expect(readImage(home, 'x')).toBeNull();
  expect(existsSync(join(imagesDir(home), 'x.qcow2'))).toBe(false);
  expect(workFilesLeft(home)).toEqual([]);
});

test('a self-contained qcow2 is stored as it is, not flattened', async () => {
  const { dir, home } = chain();
  const stored = await importImage(home, join(dir, 'base.qcow2'), undefined, false, progressLog().progress, 'qemu-img');
  expect(stored.flattened).toBeUndefined();
  expect(qemuImg(dir, 'compare', stored.file, 'base.qcow2')).toContain('Images are identical');
});

test.each(['../escape', 'a/b', '.hidden', ''])('an unsafe image name %j is refused (exit 3) before any path is built', async (name) => {
  const { dir, home } = chain();
  await expect(importImage(home, join(dir, 'base.qcow2'), name, false, progressLog().progress, 'qemu-img')).rejects.toMatchObject({
    exitCode: 3,
    message: expect.stringContaining('is not a safe name'),
  });
  expect(existsSync(home)).toBe(false);
});

test('a broken record under the same name is named when import refuses to replace it', async () => {
  const { dir, home } = chain();
  mkdirSync(imagesDir(home), { recursive: true });
  writeFileSync(join(imagesDir(home), 'base.json'), '{');
  await expect(importImage(home, join(dir, 'base.qcow2'), undefined, false, progressLog().progress, 'qemu-img')).rejects.toMatchObject({
    exitCode: 4,
    message: expect.stringContaining('an image "base" is already stored (broken: its record base.json is not valid JSON'),
  });
  const stored = await importImage(home, join(dir, 'base.qcow2'), undefined, true, progressLog().progress, 'qemu-img');
  expect(readImage(home, 'base')).toEqual(stored);
});
