/**
 * The image store: gzipped qcow2, xz-compressed raw and plain qcow2 imports
 * each give a bootable image that vm_image can name; truncated files are refused.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { execa } from 'execa';
import { cleanUp, IMAGE, makeLab, requireQemu, type TestLab } from './harness.js';
import { sh } from './traffic.js';

jest.setTimeout(400_000);

let lab: TestLab;
let work: string;

beforeAll(async () => {
  requireQemu();
  lab = makeLab('labs/mixed', 'e2e-images', { link: 45800, console: 45900, ssh: 45950 });
  work = join(lab.home, '..');
  await execa('bash', [
    '-c',
    `gzip -c ${IMAGE} > ${work}/tiny.qcow2.gz && qemu-img convert -O raw ${IMAGE} ${work}/tiny.raw && xz -1 -c ${work}/tiny.raw > ${work}/tiny.raw.xz && rm ${work}/tiny.raw`,
  ]);
  await execa('bash', [
    '-c',
    `head -c 2000000 ${work}/tiny.qcow2.gz > ${work}/cut.qcow2.gz && head -c 400000 ${IMAGE} > ${work}/cut.qcow2 && head -c 500000 ${work}/tiny.raw.xz > ${work}/cut.raw.xz`,
  ]);
});

afterAll(async () => {
  if (lab) await cleanUp(lab);
});

test.each([
  ['tiny.qcow2.gz', 'from-gz', 'gzip', 'qcow2'],
  ['tiny.raw.xz', 'from-xz', 'xz', 'raw'],
  ['PLAIN', 'plain', 'none', 'qcow2'],
])('import %s: format detected from the content, stored as qcow2', async (file, name, compression, format) => {
  const r = await lab.run(['image', 'import', file === 'PLAIN' ? IMAGE : join(work, file), '--name', name, '--json']);
  expect(r.code).toBe(0);
  const stored = JSON.parse(r.stdout);
  expect(stored).toMatchObject({ name, compression, source_format: format });
  expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
  const info = await execa('qemu-img', ['info', '--output=json', stored.file]);
  expect(JSON.parse(info.stdout).format).toBe('qcow2');
});

test.each([
  ['cut.qcow2.gz', 'is truncated or corrupt: gzip says "unexpected end of file"'],
  ['cut.raw.xz', 'is truncated or corrupt: xz says "Unexpected end of input"'],
  ['cut.qcow2', 'is a damaged qcow2 (qemu-img check:'],
])('a truncated %s is refused with a clear message (exit 3), nothing stored', async (file, message) => {
  const r = await lab.run(['image', 'import', join(work, file), '--name', 'cut']);
  expect(r.code).toBe(3);
  expect(r.stderr).toContain(message);
  expect(JSON.parse((await lab.run(['image', 'list', '--json'])).stdout).images.map((i: any) => i.name)).not.toContain('cut');
});

test('each stored image boots: vm_image names it, SSH answers on every node', async () => {
  const byNode: Record<string, string> = { vs1: 'from-gz', vpp1: 'from-xz', host1: 'plain' };
  for (const [node, image] of Object.entries(byNode)) {
    const file = join(lab.specs, 'profiles', `${node}.json`);
    const profile = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...profile, vm_image: image }, null, 2));
  }
  const plan = JSON.parse((await lab.run(['plan', '-S', lab.specs, '--json'])).stdout);
  expect(plan.nodes.vs1.image).toBe(join(lab.home, 'images', 'from-gz.qcow2'));
  const r = await lab.run(['apply', '-S', lab.specs, '--yes']);
  expect(r.code).toBe(0);
  for (const node of Object.keys(byNode)) expect((await sh(lab, node, 'hostname')).trim()).toBe(node);
  // an image under running overlays is not removed by accident
  const rm = await lab.run(['image', 'rm', 'plain']);
  expect(rm.code).toBe(4);
  expect(rm.stderr).toContain('is the base of running overlays (e2e-images/host1)');
});
