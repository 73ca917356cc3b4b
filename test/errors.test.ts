import { ConflictError, EnvironmentError, ExitCode, InternalError, LabBusyError, SpecError, UsageError, VmlabError, isBug } from '../src/errors.js';
import { StateError } from '../src/state/state-file.js';

/** The error vocabulary: one row per kind of trouble, with the code and exit code scripts rely on. */
test.each([
  ['a failed run', new VmlabError('QMP connection closed'), 'failed', ExitCode.failure, false],
  ['a bad argument', new UsageError('--lab: lab name is empty'), 'usage', ExitCode.invalid, true],
  ['bad specs', new SpecError([{ file: 'topology.json', path: '/links/0', message: 'no such device' }]), 'spec', ExitCode.invalid, true],
  ['damaged state', new StateError('/h/labs/x/state.json', ['/nodes: not an object']), 'state', ExitCode.failure, false],
  ['a busy lab', new LabBusyError('the lab is locked by pid 1'), 'busy', ExitCode.conflict, true],
  ['a conflict', new ConflictError('saved plan is stale'), 'conflict', ExitCode.conflict, true],
  ['the machine lacks QEMU', new EnvironmentError('qemu-system-x86_64 is not installed'), 'environment', ExitCode.failure, true],
  ['a bug', new InternalError('plan has a dependency cycle among a, b'), 'internal', ExitCode.internal, false],
])('%s: code %s', (_what, err, code, exitCode, userFault) => {
  expect(err).toBeInstanceOf(VmlabError);
  expect(err).toMatchObject({ code, exitCode, userFault });
  expect(isBug(err)).toBe(code === 'internal');
});

test('the exit codes of the README: 0 ok, 1 failure, 2 changes, 3 invalid, 4 conflict, 70 bug', () => {
  expect(ExitCode).toEqual({ ok: 0, failure: 1, changes: 2, invalid: 3, conflict: 4, internal: 70 });
});

test('a busy lab is a conflict, so code that catches conflicts catches it too', () => {
  expect(new LabBusyError('x')).toBeInstanceOf(ConflictError);
});

test('an error keeps its cause (ES2022), and has none unless given one', () => {
  const cause = Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  expect(new EnvironmentError('cannot open the lock file', { cause }).cause).toBe(cause);
  expect('cause' in new VmlabError('plain')).toBe(false);
});

test('anything that is not a VmlabError is a bug in vmlab', () => {
  expect(isBug(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(true);
  expect(isBug('a thrown string')).toBe(true);
});
