/**
 * Snapshots, ssh-config, exec and base-image safety on a running 2-node lab.
 */
import { appendFileSync, copyFileSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { execa } from 'execa';
import { cleanUp, IMAGE, makeLab, requireQemu, type TestLab } from './harness.js';
import { sh } from './traffic.js';

jest.setTimeout(400_000);

let lab: TestLab;
let base: string;

beforeAll(async () => {
  requireQemu();
  lab = makeLab('labs/two-node', 'e2e-snap', { link: 46900, console: 46910, ssh: 46920 });
  // This lab gets a base image of its own, so the test may change it.
  base = join(lab.home, '..', 'base.qcow2');
  copyFileSync(IMAGE, base);
  const platforms = JSON.parse(readFileSync(join(lab.specs, 'platforms.json'), 'utf8'));
  platforms.platforms.switch.vm_image = base;
  writeFileSync(join(lab.specs, 'platforms.json'), JSON.stringify(platforms, null, 2));
  const r = await lab.run(['apply', '-S', lab.specs, '--yes']);
  if (r.code !== 0) throw new Error(`apply failed:\n${r.stderr}`);
});

afterAll(async () => {
  if (lab) await cleanUp(lab);
});

test('ssh-config lets plain OpenSSH log in (with the lab key, no password)', async () => {
  const r = await lab.run(['ssh-config', '--lab', lab.name]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('Host sw1\n  HostName 127.0.0.1\n  Port 46920\n  User admin\n  IdentityFile ');
  const config = join(lab.home, '..', 'ssh_config');
  writeFileSync(config, r.stdout);
  const ssh = await execa('ssh', ['-F', config, '-o', 'BatchMode=yes', 'sw2', 'hostname'], { reject: false, stdin: 'ignore' });
  expect({ code: ssh.exitCode, out: String(ssh.stdout).trim() }).toEqual({ code: 0, out: 'sw2' });
});

test('exec runs a command on every node and reports each exit code', async () => {
  const r = await lab.run(['exec', '--all', '--lab', lab.name, '--json', '--', 'hostname']);
  expect(r.code).toBe(0);
  const results = JSON.parse(r.stdout).results.map((x: any) => [x.node, x.exit_code, x.stdout.trim()]);
  expect(results).toEqual([
    ['sw1', 0, 'sw1'],
    ['sw2', 0, 'sw2'],
  ]);
  expect((await lab.run(['exec', 'sw1', '--lab', lab.name, '--', 'false'])).code).toBe(1);
});

test('snapshot, lose a file, restore: the file is back and the link still passes traffic', async () => {
  await sh(lab, 'sw1', 'ip addr add 10.9.0.0/31 dev eth1; echo before-snapshot > /tmp/marker');
  await sh(lab, 'sw2', 'ip addr add 10.9.0.1/31 dev eth1');
  const snap = await lab.run(['snapshot', '--name', 's1', '--lab', lab.name]);
  expect(snap.code).toBe(0);
  const list = JSON.parse((await lab.run(['snapshot', '--list', '--lab', lab.name, '--json'])).stdout);
  expect(list.snapshots.map((s: any) => [s.name, s.nodes])).toEqual([['s1', ['sw1', 'sw2']]]);
  expect(list.snapshots[0].bytes).toBeGreaterThan(1_000_000); // RAM state of two guests

  await sh(lab, 'sw1', 'rm /tmp/marker');
  expect((await lab.run(['ssh', 'sw1', '--lab', lab.name, '--', 'cat /tmp/marker'])).code).not.toBe(0);
  const restore = await lab.run(['restore', '--name', 's1', '--lab', lab.name]);
  expect(restore.code).toBe(0);
  expect((await sh(lab, 'sw1', 'cat /tmp/marker')).trim()).toBe('before-snapshot');
  await sh(lab, 'sw1', 'ping -c 3 -W 3 10.9.0.1');
});

test('a stopped node is snapshotted offline, and restore starts a stopped node paused and loads it', async () => {
  await sh(lab, 'sw2', 'echo sw2-marker > /tmp/marker');
  expect((await lab.run(['snapshot', '--name', 's2', '--lab', lab.name])).code).toBe(0);
  expect((await lab.run(['stop', 'sw2', '--lab', lab.name, '--yes'])).code).toBe(0);
  // offline: qemu-img snapshot on sw2's overlay, savevm on the running sw1
  expect((await lab.run(['snapshot', '--name', 'offline', '--lab', lab.name])).code).toBe(0);
  const offline = await execa('qemu-img', ['snapshot', '-l', join(lab.labDir, 'disks', 'sw2.qcow2')]);
  expect(String(offline.stdout)).toContain('offline');
  expect((await lab.run(['snapshot', '--delete', 'offline', '--lab', lab.name])).code).toBe(0);

  const r = await lab.run(['restore', '--name', 's2', '--lab', lab.name]);
  expect(r.stderr).toContain('sw2: starting paused to load the snapshot');
  expect(r.code).toBe(0);
  expect((await sh(lab, 'sw2', 'cat /tmp/marker')).trim()).toBe('sw2-marker');
  await sh(lab, 'sw1', 'ping -c 3 -W 3 10.9.0.1');
  expect((await lab.run(['snapshot', '--delete', 's2', '--lab', lab.name])).code).toBe(0);
});

test('restore refuses when the topology changed since the snapshot, unless --force', async () => {
  const original = readFileSync(join(lab.specs, 'platforms.json'), 'utf8');
  const changed = JSON.parse(original);
  changed.platforms.switch.vm_memory = 320;
  writeFileSync(join(lab.specs, 'platforms.json'), JSON.stringify(changed));
  try {
    const r = await lab.run(['restore', '--name', 's1', '--lab', lab.name]);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('the topology changed since snapshot "s1" was taken');
  } finally {
    writeFileSync(join(lab.specs, 'platforms.json'), original);
  }
  expect((await lab.run(['snapshot', '--delete', 's1', '--lab', lab.name])).code).toBe(0);
  expect(JSON.parse((await lab.run(['snapshot', '--list', '--lab', lab.name, '--json'])).stdout).snapshots).toEqual([]);
});

test('a base image changed under the lab makes plan replace its nodes', async () => {
  const size = readFileSync(base).length;
  appendFileSync(base, Buffer.alloc(4096, 1));
  try {
    const plan = JSON.parse((await lab.run(['plan', '-S', lab.specs, '--json'])).stdout);
    expect(plan.actions.map((a: any) => a.id)).toEqual(['replace:sw1', 'replace:sw2']);
    expect(plan.actions[0].reasons[0]).toMatchObject({ code: 'image-changed', old_size: size, new_size: size + 4096 });
  } finally {
    truncateSync(base, size);
  }
  expect((await lab.run(['plan', '-S', lab.specs, '--detailed-exitcode'])).code).toBe(0);
});
