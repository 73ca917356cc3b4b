import { renderPlanText } from '../../src/cli/render/plan-text.js';
import { qemuArgv } from '../../src/exec/qemu/argv.js';
import { sshForward } from '../../src/model/mgmt-network.js';
import { desiredPorts } from '../../src/model/topology.js';
import { templateInputs, templateKey } from '../../src/plan/template-key.js';
import { labPaths } from '../../src/state/paths.js';
import { graphOf, issues, SWITCH, type LabSketch } from '../helpers/lab.js';
import { deployed, edit } from '../helpers/observed.js';
import { plan, why } from '../helpers/plan.js';

/**
 * Guests are isolated from the host (issue 18): the management NIC is QEMU
 * user networking with restrict=on, so a guest reaches neither the host's
 * loopback services (other nodes' consoles, links, SSH forwards) nor, through
 * slirp, anything beyond. A platform opts out with vm_mgmt_outbound: true,
 * and the plan says so.
 */
const isolated: LabSketch = { devices: ['sw1', 'sw2'], links: [['sw1:Ethernet0', 'sw2:Ethernet0']] };
const outbound: LabSketch = { ...isolated, platforms: { switch: { ...SWITCH, vm_mgmt_outbound: true } } };
const paths = labPaths('/home/u/.vmlab', 'lab');
const mgmtNetdev = (sketch: LabSketch) => qemuArgv(graphOf(sketch).nodes[0]!, paths, 'tcg').find((a) => a.startsWith('user,'));

test('the management netdev is restricted by default, keeping the SSH forward; an opted-in platform is not', () => {
  expect(mgmtNetdev(isolated)).toBe('user,id=mgmt,restrict=on,hostfwd=tcp:127.0.0.1:40000-:22');
  expect(mgmtNetdev(outbound)).toBe('user,id=mgmt,hostfwd=tcp:127.0.0.1:40000-:22');
});

test("the plan shows each node's management network, in --json and in the text of what boots", () => {
  const iso = plan(graphOf(isolated), { state: null, nodes: {}, profiles: {} }, { host: null });
  expect(iso.nodes.sw1!.mgmt_network).toBe('isolated');
  expect(renderPlanText(iso)).not.toContain('vm_mgmt_outbound');
  const out = plan(graphOf(outbound), { state: null, nodes: {}, profiles: {} }, { host: null });
  expect(out.nodes.sw1!.mgmt_network).toBe('outbound');
  expect(renderPlanText(out)).toContain(
    "management network: outbound (vm_mgmt_outbound of platform switch): the guest reaches this machine's loopback services and, through it, any network this machine reaches",
  );
});

test('a deployed lab is converged; turning outbound on or off restarts the node (its disk kept), saying why', () => {
  const running = deployed(graphOf(isolated));
  expect(plan(graphOf(isolated), running, { host: null }).actions).toEqual([]);
  const opened = plan(graphOf(outbound), running, { host: null }).actions.filter((a) => a.action !== 'patch-profile');
  expect(opened.map((a) => `${a.action} ${a.node}`)).toEqual(['restart sw1', 'restart sw2']);
  expect(opened.every((a) => 'fresh_overlay' in a && a.fresh_overlay === false)).toBe(true);
  expect(why(opened[0]!)).toEqual([{ code: 'mgmt-network', old: 'isolated', new: 'outbound' }]);
  const closed = plan(graphOf(isolated), deployed(graphOf(outbound)), { host: null }).actions;
  expect(closed.map((a) => `${a.action} ${a.node}`)).toEqual(['restart sw1', 'restart sw2']);
  expect(closed[0]!.reasons[0]!.message).toBe('management network: outbound → isolated (QEMU cannot change it live)');
});

test('a node started before vmlab isolated guests (no mgmt_network in its record) is restarted into isolation', () => {
  const old = edit(deployed(graphOf(isolated)), (o) => {
    for (const n of Object.values(o.nodes)) delete (n.record as { mgmt_network?: string }).mgmt_network;
  });
  const actions = plan(graphOf(isolated), old, { host: null }).actions;
  expect(actions.map((a) => `${a.action} ${a.node}`)).toEqual(['restart sw1', 'restart sw2']);
  expect(why(actions[0]!)).toEqual([{ code: 'mgmt-network', old: 'open', new: 'isolated' }]);
  expect(actions[0]!.reasons[0]!.message).toBe(
    'management network: open (started before vmlab isolated guests from the host) → isolated (QEMU cannot change it live)',
  );
});

