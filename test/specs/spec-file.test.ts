// Issue 18: what the spec loader reads, how deep, and how names are shown.
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpDir } from '../helpers/cli.js';
import { parseJson, readJson } from '../../src/specs/json-file.js';
import { MAX_JSON_DEPTH } from '../../src/specs/json-depth.js';
import { MAX_SPEC_FILE_BYTES, readSpecText } from '../../src/specs/spec-file.js';
import { printable, printableLines } from '../../src/printable.js';
import { cpuFeaturesProblem } from '../../src/specs/vm-limits.js';

const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);

test(`JSON nested ${MAX_JSON_DEPTH} deep is read, one level more is refused with where it is`, () => {
  expect(parseJson(nested(MAX_JSON_DEPTH), 'f.json').ok).toBe(true);
  const deeper = parseJson(`{"a": {"b/c": [0, ${nested(MAX_JSON_DEPTH)}]}}`, 'f.json');
  expect(deeper).toEqual({
    ok: false,
    issues: [{ file: 'f.json', path: '/a/b~1c/1/0/0/0/…', message: expect.stringMatching(/^nested more than 100 levels deep \(at line 1, column \d+\)/) }],
  });
});

test('brackets inside strings do not count as nesting', () => {
  expect(parseJson(JSON.stringify({ a: '['.repeat(5000), b: '"\\'.repeat(10) }), 'f.json').ok).toBe(true);
});

test('parsed objects have no prototype: a lookup of "constructor" finds nothing, a "__proto__" key is a key', () => {
  const read = parseJson('{"devices": {"__proto__": {"x": 1}, "a": {}}}', 'f.json');
  if (!read.ok) throw new Error('not parsed');
  const devices = (read.value as { devices: Record<string, unknown> }).devices;
  expect(devices.constructor).toBeUndefined();
  expect(devices.toString).toBeUndefined();
  expect(Object.keys(devices)).toEqual(['__proto__', 'a']);
  expect(Object.getPrototypeOf(devices)).toBeNull();
});

describe('only regular files within the size cap are read', () => {
  const dir = tmpDir('vmlab-spec-file-');
  test('a FIFO is refused at once (opened non-blocking)', () => {
    execFileSync('mkfifo', [join(dir, 'fifo.json')]);
    const started = Date.now();
    expect(readSpecText(join(dir, 'fifo.json'))).toEqual({ ok: false, message: expect.stringContaining('is a FIFO (named pipe), not a regular file') });
    expect(Date.now() - started).toBeLessThan(1000);
  });
  test('a symlink to a device, a directory, a dangling link, a loop', () => {
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    mkdirSync(join(dir, 'dir.json'));
    symlinkSync('gone.json', join(dir, 'dangling.json'));
    symlinkSync('loop.json', join(dir, 'loop.json'));
    expect(readJson(join(dir, 'zero.json'), 'zero.json')).toEqual({
      ok: false,
      issues: [{ file: 'zero.json', path: '', message: expect.stringContaining('is a character device') }],
    });
    expect(readSpecText(join(dir, 'dir.json'))).toMatchObject({ ok: false, message: expect.stringContaining('is a directory') });
    expect(readSpecText(join(dir, 'dangling.json'))).toMatchObject({ ok: false, message: 'is a symlink to gone.json, which does not exist' });
    expect(readSpecText(join(dir, 'loop.json'))).toMatchObject({ ok: false, message: expect.stringContaining('a loop of symlinks') });
    expect(readSpecText(join(dir, 'absent.json'))).toEqual({ ok: false, message: 'file not found', missing: true });
  });
  test(`a file of exactly ${MAX_SPEC_FILE_BYTES} bytes is read, one byte more is refused`, () => {
    const file = join(dir, 'big.json');
    writeFileSync(file, `"${'x'.repeat(MAX_SPEC_FILE_BYTES - 2)}"`);
    expect(readSpecText(file)).toMatchObject({ ok: true });
    appendFileSync(file, ' ');
    expect(readSpecText(file)).toEqual({ ok: false, message: expect.stringContaining('a spec file may be at most 8 MiB') });
  });
});

test('control characters are shown as escapes; multi-line text keeps its newlines', () => {
  expect(printable('a\u001b[31m\u0000\nb\u009b\u202e')).toBe('a\\u001b[31m\\u0000\\u000ab\\u009b\\u202e');
  expect(printableLines('line 1\n\tline \u001b2')).toBe('line 1\n\tline \\u001b2');
  expect(printable('gerät 交换机 🔥')).toBe('gerät 交换机 🔥');
});

test.each([['+sse4.2'], [',+sse4.2,-pdpe1gb'], ['phys-bits=40,x2apic=off'], ['']])('vm_cpu_features %j is QEMU syntax', (features) => {
  expect(cpuFeaturesProblem(features)).toBeNull();
});
test.each([['+sse4.2, -pdpe1gb'], [' '], ['+x2apic -S'], ['a,,b'], ['+a=b'], ['x;reboot']])('vm_cpu_features %j is not', (features) => {
  expect(cpuFeaturesProblem(features)).toMatch(/is not a QEMU CPU feature list/);
});
