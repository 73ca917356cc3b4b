import { parseJson } from '../../src/specs/json-file.js';

/** The one issue a text produces, as "path: message". */
function problems(text: string): string[] {
  const read = parseJson(text, 'topology.json');
  return read.ok ? [] : read.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('spec JSON: syntax errors point at the right line and column', () => {
  test.each([
    // text, line and column of the mistake, what is said about it
    ['{\n  "devices": {\n    "sw1": {},\n  }\n}', 'line 4, column 3', 'a comma after the last entry'],
    ['{\n  "a": tru\n}', 'line 2, column 8', 'unexpected "tru"'],
    ['{\n  "a": 1\n  "b": 2\n}', 'line 3, column 3', "expected ','"],
    ['{\n  "a": "x\n}', 'line 2, column 8', 'string'],
    ['{\n  "a": 1\n', 'line 3, column 1', "expected '}'"],
    ['{"a": 1}}', 'line 1, column 9', 'after the end'],
    ['{\n  // note\n  "a": 1\n}', 'line 2, column 3', 'comments'],
    ['', 'line 1, column 1', 'empty'],
  ])('%j: %s', (text, where, what) => {
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`malformed JSON at ${where}`);
    expect(found[0]).toContain(what);
  });

  test('valid JSON parses to what JSON.parse gives', () => {
    const text = '{ "devices": { "sw1": { "n": 1.5e3, "s": "\\u00e9\\n", "l": [true, null] } } }';
    expect(parseJson(text, 'topology.json')).toEqual({ ok: true, text, value: JSON.parse(text) });
  });
});

describe('spec JSON: duplicate keys are errors, wherever they are', () => {
  test('the second of two equal keys is named with both positions', () => {
    const text = '{\n  "platforms": {\n    "switch": {\n      "vm_memory": 2048,\n      "vm_memory": 4096\n    }\n  }\n}\n';
    expect(problems(text)).toEqual([
      '/platforms/switch/vm_memory: key "vm_memory" appears twice in this object (line 4, column 7 and line 5, column 7), and only the last one would count; remove one',
    ]);
  });

  test('each duplicate is reported; equal keys in different objects are fine', () => {
    const text = '{"devices": {"a": {}, "b": {}, "a": {}}, "x": [{"k": 1, "k": 2}, {"k": 3}], "x": 1}';
    expect(problems(text).map((p) => p.split(':')[0])).toEqual(['/devices/a', '/x/0/k', '/x']);
  });

  test('JSON pointers escape "/" and "~" in keys', () => {
    expect(problems('{"a/b": {"c~d": 1, "c~d": 2}}')[0]).toMatch(/^\/a~1b\/c~0d: /);
  });
});

test('a UTF-8 byte-order mark is tolerated; line and column ignore it', () => {
  expect(parseJson('\uFEFF{"devices": {}}', 'topology.json')).toMatchObject({ ok: true, value: { devices: {} } });
  expect(problems('\uFEFF{\n  "a": ,\n}')[0]).toContain('malformed JSON at line 2, column 8');
});
