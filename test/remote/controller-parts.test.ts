import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { remoteCommandLine } from '../../src/remote/shell-words.js';
import { sshArgv } from '../../src/remote/ssh.js';
import { serversInPlay } from '../../src/engine/controller/control-apply.js';
import { renderServerOutcomes } from '../../src/cli/render/server-plans.js';
import { readControllerRecord } from '../../src/state/controller-record.js';
import { jsonProgress } from '../../src/cli/progress.js';

describe('the command line a server is sent', () => {
  test.each([
    ['plain words', ['status', '--lab', 'lab1', '--json']],
    ['spaces, quotes and shell characters', ['ssh', 'leaf1', '--', 'echo \'a b\' "$HOME" `id`; ls *']],
    ['an empty word', ['exec', '']],
  ])('%s reach the remote program word for word', async (_, args) => {
    // The remote side is a POSIX shell splitting the line again: sh here.
    const line = remoteCommandLine('printf', ['%s\\n', ...args]);
    const { stdout } = await execa('sh', ['-c', line]);
    expect(stdout.split('\n')).toEqual(args);
  });
});

describe('the program a server is sent (issue 18)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vmlab-words-'));
    mkdirSync(join(dir, 'bin'));
    writeFileSync(join(dir, 'bin', 'vmlab'), '#!/bin/sh\necho "ran $*"\n', { mode: 0o755 });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const sh = (line: string) => execa('sh', ['-c', line], { reject: false, env: { HOME: dir, PATH: '/usr/bin:/bin' } });

  test('a ~/ path keeps its ~/ for the remote shell to expand, the rest quoted', async () => {
    expect(remoteCommandLine('~/bin/vmlab', ['--version'])).toBe("~/'bin/vmlab' --version");
    expect((await sh(remoteCommandLine('~/bin/vmlab', ['status', '--lab', 'a b']))).stdout).toBe('ran status --lab a b');
  });

  test('an absolute path is one quoted word', async () => {
    expect(remoteCommandLine(join(dir, 'bin', 'vmlab'), ['x'])).toBe(`'${join(dir, 'bin', 'vmlab')}' x`);
    expect((await sh(remoteCommandLine(join(dir, 'bin', 'vmlab'), ['x']))).stdout).toBe('ran x');
  });

  test.each([
    ['a separator', 'vmlab;touch ${HOME}/PWNED;vmlab'],
    ['a substitution', 'vmlab$(touch ${HOME}/PWNED)'],
    ['backticks', 'vmlab`touch ${HOME}/PWNED`'],
    ['a quote', "vmlab';touch ${HOME}/PWNED;'"],
    ['an assignment', 'X=1 touch ${HOME}/PWNED'],
    ['a ~/ path with a separator', '~/x;touch ${HOME}/PWNED'],
    ['a newline', 'vmlab\ntouch ${HOME}/PWNED'],
  ])('a program with %s is one word that runs nothing else', async (_, program) => {
    const run = await sh(remoteCommandLine(program, ['--version']));
    expect(run.exitCode).toBe(127);
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
  });
});

