import { isLabQemu } from '../../src/state/identity.js';

const lab = '/home/u/.vmlab/labs/demo';
const qemu = (...args: string[]) => ({ exe: '/usr/bin/qemu-system-x86_64', cmdline: ['qemu-system-x86_64', ...args] });
test.each([
  ['our QEMU', qemu('-pidfile', `${lab}/qemu/a.pid`), true],
  ['no such process', null, false],
  ['PID reused by a shell', { exe: '/usr/bin/bash', cmdline: ['bash', '-c', `echo ${lab}/qemu`] }, false],
  ["another lab's QEMU", qemu('-pidfile', '/home/u/.vmlab/labs/demo2/qemu/a.pid'), false],
  ['deleted binary after an upgrade', { exe: '/usr/bin/qemu-system-x86_64 (deleted)', cmdline: ['q', '-pidfile', `${lab}/qemu/x.pid`] }, true],
  // The guard rails: a path that merely contains the lab directory proves nothing.
  ["a QEMU that only names the lab's directory elsewhere", qemu('-drive', `file=${lab}/disks/a.qcow2`, '-pidfile', '/tmp/a.pid'), false],
  ['a lab directory given as the parent of all labs', qemu('-pidfile', `${lab}/qemu/a.pid`), false, '/home/u/.vmlab/labs'],
  ['a pidfile deeper in the tree', qemu('-pidfile', `${lab}/qemu/sub/a.pid`), false],
  ['a pidfile with an unsafe node name', qemu('-pidfile', `${lab}/qemu/../a.pid`), false],
  ['the lab directory with a trailing slash', qemu('-pidfile', `${lab}/qemu/a.pid`), true, `${lab}/`],
] as const)('%s → %s', (_what, info, expected, dir: string = lab) => {
  expect(isLabQemu(info as any, dir)).toBe(expected);
});
