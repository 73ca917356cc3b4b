import { reportError } from '../../src/cli/report-error.js';
import { EnvironmentError, InternalError, LabBusyError, SpecError, UsageError, VmlabError } from '../../src/errors.js';

function report(err: unknown): { code: number; stderr: string } {
  let stderr = '';
  const code = reportError(err, { out: () => undefined, err: (t) => (stderr += t), env: {}, cwd: '/' });
  return { code, stderr };
}

test('a user error is one line with its exit code, no stack', () => {
  const { code, stderr } = report(new UsageError('no spec directory: pass -S DIR or set VMLAB_SPECS'));
  expect(code).toBe(3);
  expect(stderr).toBe('error: no spec directory: pass -S DIR or set VMLAB_SPECS\n');
});

test('spec errors list every issue and say nothing was touched', () => {
  const { code, stderr } = report(new SpecError([{ file: 'topology.json', path: '/links/0', message: 'no such device' }]));
  expect(code).toBe(3);
  expect(stderr).toBe('error: topology.json /links/0: no such device\n1 problem in the specs; nothing was started or written.\n');
});

test('a busy lab exits 4', () => {
  expect(report(new LabBusyError('the lab is locked by pid 7')).code).toBe(4);
});

test('a cause the message does not already tell is shown under it', () => {
  const cause = new Error('EROFS: read-only file system');
  const { code, stderr } = report(new EnvironmentError('cannot open the lock file /h/locks/x.lock', { cause }));
  expect(code).toBe(1);
  expect(stderr).toBe('error: cannot open the lock file /h/locks/x.lock\n  caused by: EROFS: read-only file system\n');
  expect(report(new VmlabError('cannot lock: EROFS: read-only file system', { cause })).stderr).not.toContain('caused by');
});

test('an unexpected exception is a bug: it says so, shows the stack, and exits 70', () => {
  const { code, stderr } = report(new TypeError("Cannot read properties of undefined (reading 'pid')"));
  expect(code).toBe(70);
  expect(stderr).toMatch(/^error: internal error: this is a bug in vmlab; please report it/);
  expect(stderr).toContain("TypeError: Cannot read properties of undefined (reading 'pid')\n    at ");
});

test('an explicit internal error is a bug too, and its cause is part of the story', () => {
  const { code, stderr } = report(new InternalError('plan has a dependency cycle among start:a, start:b', { cause: new RangeError('deep inside') }));
  expect(code).toBe(70);
  expect(stderr).toContain('this is a bug in vmlab');
  expect(stderr).toContain('InternalError: plan has a dependency cycle among start:a, start:b\n    at ');
  expect(stderr).toContain('caused by: RangeError: deep inside\n    at ');
});

test('a cause is shown by its first line only: for a failed command, the command as run', () => {
  const cause = new Error('Command failed with exit code 1: qemu-img snapshot -c s1 /h/labs/x/disks/a.qcow2\n\nqemu-img: Could not open: Permission denied');
  const { stderr } = report(new VmlabError('qemu-img snapshot -c s1 /h/labs/x/disks/a.qcow2: qemu-img: Could not open: Permission denied', { cause }));
  expect(stderr).toBe(
    'error: qemu-img snapshot -c s1 /h/labs/x/disks/a.qcow2: qemu-img: Could not open: Permission denied\n' +
      '  caused by: Command failed with exit code 1: qemu-img snapshot -c s1 /h/labs/x/disks/a.qcow2\n',
  );
});
