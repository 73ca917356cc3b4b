import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { remoteCommandLine } from '../../src/remote/shell-words.js';
import { serversInPlay } from '../../src/engine/controller/control-apply.js';
import { renderServerOutcomes } from '../../src/cli/render/server-plans.js';
import { readControllerRecord } from '../../src/state/controller-record.js';
import { jsonProgress } from '../../src/cli/progress.js';

describe('the command line a server is sent', () => {
  test.each([
    ['plain words', ['status', '--lab', 'lab1', '--json']],
    ['spaces, quotes and shell characters', ['ssh', 'leaf1', '--', "echo 'a b' \"$HOME\" `id`; ls *"]],
    ['an empty word', ['exec', '']],
  ])('%s reach the remote program word for word', async (_, args) => {
    // The remote side is a POSIX shell splitting the line again: sh here.
    const line = remoteCommandLine('printf "%s\\n"', args);
    const { stdout } = await execa('sh', ['-c', line]);
    expect(stdout.split('\n')).toEqual(args);
  });
});

describe('which servers a controller talks to', () => {
  const servers = ['a', 'b', 'c'].map((n) => ({ name: `server-${n}`, address: `10.0.0.${n.charCodeAt(0) - 96}`, ssh: n, vmlab: 'vmlab' }));
  test.each([
    ['the servers that run nodes', ['server-a', 'server-a', null], null, ['server-a']],
    ['also a server an earlier run used, whose nodes left the specs', ['server-a'], ['server-c'], ['server-a', 'server-c']],
    ['none for a lab without nodes, never applied', [], null, []],
  ])('%s', (_, hosts, before, expected) => {
    const record = before === null ? null : ({ servers: (before as string[]).map((name) => servers.find((s) => s.name === name)!) } as any);
    expect(serversInPlay(servers, hosts as (string | null)[], record).map((s) => s.name)).toEqual(expected);
  });
});

test("the closing summary names the failed server, its failures and how to resume; the others' counts stand", () => {
  const text = renderServerOutcomes(
    [
      { server: { name: 'server-a', address: '', ssh: '', vmlab: '' }, code: 0, results: [{ id: 'create:leaf1', status: 'done', seconds: 9 }], error: '' },
      { server: { name: 'server-b', address: '', ssh: '', vmlab: '' }, code: 1, results: [{ id: 'create:spine1', status: 'failed', seconds: 1, error: 'port 47702 is in use' }], error: 'error: port 47702 is in use' },
    ],
    12.3,
    'vmlab apply -S specs --yes',
  );
  expect(text).toContain('Apply incomplete in 12.3 s on 2 servers:');
  expect(text).toContain('server-a: ok (1 done, 0 failed, 0 skipped)');
  expect(text).toContain('server-b: FAILED (0 done, 1 failed, 0 skipped)');
  expect(text).toContain('failed create:spine1: port 47702 is in use');
  expect(text).toContain('run "vmlab apply -S specs --yes" again');
});

describe("the controller's record", () => {
  let home: string;
  beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'vmlab-record-'));
    mkdirSync(join(home, 'controller'));
  });
  afterEach(() => rmSync(home, { recursive: true, force: true }));
  const write = (value: unknown) => writeFileSync(join(home, 'controller', 'lab1.json'), typeof value === 'string' ? value : JSON.stringify(value));
  const good = { format_version: 1, name: 'lab1', spec_dir: '/specs', sources: {}, servers: [{ name: 'server-a', address: '10.0.0.1', ssh: 'lab@a', vmlab: 'vmlab' }], placement: {}, profiles: {} };

  test('none yet: null', () => expect(readControllerRecord(home, 'lab1')).toBeNull());
  test('a good one reads back', () => {
    write(good);
    expect(readControllerRecord(home, 'lab1')).toEqual(good);
  });
  test.each([
    ['not JSON', '{'],
    ['another lab', { ...good, name: 'lab2' }],
    ['a server name that is no safe name', { ...good, servers: [{ ...good.servers[0], name: '../x' }] }],
    ['a server without its ssh destination', { ...good, servers: [{ name: 'server-a', address: '10.0.0.1', vmlab: 'vmlab' }] }],
  ])('damaged (%s): an error naming the file and saying the servers keep their own state', (_, value) => {
    write(value);
    expect(() => readControllerRecord(home, 'lab1')).toThrow(/controller\/lab1\.json is damaged .*the servers keep their own state/);
  });
});

test('--progress json: one JSON object a line, node progress then the summary', () => {
  const out: string[] = [];
  const progress = jsonProgress({ out: (t) => out.push(t), err: () => {}, env: {}, cwd: '/' });
  progress.node('leaf1', 'ready');
  progress.event('summary', { results: [] });
  const lines = out.join('').trimEnd().split('\n').map((l) => JSON.parse(l));
  expect(lines).toEqual([
    { event: 'node', seconds: expect.any(Number), node: 'leaf1', message: 'ready' },
    { event: 'summary', seconds: expect.any(Number), results: [] },
  ]);
});
