import { patchProfileText, restoreProfileText } from '../../src/profiles/patch.js';

const original = '{\n    "mgmt_ip": "PLACEHOLDER",\n    "loopback_ip": "10.0.0.1",\n    "platform": "sonic-vs"\n}\n';
const patch = [
  { op: 'replace' as const, path: '/mgmt_ip', value: '127.0.0.1' },
  { op: 'add' as const, path: '/ssh_port', value: 40000 },
  { op: 'add' as const, path: '/console_port', value: 30000 },
];

test('patching keeps key order, indentation and the final newline', () => {
  const { text } = patchProfileText(original, patch);
  expect(text).toBe('{\n    "mgmt_ip": "127.0.0.1",\n    "loopback_ip": "10.0.0.1",\n    "platform": "sonic-vs",\n    "ssh_port": 40000,\n    "console_port": 30000\n}\n');
});

test('the restore patch gives back the original bytes', () => {
  const { text, restore } = patchProfileText(original, patch);
  expect(restoreProfileText(text, restore)).toBe(original);
});

test('restore leaves alone a field the user removed since', () => {
  const { text, restore } = patchProfileText(original, patch);
  const edited = text.replace(/,\n {4}"console_port": 30000/, '');
  expect(JSON.parse(restoreProfileText(edited, restore))).toEqual(JSON.parse(original));
});

test('a profile that did not exist is created with two-space indentation', () => {
  expect(patchProfileText(null, patch.slice(1)).text).toBe('{\n  "ssh_port": 40000,\n  "console_port": 30000\n}\n');
});
