import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpecIssue } from '../../src/errors.js';
import { Secrets, secretKeys } from '../../src/specs/secrets.js';
import { tmpDir } from '../helpers/cli.js';

function secretsFile(content: string, mode = 0o600): string {
  const file = join(tmpDir('vmlab-secrets-unit-'), 'secrets.json');
  writeFileSync(file, content);
  chmodSync(file, mode);
  return file;
}

test('references are ${secret:KEY}, anywhere in a string, any number of them', () => {
  expect(secretKeys('${secret:a}')).toEqual(['a']);
  expect(secretKeys('pre-${secret:a}-${secret:b.c}')).toEqual(['a', 'b.c']);
  expect(secretKeys('${secret:}')).toEqual(['']);
  expect(secretKeys('$secret:a, {secret:a}, ${SECRET:a}')).toEqual([]);
});

test('reveal replaces references at the moment of use; redact puts them back into messages', () => {
  const secrets = new Secrets(secretsFile('{ "pw": "s3cr3t-value", "user": "ops" }'), 'secrets.json', false);
  expect(secrets.reveal('${secret:pw}', 'the password')).toBe('s3cr3t-value');
  expect(secrets.reveal('${secret:user}@x-${secret:pw}', 'a value')).toBe('ops@x-s3cr3t-value');
  expect(secrets.reveal('plain', 'a value')).toBe('plain');
  expect(secrets.reveal(null, 'a value')).toBeNull();
  expect(secrets.redact('login as ops failed: s3cr3t-value was refused')).toBe('login as ${secret:user} failed: ${secret:pw} was refused');
  expect(secrets.warnings).toEqual([]);
});

test('a reference that cannot be resolved at the moment of use says which, without any value', () => {
  const secrets = new Secrets(secretsFile('{ "pw": "s3cr3t-value" }'), 'secrets.json', false);
  expect(() => secrets.reveal('${secret:nope}', 'the password of sw1')).toThrow(
    'the password of sw1 is ${secret:nope}, which cannot be resolved: secret "nope" is not in secrets.json (its keys: pw)',
  );
  try {
    secrets.reveal('${secret:nope}', 'the password of sw1');
  } catch (err) {
    expect((err as Error).message).not.toContain('s3cr3t-value');
  }
});

test('check: one issue per key that cannot be resolved, at file and JSON path; a broken file once', () => {
  const issues: SpecIssue[] = [];
  const good = new Secrets(secretsFile('{ "pw": "x" }'), 'secrets.json', false);
  good.check('${secret:pw}', 'nodes/sw1.json', '/ssh_pass', issues);
  good.check('${secret:other}', 'nodes/sw2.json', '/ssh_pass', issues);
  good.check('${secret:}', 'nodes/sw3.json', '/ssh_pass', issues);
  expect(issues).toEqual([
    { file: 'nodes/sw2.json', path: '/ssh_pass', message: 'secret "other" is not in secrets.json (its keys: pw)' },
    { file: 'nodes/sw3.json', path: '/ssh_pass', message: 'a secret reference needs a key: ${secret:KEY}' },
  ]);
  const broken: SpecIssue[] = [];
  const bad = new Secrets(secretsFile('["x"]'), 'secrets.json', false);
  bad.check('${secret:a}', 'nodes/sw1.json', '/ssh_pass', broken);
  bad.check('${secret:b}', 'nodes/sw2.json', '/ssh_pass', broken);
  expect(broken).toEqual([{ file: 'secrets.json', path: '', message: 'must be a JSON object of secret names to values: {"KEY": "value"}' }]);
});

test('a file others can read or write is warned about, by its mode', () => {
  for (const [mode, warned] of [
    [0o600, false],
    [0o400, false],
    [0o640, true],
    [0o644, true],
    [0o602, true],
  ] as const) {
    const file = secretsFile('{ "pw": "x" }', mode);
    const secrets = new Secrets(file, 'secrets.json', false);
    secrets.reveal('${secret:pw}', 'p');
    expect(secrets.warnings.length > 0).toBe(warned);
  }
});

test('an explicitly named file must exist; the default one only when something refers to it', () => {
  expect(new Secrets('/nonexistent/s.json', '/nonexistent/s.json', true).fileIssues()).toEqual([
    { file: '/nonexistent/s.json', path: '', message: 'file not found (named by --secrets or VMLAB_SECRETS)' },
  ]);
  expect(Secrets.of('/nonexistent-dir').fileIssues()).toEqual([]);
});

test('same() compares values once resolved, revealing nothing: two keys of one value are one login', () => {
  const secrets = new Secrets(secretsFile('{ "h1": "one-value", "h2": "one-value", "h3": "another" }'), 'secrets.json', false);
  expect(secrets.same('${secret:h1}', '${secret:h2}')).toBe(true);
  expect(secrets.same('${secret:h1}', 'one-value')).toBe(true);
  expect(secrets.same('x-${secret:h1}', 'x-${secret:h2}')).toBe(true);
  expect(secrets.same('${secret:h1}', '${secret:h3}')).toBe(false);
  expect(secrets.same(null, null)).toBe(true);
  expect(secrets.same('${secret:h1}', null)).toBe(false);
  // a key that cannot be resolved equals only its own text (check() reports it)
  expect(secrets.same('${secret:nope}', '${secret:nope}')).toBe(true);
  expect(secrets.same('${secret:nope}', '${secret:h1}')).toBe(false);
  // comparing is no use: nothing was revealed, so nothing is redacted
  expect(secrets.redact('one-value')).toBe('one-value');
});
