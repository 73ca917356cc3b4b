/**
 * `vmlab link` against a deployed lab whose VMs are not running: the intent
 * is recorded (the next start of each end applies it), plan and status show
 * the link admin-down, and every wrong argument is exit 3.
 */
import { readFileSync } from 'node:fs';
import { fakeDeployment, stopFakeLabs } from '../helpers/deployed.js';
import { expectRefused, runCli } from '../helpers/cli.js';

afterAll(stopFakeLabs);

const lab = fakeDeployment('labs/two-node', 'link-cli');
const env = { VMLAB_HOME: lab.home };
const state = () => JSON.parse(readFileSync(lab.stateFile, 'utf8'));

test('link down records the intent; both ends wait for their next start; plan and status show it admin-down', async () => {
  const r = await runCli(['link', 'down', 'sw2:Ethernet0', '--json'], env);
  expect(r.code).toBe(0);
  const outcome = JSON.parse(r.stdout);
  expect(outcome).toEqual({
    lab: 'link-cli',
    host: null,
    links: [
      {
        a: 'sw1:Ethernet0',
        z: 'sw2:Ethernet0',
        admin: 'down',
        ends: [
          { endpoint: 'sw1:Ethernet0', node: 'sw1', host: null, result: 'not running: its next start takes the carrier down' },
          { endpoint: 'sw2:Ethernet0', node: 'sw2', host: null, result: 'not running: its next start takes the carrier down' },
        ],
      },
    ],
    elsewhere: [],
  });
  expect(state().link_intents).toEqual([{ a: 'sw1:Ethernet0', z: 'sw2:Ethernet0', admin: 'down', since: expect.any(String) }]);
  const plan = JSON.parse((await runCli(['plan', '-S', lab.specs, '--json'], env)).stdout);
  expect(plan.link_states).toEqual([expect.objectContaining({ a: 'sw1:Ethernet0', z: 'sw2:Ethernet0', state: 'admin-down', drift: false })]);
  const status = JSON.parse((await runCli(['status', '--lab', lab.name, '--json'], env)).stdout);
  expect(status.links.map((l: any) => l.state)).toEqual(['admin-down']);
  // a second link down keeps the first one's time
  const since = state().link_intents[0].since;
  expect((await runCli(['link', 'down', 'sw1:Ethernet0'], env)).code).toBe(0);
  expect(state().link_intents[0].since).toBe(since);
});

test('link up --all brings every admin-down link up; with none, it says so', async () => {
  const r = await runCli(['link', 'up', '--all'], env);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('Link sw1:Ethernet0 ↔ sw2:Ethernet0 is up.');
  expect(state().link_intents).toBeUndefined();
  const again = await runCli(['link', 'up', '--all'], env);
  expect(again.code).toBe(0);
  expect(again.stderr).toContain('no link is admin-down');
});

test.each([
  [['link', 'down', 'sw1'], /name a link by one of its ends, NODE:INTERFACE/],
  [['link', 'down', 'sw9:Ethernet0'], /has no node "sw9"; nodes: sw1, sw2/],
  [['link', 'down', 'sw1:Ethernet4'], /sw1 has no link on interface Ethernet4; its links: Ethernet0 \(to sw2:Ethernet0\)/],
  [['link', 'down', '--all'], /--all is for "vmlab link up"/],
  [['link', 'up'], /or --all for every admin-down link/],
  [['link', 'up', 'sw1:Ethernet0', '--all'], /not both/],
  [['link', 'sideways', 'sw1:Ethernet0'], /Invalid values/],
])('vmlab %j → exit 3, one clear message, nothing written', (args, message) => expectRefused(args, env, message, () => state().serial));

describe('a lab across two hosts', () => {
  const two = fakeDeployment('labs/two-hosts', 'link-two-hosts');
  const twoEnv = { VMLAB_HOME: two.home };

  test('each host sets its own ends and is told what the other host must run', async () => {
    const r = await runCli(['link', 'down', 'leaf1:Ethernet0', '--host', 'server-a', '--json'], twoEnv);
    expect(r.code).toBe(0);
    const outcome = JSON.parse(r.stdout);
    expect(outcome.host).toBe('server-a');
    expect(outcome.links[0].ends).toEqual([
      { endpoint: 'spine1:Ethernet0', node: 'spine1', host: 'server-b', result: 'on another host' },
      { endpoint: 'leaf1:Ethernet0', node: 'leaf1', host: 'server-a', result: 'not running: its next start takes the carrier down' },
    ]);
    expect(outcome.elsewhere).toEqual([{ host: 'server-b', command: 'vmlab link down leaf1:Ethernet0 --lab link-two-hosts --host server-b' }]);
    const text = await runCli(['link', 'up', '--all', '--host', 'server-a'], twoEnv);
    expect(text.stderr).toContain("Its end on server-b is that host's to set; run there: vmlab link up --all --lab link-two-hosts --host server-b");
  });

  test("which host this is must be known (--host), and be one of the lab's", async () => {
    expect((await runCli(['link', 'down', 'leaf1:Ethernet0'], twoEnv)).stderr).toMatch(/pass --host NAME/);
    const unknown = await runCli(['link', 'down', 'leaf1:Ethernet0', '--host', 'server-z'], twoEnv);
    expect(unknown.code).toBe(3);
    expect(unknown.stderr).toMatch(/--host server-z: not in vmlab.hosts of topology.json \(server-a, server-b\)/);
  });
});
