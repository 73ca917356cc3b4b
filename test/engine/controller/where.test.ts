// One rule decides, for every command, whether a lab runs here or on its servers driven from here.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { whereToRun } from '../../../src/engine/controller/where.js';
import { writeControllerRecord, type ControllerRecord } from '../../../src/state/controller-record.js';
import { FIXTURES, tmpDir } from '../../helpers/cli.js';

function setup() {
  const root = tmpDir('vmlab-where-');
  const home = join(root, 'home');
  const twoHosts = join(root, 'two-hosts');
  const oneHost = join(root, 'two-node');
  cpSync(join(FIXTURES, 'labs', 'two-hosts'), twoHosts, { recursive: true });
  cpSync(join(FIXTURES, 'labs', 'two-node'), oneHost, { recursive: true });
  return { home, twoHosts, oneHost };
}

const record = (specDir: string): ControllerRecord => ({
  format_version: 1,
  name: 'two-hosts',
  spec_dir: specDir,
  sources: {},
  servers: [
    { name: 'server-a', address: '10.0.0.1', ssh: 'server-a', vmlab: 'vmlab' },
    { name: 'server-b', address: '10.0.0.2', ssh: 'server-b', vmlab: 'vmlab' },
  ],
  placement: {},
  profiles: {},
});

test('apply of specs across servers drives them from here, before any record exists; any other command runs here until then', () => {
  const { home, twoHosts, oneHost } = setup();
  expect(whereToRun(home, { specs: twoHosts }, 'apply', twoHosts)).toEqual({ here: false, record: null });
  expect(whereToRun(home, { specs: twoHosts }, 'other')).toEqual({ here: true });
  expect(whereToRun(home, { specs: oneHost }, 'apply', oneHost)).toEqual({ here: true });
});

test('once this machine holds the controller record, every command about the lab (apply too) goes to its servers', () => {
  const { home, twoHosts } = setup();
  writeControllerRecord(home, record(twoHosts));
  for (const command of ['apply', 'other'] as const) {
    expect(whereToRun(home, { specs: twoHosts }, command, twoHosts)).toMatchObject({ here: false, record: { name: 'two-hosts' } });
    expect(whereToRun(home, { lab: 'two-hosts' }, command, twoHosts)).toMatchObject({ here: false, record: { name: 'two-hosts' } });
  }
  // With no lab named, the only lab this machine drives is the one meant.
  expect(whereToRun(home, {}, 'other')).toMatchObject({ here: false });
});

test("--host always means this machine's own share, and a saved plan is applied here", () => {
  const { home, twoHosts } = setup();
  writeControllerRecord(home, record(twoHosts));
  expect(whereToRun(home, { specs: twoHosts, host: 'server-a' }, 'apply', twoHosts)).toEqual({ here: true });
  expect(whereToRun(home, { lab: 'two-hosts', host: 'server-b' }, 'other')).toEqual({ here: true });
  expect(whereToRun(home, { specs: twoHosts, planFile: '/tmp/plan.json' }, 'apply', twoHosts)).toEqual({ here: true });
});
