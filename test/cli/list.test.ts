// vmlab list, and vmlab status with several labs and none named.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tmpDir } from '../helpers/cli.js';
import { damage } from '../helpers/damaged-states.js';
import { fakeDeployment, type FakeDeployment } from '../helpers/deployed.js';

/** Two labs, "beta" and "alpha" (made in that order), under one VMLAB_HOME. */
function twoLabs(): { home: string; alpha: FakeDeployment; beta: FakeDeployment } {
  const beta = fakeDeployment('labs/two-node', 'beta');
  const alpha = fakeDeployment('labs/two-node', 'alpha');
  cpSync(alpha.labDir, join(beta.home, 'labs', 'alpha'), { recursive: true });
  return { home: beta.home, alpha, beta };
}

describe('vmlab list', () => {
  test('a lab this machine drives across servers (and runs none of): listed as such, with its servers', async () => {
    const home = join(tmpDir('vmlab-list-'), 'home');
    mkdirSync(join(home, 'controller'), { recursive: true });
    const servers = [
      { name: 'server-a', address: '10.0.0.1', ssh: 'lab@a', vmlab: 'vmlab' },
      { name: 'server-b', address: '10.0.0.2', ssh: '10.0.0.2', vmlab: 'vmlab' },
    ];
    writeFileSync(
      join(home, 'controller', 'wide.json'),
      JSON.stringify({ format_version: 1, name: 'wide', spec_dir: '/specs/wide', sources: {}, servers, placement: {}, profiles: {} }),
    );
    const run = await runCli(['list'], { VMLAB_HOME: home });
    expect(run).toEqual({
      code: 0,
      stdout: 'Lab "wide" runs on server-a, server-b, driven from here (specs /specs/wide): "vmlab status --lab wide" shows its nodes.\n',
      stderr: '',
    });
    const json = JSON.parse((await runCli(['list', '--json'], { VMLAB_HOME: home })).stdout);
    expect(json.driven).toEqual([{ name: 'wide', spec_dir: '/specs/wide', servers: ['server-a', 'server-b'] }]);
  });

  test('no labs: says so, exit 0', async () => {
    const home = join(tmpDir('vmlab-list-'), 'home');
    const run = await runCli(['list'], { VMLAB_HOME: home });
    expect(run).toEqual({ code: 0, stdout: `No labs are deployed under ${home}.\n`, stderr: '' });
    const json = await runCli(['list', '--json'], { VMLAB_HOME: home });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ format_version: 1, home, labs: [], driven: [] });
  });

  test('two labs: one row each, sorted by name, with spec directory, nodes running/total, hosts and age', async () => {
    const { home, alpha, beta } = twoLabs();
    const run = await runCli(['list'], { VMLAB_HOME: home });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const rows = run.stdout.split('\n').filter((l) => /^│ (alpha|beta|lab) /.test(l));
    expect(
      rows.map((r) =>
        r
          .split('│')
          .map((c) => c.trim())
          .slice(1, 5),
      ),
    ).toEqual([
      ['lab', 'specs', 'running', 'hosts'],
      ['alpha', alpha.specs, '0/2', '-'],
      ['beta', beta.specs, '0/2', '-'],
    ]);
    expect(rows[1]).toMatch(/│ \d+(\.\d)?[smhd] +│$/);
  });

  test('--json: a stable shape, every key always present', async () => {
    const { home, alpha, beta } = twoLabs();
    const state = JSON.parse(readFileSync(join(home, 'labs', 'beta', 'state.json'), 'utf8'));
    state.host = 'server-b';
    state.nodes.sw1.host = 'server-b';
    writeFileSync(join(home, 'labs', 'beta', 'state.json'), JSON.stringify(state));
    const run = await runCli(['list', '--json'], { VMLAB_HOME: home });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toEqual({
      format_version: 1,
      home,
      driven: [],
      labs: [
        {
          name: 'alpha',
          host: null,
          dir: join(home, 'labs', 'alpha'),
          spec_dir: alpha.specs,
          nodes_running: 0,
          nodes_total: 2,
          hosts: [],
          created: '2026-01-01T00:00:00.000Z',
          age_seconds: expect.any(Number),
          error: null,
        },
        {
          name: 'beta',
          host: null,
          dir: join(home, 'labs', 'beta'),
          spec_dir: beta.specs,
          nodes_running: 0,
          nodes_total: 2,
          hosts: ['server-b'],
          created: '2026-01-01T00:00:00.000Z',
          age_seconds: expect.any(Number),
          error: null,
        },
      ],
    });
    expect(out.labs[0].age_seconds).toBe(Math.max(0, Math.round((Date.now() - Date.parse('2026-01-01T00:00:00.000Z')) / 1000)));
  });

  test('a lab with a damaged state.json is a row that says so; the other labs still show; exit 0', async () => {
    const { home } = twoLabs();
    damage(join(home, 'labs', 'alpha', 'state.json'), (s) => ((s.nodes.sw1.pid = 'abc'), s));
    const run = await runCli(['list'], { VMLAB_HOME: home });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/│ alpha │ state\.json is damaged: \/nodes\/sw1\/pid: "abc" is not valid/);
    expect(run.stdout).toMatch(/│ beta +│ .* │ 0\/2 +│/);
    expect(run.stderr).toBe(`Lab "alpha" cannot be read; to clean it up anyway: VMLAB_HOME=${home} vmlab destroy --force --lab alpha\n`);

    damage(join(home, 'labs', 'beta', 'state.json'), () => 'not json');
    const json = JSON.parse((await runCli(['list', '--json'], { VMLAB_HOME: home })).stdout);
    expect(json.labs.map((l: any) => [l.name, l.spec_dir, l.nodes_total, l.error])).toEqual([
      ['alpha', null, null, expect.stringMatching(/^state\.json is damaged: \/nodes\/sw1\/pid: "abc" is not valid/)],
      ['beta', null, null, expect.stringMatching(/^state\.json is damaged: not valid JSON/)],
    ]);
  });
});

describe('vmlab status with several labs deployed', () => {
  test('without --lab or -S: the list, a hint to name one, exit 0', async () => {
    const { home } = twoLabs();
    const run = await runCli(['status'], { VMLAB_HOME: home });
    const list = await runCli(['list'], { VMLAB_HOME: home });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(list.stdout);
    expect(run.stderr).toBe(`Several labs are deployed; for one lab's nodes name it: VMLAB_HOME=${home} vmlab status --lab NAME\n`);
  });

  test('--json: the list as JSON on stdout, the hint on stderr only', async () => {
    const { home } = twoLabs();
    const run = await runCli(['status', '--json'], { VMLAB_HOME: home });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).labs.map((l: any) => l.name)).toEqual(['alpha', 'beta']);
    expect(run.stderr).toMatch(/--lab NAME/);
  });

  test('--lab NAME still shows that lab', async () => {
    const { home } = twoLabs();
    const run = await runCli(['status', '--lab', 'beta', '--json'], { VMLAB_HOME: home });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.lab).toBe('beta');
    expect(out.nodes.map((n: any) => [n.node, n.state])).toEqual([
      ['sw1', 'exited'],
      ['sw2', 'exited'],
    ]);
  });

  test('with one lab, status shows it as before', async () => {
    const lab = fakeDeployment('labs/two-node', 'solo');
    const run = await runCli(['status'], { VMLAB_HOME: lab.home });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Lab "solo" \(/);
  });
});