describe('the ssh command line (issue 18)', () => {
  const client = { command: ['ssh', '-F', '/cfg'] };
  test('the destination comes after --, so ssh reads neither it nor the command as an option', () => {
    const { file, args } = sshArgv(client, { name: 'server-a', ssh: 'lab@server-a', vmlab: '~/bin/vmlab' }, ['status', '--lab', 'lab1'], false);
    expect(file).toBe('ssh');
    expect(args.slice(0, 2)).toEqual(['-F', '/cfg']);
    expect(args.slice(-4)).toEqual(['-T', '--', 'lab@server-a', "~/'bin/vmlab' status --lab lab1"]);
  });
  test.each([
    [
      'a destination that is an option',
      { ssh: '-oProxyCommand=touch${IFS}x', vmlab: 'vmlab' },
      /nothing was run on server-a: "-oProxyCommand=touch\$\{IFS\}x" starts with "-"/,
    ],
    ['a destination ssh would expand into a shell', { ssh: 'h;id', vmlab: 'vmlab' }, /nothing was run on server-a: "h;id": host "h;id" is not a host name/],
    ['a vmlab command with a separator', { ssh: 'h', vmlab: 'vmlab;id' }, /nothing was run on server-a: "vmlab;id" has a character that is not plain/],
  ])('%s, from wherever it came, never reaches ssh', (_, access, message) => {
    expect(() => sshArgv(client, { name: 'server-a', ...access }, ['--version'], false)).toThrow(message);
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
      {
        server: { name: 'server-b', address: '', ssh: '', vmlab: '' },
        code: 1,
        results: [{ id: 'create:spine1', status: 'failed', seconds: 1, error: 'port 47702 is in use' }],
        error: 'error: port 47702 is in use',
      },
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
  const good = {
    format_version: 1,
    name: 'lab1',
    spec_dir: '/specs',
    sources: {},
    servers: [{ name: 'server-a', address: '10.0.0.1', ssh: 'lab@a', vmlab: 'vmlab' }],
    placement: {},
    profiles: {},
  };

  test('none yet: null', () => expect(readControllerRecord(home, 'lab1')).toBeNull());
  test('a good one reads back', () => {
    write(good);
    expect(readControllerRecord(home, 'lab1')).toEqual(good);
  });
  const server = (change: object) => ({ ...good, servers: [{ ...good.servers[0], ...change }] });
  const profile = { file: 'profiles/leaf1.json', existed: false, fields: { mgmt_ip: { had: false, written: '10.0.0.9' } } };
  test.each<[string, unknown, string]>([
    ['not JSON', '{', ': not valid JSON'],
    ['an array', [], ': [] is not valid; must be an object'],
    ['another lab', { ...good, name: 'lab2' }, '/name: "lab2" is not the lab this record is named after ("lab1")'],
    ['an unknown format', { ...good, format_version: 2 }, '/format_version'],
    ['a server name that is no safe name', server({ name: '../x' }), '/servers/0/name: "../x" is not a safe name'],
    [
      'a server without its ssh destination',
      { ...good, servers: [{ name: 'server-a', address: '10.0.0.1', vmlab: 'vmlab' }] },
      '/servers/0: missing required field "ssh"',
    ],
    ['an ssh destination that is an option', server({ ssh: '-oProxyCommand=touch${IFS}x' }), '/servers/0/ssh: "-oProxyCommand=touch${IFS}x" starts with "-"'],
    ['an ssh destination with a substitution', server({ ssh: '$(id)@h' }), '/servers/0/ssh: "$(id)@h": user "$(id)" is not a plain user name'],
    ['a vmlab command with a separator', server({ vmlab: 'vmlab;touch${IFS}x' }), '/servers/0/vmlab: "vmlab;touch${IFS}x" has a character that is not plain'],
    ['an address that is none', server({ address: '10.0.0.1;id' }), '/servers/0/address: "10.0.0.1;id" is not an IP address'],
    ['an unknown server field', server({ proxy: 'x' }), '/servers/0/proxy: unknown field "proxy"'],
    [
      'two servers of one name',
      { ...good, servers: [good.servers[0], { ...good.servers[0], address: '10.0.0.2', ssh: 'b' }] },
      '/servers/1/name: a second server named "server-a"',
    ],
    ['a relative spec directory', { ...good, spec_dir: 'specs' }, '/spec_dir: "specs" is not valid; must be an absolute path'],
    ['a relative secrets file', { ...good, sources: { secrets: '../s.json' } }, '/sources/secrets: "../s.json" is not valid; must be an absolute path'],
    [
      'a profile outside the spec directory',
      { ...good, profiles: { leaf1: { ...profile, file: '../outside/victim.json' } } },
      '/profiles/leaf1/file: "../outside/victim.json" is not valid',
    ],
    ['a profile under an absolute path', { ...good, profiles: { leaf1: { ...profile, file: '/etc/passwd' } } }, '/profiles/leaf1/file'],
    ['a profile of an unsafe name', { ...good, profiles: { '../x': profile } }, '/profiles/..~1x: "../x" is not a safe name'],
    ['a placement on an unsafe host', { ...good, placement: { leaf1: 'a;b' } }, '/placement/leaf1: "a;b" is not a safe name'],
    ['a placement of an unsafe node', { ...good, placement: { 'a b': 'server-a' } }, '/placement/a b: "a b" is not a safe name'],
  ])('damaged (%s): exit 1, naming the file and the JSON path, saying the servers keep their own state', (_, value, where) => {
    write(value);
    let error: any;
    try {
      readControllerRecord(home, 'lab1');
    } catch (err) {
      error = err;
    }
    expect(error).toBeDefined();
    expect(error.exitCode).toBe(1);
    expect(error.message).toContain(`${join(home, 'controller', 'lab1.json')} is damaged`);
    expect(error.message).toContain(`${join(home, 'controller', 'lab1.json')}${where.startsWith('/') ? ' ' : ''}${where}`);
    expect(error.message).toContain('the servers keep their own state');
  });

  test('a record with a profile undo and a ~/ vmlab reads back', () => {
    const value = { ...good, servers: [{ ...good.servers[0], vmlab: '~/bin/vmlab' }], profiles: { leaf1: profile }, placement: { leaf1: 'server-a' } };
    write(value);
    expect(readControllerRecord(home, 'lab1')).toEqual(value);
  });
});

test('--progress json: one JSON object a line, node progress then the summary', () => {
  const out: string[] = [];
  const progress = jsonProgress({ out: (t) => out.push(t), err: () => {}, env: {}, cwd: '/' });
  progress.node('leaf1', 'ready');
  progress.event('summary', { results: [] });
  const lines = out
    .join('')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines).toEqual([
    { event: 'node', seconds: expect.any(Number), node: 'leaf1', message: 'ready' },
    { event: 'summary', seconds: expect.any(Number), results: [] },
  ]);
});
