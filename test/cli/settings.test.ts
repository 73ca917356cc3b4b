import { homedir } from 'node:os';
import { join } from 'node:path';
import { homeOf, qemuTools, vmlabHome } from '../../src/cli/settings.js';
import type { CliIo } from '../../src/cli/io.js';

const io = (env: NodeJS.ProcessEnv): CliIo => ({ out: () => undefined, err: () => undefined, env, cwd: '/work/here' });

test('the QEMU tools come from the CLI environment, with the defaults where it says nothing (or says "")', () => {
  expect(qemuTools(io({ PATH: '/usr/bin:/bin' }))).toEqual({
    qemu: 'qemu-system-x86_64',
    qemuImg: 'qemu-img',
    stopGraceMs: 10_000,
    searchPath: '/usr/bin:/bin',
  });
  expect(qemuTools(io({ VMLAB_QEMU: '', VMLAB_QEMU_IMG: '', VMLAB_STOP_GRACE_MS: '' }))).toEqual({
    qemu: 'qemu-system-x86_64',
    qemuImg: 'qemu-img',
    stopGraceMs: 10_000,
    searchPath: '',
  });
  expect(qemuTools(io({ VMLAB_QEMU: '/opt/q/qemu', VMLAB_QEMU_IMG: '/opt/q/qemu-img', VMLAB_STOP_GRACE_MS: '0' }))).toMatchObject({
    qemu: '/opt/q/qemu',
    qemuImg: '/opt/q/qemu-img',
    stopGraceMs: 0,
  });
});

test.each(['soon', '-5', 'Infinity'])('VMLAB_STOP_GRACE_MS=%s is refused as a usage error', (value) => {
  expect(() => qemuTools(io({ VMLAB_STOP_GRACE_MS: value }))).toThrow(
    expect.objectContaining({ code: 'usage', exitCode: 3, message: expect.stringContaining('VMLAB_STOP_GRACE_MS') }),
  );
});

test('the home is VMLAB_HOME taken from the working directory, else ~/.vmlab', () => {
  expect(homeOf(io({ VMLAB_HOME: 'rel/home' }))).toBe('/work/here/rel/home');
  expect(vmlabHome({ VMLAB_HOME: '' }, '/x')).toBe(join(homedir(), '.vmlab'));
  expect(vmlabHome({}, '/x')).toBe(join(homedir(), '.vmlab'));
});
