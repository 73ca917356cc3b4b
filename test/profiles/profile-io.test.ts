import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { produce } from 'immer';
import { VmlabError } from '../../src/errors.js';
import { applyProfilePatch, restoreProfile } from '../../src/profiles/profile-io.js';
import type { DesiredNode } from '../../src/model/types.js';
import { profileAction } from '../../src/plan/profile-actions.js';
import type { PatchProfileAction } from '../../src/plan/types.js';
import type { StateStore } from '../../src/state/state-store.js';
import type { LabState } from '../../src/state/types.js';

/**
 * The StateStore's contract (state + update) in memory. Like the real one it
 * freezes what it holds (immer), and it notes what the profile file held at
 * each update, to check that the undo reaches state before the file changes.
 */
class FakeStore {
  state: LabState = {
    format_version: 1,
    name: 'lab',
    created: '2024-01-01T00:00:00.000Z',
    spec_dir: '/specs',
    host: null,
    serial: 0,
    lineage: 'x',
    nodes: {},
    links: [],
    profiles: {},
  };
  fileAtUpdate: (string | null)[] = [];
  constructor(private readonly watched: string) {}
  update(recipe: (draft: LabState) => void): LabState {
    this.fileAtUpdate.push(existsSync(this.watched) ? readFileSync(this.watched, 'utf8') : null);
    this.state = produce(this.state, (d) => {
      recipe(d);
      d.serial += 1;
    });
    return this.state;
  }
}

interface Want {
  mgmt_ip: string;
  ssh_port: number;
  console_port: number;
}
const WANT: Want = { mgmt_ip: '127.0.0.1', ssh_port: 40000, console_port: 30000 };

function setup(original: string | null) {
  const specDir = mkdtempSync(join(tmpdir(), 'vmlab-profile-'));
  mkdirSync(join(specDir, 'profiles'));
  const file = join(specDir, 'profiles', 'leaf1.json');
  if (original !== null) writeFileSync(file, original);
  const fake = new FakeStore(file);
  const store = fake as unknown as StateStore;
  const read = () => (existsSync(file) ? readFileSync(file, 'utf8') : null);
  /** Plans against the file as it is now (the way gather() sees it) and applies the plan's action. */
  const apply = (want: Want = WANT): { action: PatchProfileAction | null; notes: string[] } => {
    const text = read();
    const value = text === null ? undefined : (JSON.parse(text) as Record<string, unknown>);
    const observed = value === undefined ? undefined : { exists: true, mgmt_ip: value.mgmt_ip, ssh_port: value.ssh_port, console_port: value.console_port };
    const node = { name: 'leaf1', host: null, bindAddress: want.mgmt_ip, sshPort: want.ssh_port, consolePort: want.console_port } as unknown as DesiredNode;
    const action = profileAction(node, observed);
    const notes = action ? applyProfilePatch(specDir, action.node, action.profile, store) : [];
    return { action, notes };
  };
  const destroy = () => restoreProfile(specDir, 'leaf1', store);
  return { file, fake, store, read, apply, destroy, write: (text: string) => writeFileSync(file, text) };
}

describe('apply then destroy gives the file back byte for byte', () => {
  const cases: Record<string, string> = {
    'CRLF line ends': '{\r\n  "hostname": "leaf1",\r\n  "mgmt_ip": "PLACEHOLDER",\r\n  "asn": 4200000000123456789,\r\n  "mtu": 1500.0\r\n}\r\n',
    'a big integer last': '{\n    "hostname": "leaf1",\n    "asn": 4200000000123456789\n}\n',
    '1500.0 and an inline array last': '{\n  "mtu": 1500.0,\n  "vlans": [1, 2]\n}\n',
    tabs: '{\n\t"hostname": "leaf1",\n\t"vlans": [1, 2],\n\t"mtu": 1500.0\n}\n',
    'odd spacing, no final newline': '{ "hostname" :"leaf1" ,  "ssh_port":   22,"mtu":1500.0 }',
    'owned fields present with odd numbers': '{\n  "mgmt_ip": "0.0.0.0",\n  "ssh_port": 22.0,\n  "console_port": 2.2e1,\n  "vlans": [1, 2]\n}\n',
    'owned fields present as objects': '{\n  "mgmt_ip": { "v4": [10, 0, 0, 1] },\n  "ssh_port": null\n}',
    'a nested object last': '{\n  "bgp": {\n    "asn": 4200000000123456789,\n    "peers": [ ]\n  }\n}\n',
    'one line': '{"hostname": "leaf1", "vlans": [1,2]}',
    'an empty object': '{}\n',
    'leading and trailing blank space': '\n\n  {\n  "hostname": "leaf1"\n  }  \n\n',
  };
  for (const [name, original] of Object.entries(cases)) {
    test(name, () => {
      const { apply, destroy, read } = setup(original);
      apply();
      const applied = read()!;
      expect(JSON.parse(applied)).toMatchObject(WANT);
      destroy();
      expect(read()).toBe(original);
    });
  }
});

