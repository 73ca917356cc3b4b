/**
 * `vmlab image list | info | rm | import` through the CLI: names are checked
 * before they touch a path (exit 3), one broken record never breaks the
 * list, and a broken image can be removed.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tmpDir } from '../helpers/cli.js';

/** A store with one good image ("good") and four broken ones, and the directory it was made in. */
async function store() {
  const dir = tmpDir('vmlab-imgcli-');
  const home = join(dir, 'home');
  const images = join(home, 'images');
  execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', join(dir, 'good.qcow2'), '4M']);
  expect((await runCli(['image', 'import', join(dir, 'good.qcow2')], { VMLAB_HOME: home })).code).toBe(0);
  const copy = (name: string) => copyFileSync(join(images, 'good.qcow2'), join(images, `${name}.qcow2`));
  copy('garbled');
  writeFileSync(join(images, 'garbled.json'), '{"name": "garbled", "size": ');
  copy('wrong');
  writeFileSync(join(images, 'wrong.json'), JSON.stringify({ name: 'wrong', size: 'big' }));
  writeFileSync(join(images, 'nofile.json'), readFileSync(join(images, 'good.json'), 'utf8').replace(/"good/g, '"nofile'));
  copy('orphan');
  return { dir, home, images, cli: (...args: string[]) => runCli(args, { VMLAB_HOME: home }) };
}

test('image list shows every image, the broken ones as rows saying why; --json lists them apart', async () => {
  const { cli } = await store();
  const table = await cli('image', 'list');
  expect(table.code).toBe(0);
  const rows = table.stdout.split('\n').filter((l) => l.startsWith('│'));
  const names = rows.map((r) => r.split('│')[1]!.trim()).filter(Boolean);
  expect(names).toEqual(['name', 'garbled', 'good', 'nofile', 'orphan', 'wrong']);
  expect(rows.find((r) => r.includes(' good '))).toMatch(/│ good\s+│ 0\.2 MiB\s+│ 4\.0 MiB\s+│ qcow2\s+│ \d{4}-/);
  // A broken row's reason spans the other columns, wrapped: read it back as one text.
  const reasonOf = (name: string) => {
    const at = rows.findIndex((r) => r.startsWith(`│ ${name} `));
    const more = rows.slice(at + 1).findIndex((r) => r.split('│')[1]!.trim() !== '');
    return rows
      .slice(at, more < 0 ? undefined : at + 1 + more)
      .map((r) => r.split('│')[2]!.trim())
      .join(' ');
  };
  expect(reasonOf('garbled')).toMatch(/^BROKEN: its record garbled\.json is not valid JSON \(.+\)$/);
  expect(reasonOf('nofile')).toBe('BROKEN: its image file nofile.qcow2 is missing');
  expect(reasonOf('orphan')).toBe('BROKEN: orphan.qcow2 has no record orphan.json (an import was interrupted?)');
  expect(reasonOf('wrong')).toBe('BROKEN: its record wrong.json is garbled: "source" is missing or not a string');
  expect(table.stderr).toBe('4 broken images: "vmlab image rm NAME" removes what is left of one.\n');

  const json = JSON.parse((await cli('image', 'list', '--json')).stdout);
  expect(json.images.map((i: { name: string }) => i.name)).toEqual(['good']);
  expect(json.broken.map((b: { name: string }) => b.name)).toEqual(['garbled', 'nofile', 'orphan', 'wrong']);
  expect(json.broken[0].problem).toMatch(/^its record garbled\.json is not valid JSON/);
});

test('image info of a broken image says what is wrong (exit 1); image rm removes what is left of it', async () => {
  const { cli, images } = await store();
  const info = await cli('image', 'info', 'garbled');
  expect(info.code).toBe(1);
  expect(info.stderr).toMatch(
    /^error: image "garbled" is broken: its record garbled\.json is not valid JSON .*"vmlab image rm garbled" removes what is left of it\.\n$/,
  );
  for (const name of ['garbled', 'nofile', 'orphan', 'wrong']) {
    const rm = await cli('image', 'rm', name);
    expect(rm.code).toBe(0);
    expect(rm.stderr).toMatch(new RegExp(`^Removed broken image "${name}" \\(.+\\)\\.\\n$`));
  }
  expect(readdirSync(images).sort()).toEqual(['good.json', 'good.qcow2']);
  expect((await cli('image', 'list')).stderr).toBe('');
  expect(JSON.parse((await cli('image', 'info', 'good')).stdout)).toMatchObject({ name: 'good', file: join(images, 'good.qcow2'), used_by: [] });
});

test.each([
  ['info', '../home/images/good'],
  ['rm', '../../etc/passwd'],
  ['rm', 'a/b'],
  ['info', '.good'],
  ['import', '../x'],
])('image %s with the unsafe name %j: exit 3, nothing touched', async (action, name) => {
  const { cli, dir, images } = await store();
  const before = readdirSync(images).sort();
  const args = action === 'import' ? ['image', 'import', join(dir, 'good.qcow2'), '--name', name] : ['image', action, name];
  const r = await cli(...args);
  expect(r.code).toBe(3);
  expect(r.stderr).toBe(`error: image name "${name}" is not a safe name: use letters, digits, '.', '_' and '-' (not first), at most 63 characters, no '..'\n`);
  expect(readdirSync(images).sort()).toEqual(before);
});

test('image info and rm of a name the store does not have: exit 3, listing what it has', async () => {
  const { cli } = await store();
  for (const action of ['info', 'rm']) {
    const r = await cli('image', action, 'nope');
    expect(r.code).toBe(3);
    expect(r.stderr).toBe('error: no stored image "nope"; stored: garbled, good, nofile, orphan, wrong\n');
  }
});

test('image import flattens an image with a backing file, and says so', async () => {
  const dir = tmpDir('vmlab-imgcli-');
  execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', 'base.qcow2', '4M'], { cwd: dir });
  execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', '-b', 'base.qcow2', '-F', 'qcow2', 'top.qcow2'], { cwd: dir });
  const home = join(dir, 'home');
  const r = await runCli(['image', 'import', join(dir, 'top.qcow2')], { VMLAB_HOME: home });
  expect(r.code).toBe(0);
  expect(r.stderr).toContain(`top: flattening: it reads ${join(dir, 'base.qcow2')}; storing a standalone qcow2\n`);
  expect(r.stderr).toContain(`Stored "top" (qcow2, flattened: ${join(dir, 'base.qcow2')} copied in): `);
  rmSync(join(dir, 'base.qcow2'));
  const info = JSON.parse(execFileSync('qemu-img', ['info', '--output=json', join(home, 'images', 'top.qcow2')], { encoding: 'utf8' }));
  expect(info['backing-filename']).toBeUndefined();
  expect(execFileSync('qemu-img', ['check', join(home, 'images', 'top.qcow2')], { encoding: 'utf8' })).toContain('No errors were found');
});

test('a lab whose state cannot be read keeps rm from removing an image it may use, unless --force', async () => {
  const { cli, home, images } = await store();
  mkdirSync(join(home, 'labs', 'mystery'), { recursive: true });
  writeFileSync(join(home, 'labs', 'mystery', 'state.json'), '{');
  const rm = await cli('image', 'rm', 'good');
  expect(rm.code).toBe(4);
  expect(rm.stderr).toMatch(
    /^error: image "good" is the base of running overlays \(mystery \(its state cannot be read: .+\)\); destroy those labs first, or --force\n$/,
  );
  expect(existsSync(join(images, 'good.qcow2'))).toBe(true);
  expect((await cli('image', 'rm', 'good', '--force')).code).toBe(0);
  expect(existsSync(join(images, 'good.qcow2'))).toBe(false);
});
