import { execute } from '../../src/engine/execute/executor.js';
import { LINUX_REIDENTIFY, reidentifyScript } from '../../src/exec/warm/reidentify-script.js';
import { loadUri, saveUri } from '../../src/exec/warm/migrate.js';
import { templateMac } from '../../src/model/template-nics.js';
import { withLogins } from '../../src/plan/logins.js';
import { gather } from '../../src/state/gather.js';
import { labPaths } from '../../src/state/paths.js';
import { FakeRuntime, FakeSink } from '../helpers/fake-runtime.js';
import { graphOf, SWITCH, type LabSketch } from '../helpers/lab.js';
import { plan } from '../helpers/plan.js';

const paths = labPaths('/nonexistent/vmlab-home', 'lab');
const LINE: LabSketch = {
  devices: ['sw1', 'sw2'],
  links: [['sw1:Ethernet0', 'sw2:Ethernet0']],
  platforms: { switch: { ...SWITCH, vm_warm_start: true } },
};
const facts = { accel: 'tcg', qemuVersion: '10.0.2', images: { '/images/switch.qcow2': { size: 1, mtime: 'x', hash: 'h' } }, templates: [] };
const place = (i: number) => `pci.0/${i}`;

test('a warm apply: the template is built before any clone starts; each clone is restored, re-identified, then its links come up, then readiness', async () => {
  const machine = new FakeRuntime(paths);
  const sink = new FakeSink(null);
  const graph = graphOf(LINE);
  const p = plan(graph, await gather(null, paths, {}, machine.world()), { host: null }, { facts, place });
  const key = p.actions.find((a) => a.action === 'build-template')!.id.split(':')[1]!;
  const results = await execute(withLogins(p, graph), machine, sink, { parallel: 1, progress: { node: () => undefined } });
  expect(results.every((r) => r.status === 'done')).toBe(true);
  expect(machine.log).toEqual([
    `build-template ${key}`,
    `start sw1 from ${key}`,
    'reidentify sw1',
    'carrier sw1 nic1 on',
    `start sw2 from ${key}`,
    'reidentify sw2',
    'carrier sw2 nic1 on',
  ]);
  // The record says which template each clone's overlay stands on (template rm checks it).
  expect(Object.values(sink.state.nodes).map((r) => r.template)).toEqual([key, key]);
});

test('re-identification: per-NIC steps repeat for each data NIC (fillers too), template MAC → planned MAC; the hostname is the node name', () => {
  const node = graphOf({ ...LINE, links: [['sw1:Ethernet4', 'sw2:Ethernet0']] }).nodes[0]!; // sw1: a filler, then a link
  const script = reidentifyScript(node);
  expect(script.startsWith('set -e\n')).toBe(true);
  for (const nic of node.nics.slice(1)) expect(script).toContain(`= "${templateMac(nic.index)}" ] && $SUDO ip link set dev "\${d##*/}" address ${nic.mac};`);
  expect(script).toContain('$SUDO hostname sw1\n');
  expect(script).not.toMatch(/\{(hostname|mac|template_mac|nic)\}/);
  expect(script.split('\n').filter((l) => l.includes('ip link set dev'))).toHaveLength(2);
  expect(LINUX_REIDENTIFY.some((l) => l.includes('dropbearkey')) && LINUX_REIDENTIFY.some((l) => l.includes('ssh-keygen -A'))).toBe(true);
});

test("a platform's own vm_reidentify replaces the built-in steps", () => {
  const node = graphOf({
    ...LINE,
    platforms: { switch: { ...SWITCH, vm_warm_start: true, vm_reidentify: ['sudo config hostname {hostname}', 'echo nic{nic} {template_mac} {mac}'] } },
  }).nodes[1]!;
  expect(reidentifyScript(node)).toBe(`set -e\nsudo config hostname sw2\necho nic1 ${templateMac(1)} ${node.nics[1]!.mac}\n`);
});

test('the state file path is shell-quoted in the exec: migration URIs', () => {
  expect(saveUri("/h/it's here/state.bin")).toBe(`exec:cat > '/h/it'\\''s here/state.bin'`);
  expect(loadUri('/h/state.bin')).toBe(`exec:cat '/h/state.bin'`);
});