test('only the owned values change: numbers, arrays, CRLF and the missing final newline stay', () => {
  const { apply, read } = setup('{\r\n  "mgmt_ip": "PLACEHOLDER",\r\n  "asn": 4200000000123456789,\r\n  "mtu": 1500.0,\r\n  "vlans": [1, 2]\r\n}');
  apply();
  expect(read()).toBe(
    '{\r\n  "mgmt_ip": "127.0.0.1",\r\n  "asn": 4200000000123456789,\r\n  "mtu": 1500.0,\r\n  "vlans": [1, 2],\r\n  "ssh_port": 40000,\r\n  "console_port": 30000\r\n}',
  );
});

test('new fields follow a one-line object and tabs in their own style', () => {
  const oneLine = setup('{"hostname":"leaf1","vlans":[1,2]}\n');
  oneLine.apply();
  expect(oneLine.read()).toBe('{"hostname":"leaf1","vlans":[1,2],"mgmt_ip":"127.0.0.1","ssh_port":40000,"console_port":30000}\n');
  const tabs = setup('{\n\t"hostname" : "leaf1"\n}');
  tabs.apply();
  expect(tabs.read()).toBe('{\n\t"hostname" : "leaf1",\n\t"mgmt_ip" : "127.0.0.1",\n\t"ssh_port" : 40000,\n\t"console_port" : 30000\n}');
});

test('a profile vmlab creates is two-space JSON with a final newline, and destroy removes it', () => {
  const { apply, destroy, read, file } = setup(null);
  apply();
  expect(read()).toBe('{\n  "mgmt_ip": "127.0.0.1",\n  "ssh_port": 40000,\n  "console_port": 30000\n}\n');
  expect(destroy()).toEqual([]);
  expect(existsSync(file)).toBe(false);
});

test('a created profile the user added to is kept with the additions, and that is reported', () => {
  const { apply, destroy, read, write } = setup(null);
  apply();
  write(read()!.replace('\n}', ',\n  "hostname": "leaf1"\n}'));
  const notes = destroy();
  expect(read()).toBe('{\n  "hostname": "leaf1"\n}\n');
  expect(notes.join('\n')).toMatch(/profiles\/leaf1\.json.*hostname/);
});

test('a created profile whose port the user changed is kept with that port', () => {
  const { apply, destroy, read, write } = setup(null);
  apply();
  write(read()!.replace('40000', '41000'));
  const notes = destroy();
  expect(read()).toBe('{\n  "ssh_port": 41000\n}\n');
  expect(notes).toContain('profiles/leaf1.json: ssh_port was changed to 41000 after vmlab wrote 40000; left as it is');
});

test("a user's later edit wins over the restore and is reported; the other fields come back", () => {
  const original = '{\n  "mgmt_ip": "PLACEHOLDER",\n  "ssh_port": 22,\n  "hostname": "leaf1"\n}\n';
  const { apply, destroy, read, write } = setup(original);
  apply();
  write(read()!.replace('40000', '41000'));
  const notes = destroy();
  expect(read()).toBe('{\n  "mgmt_ip": "PLACEHOLDER",\n  "ssh_port": 41000,\n  "hostname": "leaf1"\n}\n');
  expect(notes).toEqual(['profiles/leaf1.json: ssh_port was changed to 41000 after vmlab wrote 40000; left as it is']);
});

test('a field the user removed since is left out and reported if it was there before vmlab', () => {
  const original = '{\n  "mgmt_ip": "PLACEHOLDER",\n  "hostname": "leaf1"\n}\n';
  const { apply, destroy, read, write } = setup(original);
  apply();
  write(read()!.replace('  "mgmt_ip": "127.0.0.1",\n', '').replace(',\n  "console_port": 30000', ''));
  const notes = destroy();
  expect(read()).toBe('{\n  "hostname": "leaf1"\n}\n');
  // console_port was vmlab's own addition: its removal needs no word
  expect(notes).toEqual(['profiles/leaf1.json: mgmt_ip was removed after vmlab wrote "127.0.0.1"; left out']);
});

