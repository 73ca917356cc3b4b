// vmlab capture's refusals: each bad endpoint is one clear message, exit 3,
// and nothing is written (no output file, no record). The capture itself is
// exercised on real QEMU in test/e2e/capture.test.ts.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { labPaths } from '../../src/state/paths.js';
import { writeState } from '../../src/state/state-file.js';
import { runCli } from '../helpers/cli.js';
import { fakeDeployment, stopFakeLabs, type FakeDeployment } from '../helpers/deployed.js';

afterAll(stopFakeLabs);

async function capture(lab: FakeDeployment, args: string[]) {
  const out = join(lab.root, 'out.pcap');
  const run = await runCli(['capture', ...args, '-w', out, '--lab', lab.name], { VMLAB_HOME: lab.home });
  expect(existsSync(out)).toBe(false);
  expect(existsSync(join(lab.labDir, 'captures')) ? readdirSync(join(lab.labDir, 'captures')) : []).toEqual([]);
  return run;
}

test.each([
  ['a bare node name', ['sw1'], /"sw1" is not an interface: write NODE:INTERFACE/],
  ['an unknown node', ['leaf9:Ethernet0'], /no node "leaf9" in this lab; nodes: sw1, sw2/],
  ['an interface without a link', ['sw1:Ethernet4'], /sw1 has no link on "Ethernet4".*its linked interfaces: Ethernet0 \(to sw2:Ethernet0\)/],
  ['a node that is not running', ['sw1:Ethernet0'], /sw1 is not running; start it first: .*vmlab start sw1/],
  ['--count 0', ['sw1:Ethernet0', '--count', '0'], /--count 0: give a whole number of packets/],
  ['--duration -1', ['sw1:Ethernet0', '--duration', '-1'], /--duration -1: give a number of seconds above 0/],
])('%s: one clear message, exit 3, nothing written', async (_what, args, message) => {
  const run = await capture(fakeDeployment(), args);
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.code).toBe(3);
});

test('-w is required', async () => {
  const lab = fakeDeployment();
  const run = await runCli(['capture', 'sw1:Ethernet0', '--lab', lab.name], { VMLAB_HOME: lab.home });
  expect(run.stderr).toMatch(/Missing required argument: write/);
  expect(run.code).toBe(3);
});

test('a node on another host of the lab: run the capture on that host', async () => {
  const lab = fakeDeployment('labs/two-hosts', 'guard-hosts');
  // This machine is server-a: spine1 runs on server-b and is not in this host's state.
  const state = { ...lab.state, host: 'server-a', nodes: { leaf1: lab.state.nodes.leaf1!, leaf2: lab.state.nodes.leaf2! } };
  writeState(labPaths(lab.home, lab.name).state, state);
  const run = await capture(lab, ['spine1:Ethernet0']);
  expect(run.stderr).toBe(
    'error: spine1 runs on host server-b (192.0.2.11), not on this one: a capture taps its QEMU, so run "vmlab capture spine1:Ethernet0 …" on server-b\n',
  );
  expect(run.code).toBe(3);
});
