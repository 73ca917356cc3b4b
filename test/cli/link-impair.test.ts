/**
 * `vmlab link impair` and `vmlab link flap` against a deployed lab whose VMs
 * are not running: the live setting is recorded (the sender's next start is
 * impaired), plan shows it under its link, and every wrong argument is exit 3
 * with one message and nothing written.
 */
import { readFileSync } from 'node:fs';
import { fakeDeployment, stopFakeLabs } from '../helpers/deployed.js';
import { expectRefused, runCli } from '../helpers/cli.js';

afterAll(stopFakeLabs);

const lab = fakeDeployment('labs/two-node', 'impair-cli');
const env = { VMLAB_HOME: lab.home };
const state = () => JSON.parse(readFileSync(lab.stateFile, 'utf8'));
const planLinks = async () => JSON.parse((await runCli(['plan', '-S', lab.specs, '--json'], env)).stdout).links;

test('link impair --direction out records the direction sw1 sends; plan shows it; --clear and --declared follow', async () => {
  const r = await runCli(['link', 'impair', 'sw1:Ethernet0', '--delay', '50ms', '--loss', '1%', '--direction', 'out', '--json'], env);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).directions).toEqual([
    {
      from: 'sw1:Ethernet0',
      to: 'sw2:Ethernet0',
      impairment: 'delay 50ms, loss 1%',
      source: 'live',
      sender: 'sw1',
      host: null,
      result: 'not running: its next start is impaired',
    },
  ]);
  expect(state().link_impairments).toEqual([
    { from: 'sw1:Ethernet0', to: 'sw2:Ethernet0', impairment: { delay_us: 50_000, loss_pct: 1 }, since: expect.any(String) },
  ]);
  expect((await planLinks())[0].impairments).toEqual([
    { from: 'sw1:Ethernet0', to: 'sw2:Ethernet0', impairment: { delay_us: 50_000, loss_pct: 1 }, source: 'live' },
  ]);

  expect((await runCli(['link', 'impair', 'sw2:Ethernet0', '--clear'], env)).code).toBe(0);
  expect(state().link_impairments.map((i: any) => [i.from, i.impairment])).toEqual([
    ['sw1:Ethernet0', null],
    ['sw2:Ethernet0', null],
  ]);
  expect((await planLinks())[0].impairments).toBeUndefined();

  const back = await runCli(['link', 'impair', 'sw1:Ethernet0', '--declared'], env);
  expect(back.code).toBe(0);
  expect(back.stderr).toContain('sw1:Ethernet0 → sw2:Ethernet0: none');
  expect(state().link_impairments).toBeUndefined();
});

test.each([
  [['link', 'impair', 'sw1:Ethernet0'], /say what the link should do: impairment flags/],
  [['link', 'impair', 'sw1:Ethernet0', '--delay', '50'], /--delay: "50" is not valid; must be a time such as "50ms"/],
  [['link', 'impair', 'sw1:Ethernet0', '--loss', '1%', '--clear'], /not impairment flags and --clear|not --clear and impairment flags/],
  [['link', 'impair', 'sw1:Ethernet0', '--reorder', '5%'], /--reorder: reordered frames are those sent without the delay/],
  [['link', 'impair', 'sw1:Ethernet4', '--delay', '5ms'], /sw1 has no link on interface Ethernet4/],
  [['link', 'impair', 'sw1:Ethernet0', '--delay', '5ms', '--direction', 'sideways'], /Invalid values/],
  [['link', 'down', 'sw1:Ethernet0', '--delay', '5ms'], /--delay: only "vmlab link impair" takes it, not "vmlab link down"/],
  [['link', 'flap', 'sw1:Ethernet0', '--down', '2s'], /--up: say how long/],
  [['link', 'flap', 'sw1:Ethernet0', '--down', 'soon', '--up', '1s'], /--down "soon" is not valid; must be a duration/],
  [['link', 'up', 'sw1:Ethernet0', '--count', '2'], /--count: only "vmlab link flap" takes it/],
])('vmlab %j → exit 3, one clear message, nothing written', (args, message) => expectRefused(args, env, message, () => state().serial));

test('link flap --count 2 takes the link down and up twice and leaves it up', async () => {
  const r = await runCli(['link', 'flap', 'sw1:Ethernet0', '--down', '100ms', '--up', '100ms', '--count', '2'], env);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('Link sw1:Ethernet0 flapped 2 times; it is up.');
  // Down and up twice, each at both ends (neither runs here: each says what its next start does).
  expect(r.stderr.match(/its next start takes the carrier down/g)).toHaveLength(4);
  expect(r.stderr.match(/: not running$/gm)).toHaveLength(6);
  expect(state().link_intents).toBeUndefined();
});

test('link flap stopped by SIGTERM while the link is down leaves it up', async () => {
  const { execa } = await import('execa');
  const { join } = await import('node:path');
  const child = execa('node', [join(process.cwd(), 'bin', 'vmlab.js'), 'link', 'flap', 'sw1:Ethernet0', '--down', '30s', '--up', '1s'], {
    env: { ...process.env, ...env },
    reject: false,
  });
  for (let i = 0; i < 100 && state().link_intents === undefined; i++) await new Promise((r) => setTimeout(r, 100));
  expect(state().link_intents).toHaveLength(1);
  child.kill('SIGTERM');
  const r = await child;
  expect(r.exitCode).toBe(0);
  expect(r.stderr).toContain('flapped 1 time (stopped); it is up.');
  expect(state().link_intents).toBeUndefined();
});

describe('a lab across two hosts', () => {
  const two = fakeDeployment('labs/two-hosts', 'impair-two-hosts');
  const twoEnv = { VMLAB_HOME: two.home };

  test('each host impairs what its own nodes send, and is told what the other host must run', async () => {
    const r = await runCli(['link', 'impair', 'leaf1:Ethernet0', '--delay', '5ms', '--host', 'server-a', '--json'], twoEnv);
    expect(r.code).toBe(0);
    const outcome = JSON.parse(r.stdout);
    expect(outcome.directions.map((d: any) => `${d.from} → ${d.to}: ${d.sender} on ${d.host}: ${d.result}`)).toEqual([
      'leaf1:Ethernet0 → spine1:Ethernet0: leaf1 on server-a: not running: its next start is impaired',
      'spine1:Ethernet0 → leaf1:Ethernet0: spine1 on server-b: on another host',
    ]);
    expect(outcome.elsewhere).toEqual([{ host: 'server-b', command: 'vmlab link impair leaf1:Ethernet0 --delay 5ms --lab impair-two-hosts --host server-b' }]);
  });
});