test('the undo of a field first changed by a later apply is recorded too', () => {
  // mgmt_ip is already right at first: the first apply writes only the ports
  const original = '{\n  "mgmt_ip": "127.0.0.1",\n  "ssh_port": 22,\n  "hostname": "leaf1"\n}\n';
  const { apply, destroy, read, fake } = setup(original);
  expect(apply().action!.profile!.patch.map((op) => op.path)).toEqual(['/ssh_port', '/console_port']);
  expect(Object.keys(fake.state.profiles.leaf1!.fields)).toEqual(['ssh_port', 'console_port']);
  // the node moves to another address: now mgmt_ip changes for the first time
  expect(apply({ ...WANT, mgmt_ip: '192.0.2.7' }).action!.profile!.patch.map((op) => op.path)).toEqual(['/mgmt_ip']);
  expect(read()).toBe('{\n  "mgmt_ip": "192.0.2.7",\n  "ssh_port": 40000,\n  "hostname": "leaf1",\n  "console_port": 30000\n}\n');
  expect(destroy()).toEqual([]);
  expect(read()).toBe(original);
});

test('a field vmlab changes twice comes back to its value from before vmlab', () => {
  const original = '{ "ssh_port": 22 }';
  const { apply, destroy, read, fake } = setup(original);
  apply();
  apply({ ...WANT, ssh_port: 40001 });
  expect(fake.state.profiles.leaf1!.fields.ssh_port).toEqual({ had: true, original_text: '22', written: 40001 });
  expect(destroy()).toEqual([]);
  expect(read()).toBe(original);
});

test('the undo reaches state.json before the profile is written', () => {
  const original = '{\n  "mgmt_ip": "PLACEHOLDER"\n}\n';
  const { apply, fake, read } = setup(original);
  apply();
  expect(fake.fileAtUpdate).toEqual([original]);
  expect(fake.state.profiles.leaf1).toEqual({
    file: 'profiles/leaf1.json',
    existed: true,
    fields: {
      mgmt_ip: { had: true, original_text: '"PLACEHOLDER"', written: '127.0.0.1' },
      ssh_port: { had: false, written: 40000 },
      console_port: { had: false, written: 30000 },
    },
  });
  expect(read()).not.toBe(original);
});

test('a broken profile on destroy is an error naming the file and where; the undo stays for a later destroy', () => {
  const original = '{\n  "mgmt_ip": "PLACEHOLDER",\n  "mtu": 1500.0\n}\n';
  const { apply, destroy, read, write, fake } = setup(original);
  apply();
  const applied = read()!;
  const broken = applied.replace('"mtu": 1500.0,', '"mtu": 1500.0');
  write(broken);
  const before = fake.state.profiles.leaf1;
  let error: unknown;
  try {
    destroy();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(VmlabError);
  expect((error as Error).message).toMatch(/profiles\/leaf1\.json/);
  expect((error as Error).message).toMatch(/line 4, column 3/);
  expect(fake.state.profiles.leaf1).toBe(before);
  expect(read()).toBe(broken);
  // fixed by hand, the next destroy still puts everything back
  write(applied);
  destroy();
  expect(read()).toBe(original);
  expect(fake.state.profiles.leaf1).toBeUndefined();
});

test('a broken profile on apply is an error naming the file; nothing is written', () => {
  const { store, read, fake, file } = setup('{ "mgmt_ip": "PLACEHOLDER", }');
  const node = { name: 'leaf1', host: null, bindAddress: '127.0.0.1', sshPort: 40000, consolePort: 30000 } as unknown as DesiredNode;
  const action = profileAction(node, { exists: true, mgmt_ip: 'PLACEHOLDER' })!;
  expect(() => applyProfilePatch(join(file, '..', '..'), action.node, action.profile, store)).toThrow(/profiles\/leaf1\.json.*line 1, column 29/);
  expect(read()).toBe('{ "mgmt_ip": "PLACEHOLDER", }');
  expect(fake.state.profiles).toEqual({});
  expect(fake.fileAtUpdate).toEqual([]);
});

test('a profile that is not a JSON object, or names an owned field twice, is broken', () => {
  for (const text of ['[1, 2]\n', '{ "ssh_port": 1, "ssh_port": 2 }']) {
    const { store, file, read } = setup(text);
    const node = { name: 'leaf1', host: null, bindAddress: '127.0.0.1', sshPort: 40000, consolePort: 30000 } as unknown as DesiredNode;
    const action = profileAction(node, { exists: true })!;
    expect(() => applyProfilePatch(join(file, '..', '..'), action.node, action.profile, store)).toThrow(/profiles\/leaf1\.json/);
    expect(read()).toBe(text);
  }
});

test('a profile deleted since vmlab patched it is left deleted, with a word', () => {
  const { apply, destroy, file } = setup('{ "hostname": "leaf1" }');
  apply();
  rmSync(file);
  expect(destroy()).toEqual(['profiles/leaf1.json is gone; nothing to put back']);
  expect(existsSync(file)).toBe(false);
});
