import { isLabQemu } from '../../src/state/identity.js';

const lab = '/home/u/.vmlab/labs/demo';
test.each([
  ['our QEMU', { exe: '/usr/bin/qemu-system-x86_64', cmdline: ['qemu-system-x86_64', '-pidfile', `${lab}/qemu/a.pid`] }, true],
  ['no such process', null, false],
  ['PID reused by a shell', { exe: '/usr/bin/bash', cmdline: ['bash', '-c', `echo ${lab}/qemu`] }, false],
  ["another lab's QEMU", { exe: '/usr/bin/qemu-system-x86_64', cmdline: ['qemu-system-x86_64', '-pidfile', '/home/u/.vmlab/labs/demo2/qemu/a.pid'] }, false],
  ['deleted binary after an upgrade', { exe: '/usr/bin/qemu-system-x86_64 (deleted)', cmdline: ['q', `${lab}/x`] }, true],
] as const)('%s → %s', (_what, info, expected) => {
  expect(isLabQemu(info as any, lab)).toBe(expected);
});