test('an outbound template is not an isolated one: the key covers vm_mgmt_outbound', () => {
  const facts = { accel: 'tcg', qemuVersion: '10.0.2', images: { '/images/switch.qcow2': { size: 1, mtime: 'x', hash: 'h' } }, templates: [] };
  const key = (sketch: LabSketch) => {
    const inputs = templateInputs(graphOf(sketch).nodes[0]!, facts, String);
    if ('why' in inputs) throw new Error(inputs.why);
    return { inputs, key: templateKey(inputs) };
  };
  expect(key(isolated).inputs).not.toHaveProperty('mgmt_outbound');
  expect(key(outbound).inputs).toMatchObject({ mgmt_outbound: true });
  expect(key(outbound).key).not.toBe(key(isolated).key);
});

test('test hosts sharing a VM must agree on vm_mgmt_outbound', () => {
  const host = { vm_image: '/images/host.qcow2', device_type: 'host', vm_interface_map: 'linux' as const };
  const sketch: LabSketch = {
    devices: ['sw1', 'host1', 'host2'],
    links: [
      ['sw1:Ethernet0', 'host1:eth0'],
      ['sw1:Ethernet4', 'host2:eth0'],
    ],
    platforms: { switch: SWITCH, host, open: { ...host, vm_mgmt_outbound: true } },
    profiles: { host1: { platform: 'host' }, host2: { platform: 'open' } },
  };
  expect(issues(sketch).join('\n')).toContain('test hosts host1 and host2 share the VM hostvm but differ in vm_mgmt_outbound');
});

test("a node whose SSH forward listens for other machines (a server's address) stays isolated: QEMU forwards on loopback, a relay listens on the address", () => {
  // Under restrict=on slirp gives the guest no default route, so a client from another address than loopback
  // (the controller, another server, newtron) would get no answer (seen on QEMU 10 in the controller's
  // end-to-end test: no SSH banner within 180 s). A client from loopback is shown to the guest as 10.0.2.2.
  const graph = graphOf(isolated);
  const served = { ...graph, nodes: graph.nodes.map((n) => ({ ...n, bindAddress: '10.78.0.1' })) };
  const node = served.nodes[0]!;
  expect(qemuArgv(node, paths, 'tcg').find((a) => a.startsWith('user,'))).toBe('user,id=mgmt,restrict=on,hostfwd=tcp:127.0.0.1:40000-:22');
  expect(sshForward(node)).toEqual({ qemuAddress: '127.0.0.1', relay: { address: '10.78.0.1', port: 40000 } });
  // Both listeners are checked before anything starts.
  expect(
    desiredPorts(node)
      .filter((p) => p.port === 40000)
      .map((p) => p.address),
  ).toEqual(['10.78.0.1', '127.0.0.1']);
  const p = plan(served, { state: null, nodes: {}, profiles: {} }, { host: null });
  expect(p.nodes.sw1!.mgmt_network).toBe('isolated');
  expect(p.nodes.sw1!.bind_address).toBe('10.78.0.1');
  expect(renderPlanText(p)).not.toContain('management network: outbound');
  // Opted out, QEMU listens on the address itself: no relay.
  expect(sshForward({ ...node, mgmtOutbound: true })).toEqual({ qemuAddress: '10.78.0.1', relay: null });
});

test('a running node whose SSH forward relay is gone gets it back live, saying so; nothing else restarts', () => {
  const graph = graphOf(isolated);
  const served = { ...graph, nodes: graph.nodes.map((n) => ({ ...n, bindAddress: '10.78.0.1' })) };
  const running = deployed(served);
  expect(
    plan(
      served,
      edit(running, (o) => void (o.nodes.sw1!.relay = 'running')),
      { host: null },
    ).actions,
  ).toEqual([]);
  const gone = edit(running, (o) => void (o.nodes.sw1!.relay = 'gone'));
  const actions = plan(served, gone, { host: null }).actions;
  expect(actions.map((a) => `${a.action} ${a.node}`)).toEqual(['update sw1']);
  expect(actions[0]).toMatchObject({ steps: [{ step: 'restart-relay', address: '10.78.0.1', port: 40000 }] });
  expect(why(actions[0]!)).toEqual([{ code: 'relay-gone', address: '10.78.0.1', port: 40000 }]);
  expect(renderPlanText(plan(served, gone, { host: null }))).toContain('the SSH forward relay on 10.78.0.1:40000 is gone: start it again (the guest runs on)');
});
