import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setVerbose } from '../../../src/verbose.js';

// A stand-in for QEMU that writes a PID to its -pidfile and exits, as the daemonizing parent does.
const dir = mkdtempSync(join(tmpdir(), 'vmlab-qemu-'));
const fake = join(dir, 'qemu-system-x86_64');
writeFileSync(fake, '#!/bin/sh\nwhile [ $# -gt 0 ]; do [ "$1" = -pidfile ] && echo 4242 > "$2"; shift; done\nexit 0\n');
chmodSync(fake, 0o755);
process.env.VMLAB_QEMU = fake;
const { startQemu } = await import('../../../src/exec/qemu/process.js');
afterAll(() => {
  delete process.env.VMLAB_QEMU;
});
afterEach(() => setVerbose(null));

test('-v shows the QEMU command line as it is run, and the PID it got', async () => {
  const lines: string[] = [];
  setVerbose((line) => lines.push(line));
  const pidfile = join(dir, 'sw1.pid');
  const pid = await startQemu(['-name', 'sw1', '-pidfile', pidfile, '-fw_cfg', 'name=opt/vmlab/hostname,string=sw1', '-append', 'console=ttyS0 quiet'], pidfile);
  expect(pid).toBe(4242);
  expect(lines).toEqual([
    `[verbose] qemu sw1 $ ${fake} -name sw1 -pidfile ${pidfile} -fw_cfg 'name=opt/vmlab/hostname,string=sw1' -append 'console=ttyS0 quiet'\n`,
    '[verbose] qemu sw1 running, pid 4242\n',
  ]);
});
