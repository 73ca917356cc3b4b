import type { Operation } from 'fast-json-patch';
import { InternalError } from '../../src/errors.js';
import { parseObject, removeProperty, setProperty } from '../../src/profiles/json-edit.js';
import { patchProfileText, restoreProfileText } from '../../src/profiles/patch.js';

const FILE = 'profiles/leaf1.json';
const original = '{\n    "mgmt_ip": "PLACEHOLDER",\n    "loopback_ip": "10.0.0.1",\n    "platform": "sonic-vs"\n}\n';
const patch: Operation[] = [
  { op: 'replace', path: '/mgmt_ip', value: '127.0.0.1' },
  { op: 'add', path: '/ssh_port', value: 40000 },
  { op: 'add', path: '/console_port', value: 30000 },
];

test('patching keeps key order, indentation and the final newline', () => {
  const { text } = patchProfileText(FILE, original, patch, undefined);
  expect(text).toBe(
    '{\n    "mgmt_ip": "127.0.0.1",\n    "loopback_ip": "10.0.0.1",\n    "platform": "sonic-vs",\n    "ssh_port": 40000,\n    "console_port": 30000\n}\n',
  );
});

test('the undo record gives back the original bytes', () => {
  const { text, record } = patchProfileText(FILE, original, patch, undefined);
  expect(restoreProfileText(text, record)).toEqual({ text: original, notes: [] });
});

test('restore leaves alone a field the user removed since', () => {
  const { text, record } = patchProfileText(FILE, original, patch, undefined);
  const edited = text.replace(/,\n {4}"console_port": 30000/, '');
  expect(restoreProfileText(edited, record)).toEqual({ text: original, notes: [] });
});

test('a profile that did not exist is created with two-space indentation', () => {
  const { text, record } = patchProfileText(FILE, null, patch.slice(1), undefined);
  expect(text).toBe('{\n  "ssh_port": 40000,\n  "console_port": 30000\n}\n');
  expect(record).toEqual({ file: FILE, existed: false, fields: { ssh_port: { had: false, written: 40000 }, console_port: { had: false, written: 30000 } } });
  expect(restoreProfileText(text, record)).toEqual({ text: null, notes: [] });
});

test('a field that already holds the wanted value is not touched and gets no undo', () => {
  const text = '{ "ssh_port": 40000.0 }';
  const result = patchProfileText(FILE, text, [{ op: 'replace', path: '/ssh_port', value: 40000 }], undefined);
  expect(result.text).toBe(text);
  expect(result.record.fields).toEqual({});
});

test('the record held in state is never mutated (it is frozen there)', () => {
  const first = patchProfileText(FILE, '{}', patch.slice(1), undefined);
  const frozen = Object.freeze({ ...first.record, fields: Object.freeze({ ...first.record.fields }) });
  const second = patchProfileText(FILE, first.text, [{ op: 'replace', path: '/ssh_port', value: 40001 }, patch[0]!], frozen);
  expect(second.record.fields.ssh_port).toEqual({ had: false, written: 40001 });
  expect(second.record.fields.mgmt_ip).toEqual({ had: false, written: '127.0.0.1' });
  expect(frozen.fields.ssh_port).toEqual({ had: false, written: 40000 });
});

test('only owned fields may be set', () => {
  for (const op of [
    { op: 'add', path: '/hostname', value: 'x' },
    { op: 'remove', path: '/ssh_port' },
    { op: 'add', path: '/ssh_port', value: { port: 1 } },
  ] as Operation[]) {
    expect(() => patchProfileText(FILE, '{}', [op], undefined)).toThrow(InternalError);
  }
});

describe('json-edit', () => {
  const parsed = (text: string) => parseObject(text, FILE, ['a']);

  test('appending then removing is byte for byte the same text', () => {
    for (const text of ['{}', '{"x":1}', '{ "x" : [1, 2] }', '{\r\n\t"x": 1\r\n}\r\n', '{\n  "x": {\n    "y": 1\n  }\n}', '  {  }  ']) {
      const added = setProperty(parsed(text), 'a', 'v');
      expect(JSON.parse(added)).toMatchObject({ a: 'v' });
      const removed = removeProperty(parsed(added), 'a');
      expect(removed).toBe(text === '  {  }  ' ? '  {}  ' : text);
    }
  });

  test('setting a present value changes only its bytes', () => {
    expect(setProperty(parsed('{"a" :  1500.0 ,"b":[1,2]}'), 'a', 7)).toBe('{"a" :  7 ,"b":[1,2]}');
  });

  test('removing the first of several properties leaves the next in its place', () => {
    expect(removeProperty(parsed('{\n  "a": 1,\n  "b": 2\n}'), 'a')).toBe('{\n  "b": 2\n}');
    expect(removeProperty(parsed('{"a": 1, "b": 2}'), 'a')).toBe('{"b": 2}');
  });

  test('broken text is an error with file, line and column', () => {
    expect(() => parsed('{\n  "a": 1,\n}')).toThrow('profiles/leaf1.json is not valid JSON at line 3, column 1: PropertyNameExpected');
    expect(() => parsed('{ // no comments\n}')).toThrow(/line 1, column 3/);
    expect(() => parsed('')).toThrow(/profiles\/leaf1\.json/);
    expect(() => parsed('"a"')).toThrow('profiles/leaf1.json is not a JSON object');
    expect(() => parsed('{"a": 1,\n "a": 2}')).toThrow('profiles/leaf1.json is not valid JSON at line 2, column 2: "a" appears more than once');
  });
});

test('a profile with a UTF-8 byte-order mark is edited and restored with the mark kept', () => {
  const withBom = `\uFEFF${original}`;
  const { text, record } = patchProfileText(FILE, withBom, patch, undefined);
  expect(text.startsWith('\uFEFF{\n    "mgmt_ip": "127.0.0.1",')).toBe(true);
  expect(restoreProfileText(text, record)).toEqual({ text: withBom, notes: [] });
});
