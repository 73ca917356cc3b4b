import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QemuStartError, startQemu } from '../../../src/exec/qemu/process.js';
import { setVerbose } from '../../../src/verbose.js';

// A stand-in for QEMU that writes a PID to its -pidfile and exits, as the daemonizing parent does.
const dir = mkdtempSync(join(tmpdir(), 'vmlab-qemu-'));
const fake = join(dir, 'qemu-system-x86_64');
writeFileSync(fake, '#!/bin/sh\nwhile [ $# -gt 0 ]; do [ "$1" = -pidfile ] && echo 4242 > "$2"; shift; done\nexit 0\n');
chmodSync(fake, 0o755);
afterEach(() => setVerbose(null));

test('-v shows the QEMU command line as it is run, and the PID it got', async () => {
  const lines: string[] = [];
  setVerbose((line) => lines.push(line));
  const pidfile = join(dir, 'sw1.pid');
  const pid = await startQemu(
    fake,
    ['-name', 'sw1', '-pidfile', pidfile, '-fw_cfg', 'name=opt/vmlab/hostname,string=sw1', '-append', 'console=ttyS0 quiet'],
    pidfile,
  );
  expect(pid).toBe(4242);
  expect(lines).toEqual([
    `[verbose] qemu sw1 $ ${fake} -name sw1 -pidfile ${pidfile} -fw_cfg 'name=opt/vmlab/hostname,string=sw1' -append 'console=ttyS0 quiet'\n`,
    '[verbose] qemu sw1 running, pid 4242\n',
  ]);
});

test('a QEMU that refuses to start leaves the whole story in the error: command line, exit code, all of stderr, the cause', async () => {
  const refusing = join(dir, 'refusing-qemu');
  writeFileSync(refusing, '#!/bin/sh\necho "qemu: -netdev socket,id=l1,listen=:40001: Address already in use" >&2\necho "second line" >&2\nexit 1\n');
  chmodSync(refusing, 0o755);
  const argv = ['-name', 'sw1', '-netdev', 'socket,id=l1,listen=:40001'];
  const err = await startQemu(refusing, argv, join(dir, 'sw1.pid')).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(QemuStartError);
  expect(err).toMatchObject({
    code: 'failed',
    exitCode: 1,
    message: expect.stringContaining('QEMU did not start (exit 1): qemu: -netdev socket,id=l1,listen=:40001: Address already in use'),
    command: [refusing, ...argv],
    qemuExitCode: 1,
    stderr: 'qemu: -netdev socket,id=l1,listen=:40001: Address already in use\nsecond line',
  });
  expect((err as Error).cause).toMatchObject({ exitCode: 1, failed: true });
});

test("a QEMU that is not installed is the machine's problem, said as such", async () => {
  await expect(startQemu(join(dir, 'no-such-qemu'), ['-name', 'sw1'], join(dir, 'sw1.pid'))).rejects.toMatchObject({
    code: 'environment',
    message: expect.stringContaining('no-such-qemu is not installed'),
  });
});
