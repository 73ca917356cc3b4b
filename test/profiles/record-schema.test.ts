import { Ajv } from 'ajv';
import { patchProfileText } from '../../src/profiles/patch.js';
import { profileRecordSchema } from '../../src/state/profile-record-schema.js';

const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(profileRecordSchema);

test('records vmlab writes are valid', () => {
  const patch = [
    { op: 'replace' as const, path: '/mgmt_ip', value: '127.0.0.1' },
    { op: 'add' as const, path: '/ssh_port', value: 40000 },
  ];
  const existing = patchProfileText('profiles/leaf1.json', '{ "mgmt_ip": { "v4": [10, 0, 0, 1] } }', patch, undefined).record;
  const created = patchProfileText('profiles/leaf-1.x.json', null, patch, undefined).record;
  for (const record of [existing, created, { file: 'profiles/a.json', existed: true, fields: {} }]) {
    expect(validate(record)).toBe(true);
  }
});

test('anything else is refused', () => {
  const good = { file: 'profiles/leaf1.json', existed: true, fields: { ssh_port: { had: true, original_text: '22', written: 40000 } } };
  const bad: unknown[] = [
    { ...good, extra: 1 },
    { ...good, file: 'profiles/../../etc/passwd.json' },
    { ...good, file: '/etc/leaf1.json' },
    { ...good, existed: 'yes' },
    { file: good.file, existed: true },
    { ...good, fields: { hostname: { had: false, written: 'x' } } },
    { ...good, fields: { ssh_port: { had: true, written: 40000 } } },
    { ...good, fields: { ssh_port: { had: false, original_text: '22', written: 40000 } } },
    { ...good, fields: { ssh_port: { had: false, written: null } } },
    { ...good, fields: { ssh_port: { had: false } } },
    { ...good, restore: [{ op: 'remove', path: '/ssh_port' }] },
  ];
  for (const record of bad) expect({ record, valid: validate(record) }).toEqual({ record, valid: false });
});
