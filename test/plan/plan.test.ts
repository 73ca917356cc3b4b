// The planner's scenarios, each planned on the stream links users run (QEMU 8 and later) and on the socket links
// of QEMU 7.2 (start order, cascade restarts): `stream` says what a scenario plans on stream links where the two differ.
import { plan, why } from '../helpers/plan.js';
import { withoutLogin } from '../../src/plan/logins.js';
import type { DesiredGraph, LinkKind } from '../../src/model/types.js';
import type { Action, ActionKind, Dependency, PlanRequest, ReasonCode, UpdateStep } from '../../src/plan/types.js';
import type { ObservedLab } from '../../src/state/types.js';
import { graphOf, SPINE_LEAF, SWITCH, type LabSketch } from '../helpers/lab.js';
import { deployed, edit, empty } from '../helpers/observed.js';

// leaf1 < leaf2 < spine1 < spine2 in name order, so the leaves listen and the spines connect.
const spineLeaf = SPINE_LEAF;
const running = deployed(graphOf(spineLeaf, 'socket'));
// The same lab with leaf2's links last in the links array.
const leavesInOrder: LabSketch = {
  devices: spineLeaf.devices,
  links: [
    ['spine1:Ethernet0', 'leaf1:Ethernet0'],
    ['spine2:Ethernet0', 'leaf1:Ethernet4'],
    ['spine1:Ethernet4', 'leaf2:Ethernet0'],
    ['spine2:Ethernet4', 'leaf2:Ethernet4'],
  ],
};

/** Compact view of a plan: "kind node" per action, in order. */
const steps = (actions: Action[]) => actions.map((a) => `${a.action} ${a.node}`);
/** The actions of one kind, or every lifecycle action (all but patch-profile). */
const only = (actions: Action[], kind: ActionKind | 'lifecycle') =>
  actions.filter((a) => (kind === 'lifecycle' ? a.action !== 'patch-profile' : a.action === kind));

/**
 * A whole action as a scenario states it: everything but `id` and `host`
 * (derived from kind and node) and the desired node (checked apart: it must
 * be the graph's node, without its login), reasons as code and values.
 */
type Expected = Record<string, unknown> & { action: string; node: string };
function whole(a: Action, graph: DesiredGraph): Expected {
  expect(a.id).toBe(`${a.action}:${a.node}`);
  const { id: _id, host: _host, reasons: _reasons, ...rest } = a;
  if ('desired' in rest) {
    expect(rest.desired).toEqual(withoutLogin(graph.nodes.find((n) => n.name === a.node)!));
    delete (rest as Partial<typeof rest>).desired;
  }
  return { ...rest, reasons: why(a) };
}

type Why = Record<string, unknown> & { code: ReasonCode };
const started = (on: string): Dependency => ({ on, until: 'started' });
const done = (on: string): Dependency => ({ on, until: 'done' });
/** A fresh QEMU's action as the scenarios expect it: nothing to wait for on other hosts, no admin-down links, no profiles released. */
function fresh(action: 'create' | 'replace' | 'start' | 'restart', node: string, reasons: Why[], depends_on: Dependency[] = []): Expected {
  return {
    action,
    node,
    depends_on,
    fresh_overlay: action === 'create' || action === 'replace',
    stop_first: action === 'replace' || action === 'restart',
    paused: false,
    wait_for: [],
    admin_down: [],
    release_profiles: [],
    reasons,
  };
}
const update = (node: string, steps: UpdateStep[], reasons: Why[], depends_on: Dependency[] = []): Expected => ({
  action: 'update',
  node,
  depends_on,
  steps,
  release_profiles: [],
  reasons,
});
const destroy = (node: string, depends_on: Dependency[] = []): Expected => ({
  action: 'destroy',
  node,
  depends_on,
  release_profiles: [node],
  reasons: [{ code: 'not-in-specs' }],
});
const stop = (node: string, code: ReasonCode): Expected => ({ action: 'stop', node, depends_on: [], reasons: [{ code }] });
const moveSsh = (from: number, to: number): UpdateStep => ({
  step: 'move-ssh',
  from: { address: '127.0.0.1', port: from },
  to: { address: '127.0.0.1', port: to },
});
const moveConsole = (to: number): UpdateStep => ({ step: 'move-console', to: { address: '127.0.0.1', port: to } });
const moved = (field: string, old: unknown, now: unknown): Why => ({ code: 'moved-live', field, old, new: now });
const changed = (field: string, old: unknown, now: unknown): Why => ({ code: 'config-changed', field, old, new: now });
/** The config changes of a data NIC added to a running node's QEMU (a replace): every field of it, from nothing. */
const nicAdded = (nic: number, iface: string, mode: 'listen' | 'connect', peer: string, port: number): Why[] => [
  changed(`nics[${nic}].index`, null, nic),
  changed(`nics[${nic}].interface`, null, iface),
  changed(`nics[${nic}].kind`, null, 'link'),
  changed(`nics[${nic}].link.address`, null, '127.0.0.1'),
  changed(`nics[${nic}].link.mode`, null, mode),
  changed(`nics[${nic}].link.peer`, null, peer),
  changed(`nics[${nic}].link.port`, null, port),
  changed(`nics[${nic}].mac`, null, expect.stringMatching(/^52:/)),
];
const listenerRestarts = (iface: string, listener: string, listenerIface: string, cause: string): Why => ({
  code: 'listener-restarts',
  interface: iface,
  listener,
  listener_interface: listenerIface,
  cause,
});

const peersReconnect = (listener: string, ends: string[]): Why => ({ code: 'peers-reconnect', listener, ends });

interface Scenario {
  name: string;
  sketch?: LabSketch;
  /** The lab as observed, made from the healthy spine-leaf lab deployed with links of the kind under test. */
  observed: (running: ObservedLab, links: LinkKind) => ObservedLab;
  request?: Partial<PlanRequest>;
  /** Expected lifecycle actions, whole and in order; patch-profile actions are left out unless one is listed. */
  actions: Expected[];
  /** On stream links, when they differ from `actions` (socket links): no start order, no cascade restarts. */
  stream?: Expected[];
}

const scenarios: Scenario[] = [
  {
    name: 'nothing deployed → create every node, listeners first (socket connectors wait until their listeners have started)',
    observed: () => empty(),
    actions: [
      fresh('create', 'leaf1', [{ code: 'not-deployed' }]),
      fresh('create', 'leaf2', [{ code: 'not-deployed' }]),
      fresh('create', 'spine1', [{ code: 'not-deployed' }], [started('create:leaf1'), started('create:leaf2')]),
      fresh('create', 'spine2', [{ code: 'not-deployed' }], [started('create:leaf1'), started('create:leaf2')]),
    ],
    stream: [
      fresh('create', 'leaf1', [{ code: 'not-deployed' }]),
      fresh('create', 'leaf2', [{ code: 'not-deployed' }]),
      fresh('create', 'spine1', [{ code: 'not-deployed' }]),
      fresh('create', 'spine2', [{ code: 'not-deployed' }]),
    ],
  },
  { name: 'deployed and healthy → nothing to do', observed: (running) => running, actions: [] },
  {
    name: 'connector spine2 QEMU died → start spine2 alone',
    observed: (running) => edit(running, (o) => (o.nodes.spine2!.process = 'exited')),
    actions: [fresh('start', 'spine2', [{ code: 'process-exited' }])],
  },
  {
    name: 'listener leaf1 QEMU died → start leaf1, restart the spines that connect to it',
    observed: (running) => edit(running, (o) => (o.nodes.leaf1!.process = 'exited')),
    actions: [
      fresh('start', 'leaf1', [{ code: 'process-exited' }]),
      fresh('restart', 'spine1', [listenerRestarts('Ethernet0', 'leaf1', 'Ethernet0', 'start')], [started('start:leaf1')]),
      fresh('restart', 'spine2', [listenerRestarts('Ethernet0', 'leaf1', 'Ethernet4', 'start')], [started('start:leaf1')]),
    ],
    stream: [fresh('start', 'leaf1', [{ code: 'process-exited' }, peersReconnect('leaf1', ['spine1:Ethernet0', 'spine2:Ethernet0'])])],
  },
  {
    name: 'PID reused by another program → start, and say so',
    observed: (running) =>
      edit(running, (o) => {
        o.nodes.spine1!.process = 'exited';
        o.nodes.spine1!.pidReused = true;
      }),
    actions: [fresh('start', 'spine1', [{ code: 'pid-reused', pid: 1002 }])],
  },
  {
    name: 'memory of spine1 changed → replace spine1 only (it listens to nobody)',
    sketch: { ...spineLeaf, profiles: { spine1: { vm_memory: 512 } } },
    observed: (running) => running,
    actions: [fresh('replace', 'spine1', [{ code: 'config-changed', field: 'memory_mb', old: 256, new: 512 }])],
  },
  {
    name: 'image of leaf2 changed → replace leaf2, restart its connectors',
    sketch: { ...spineLeaf, profiles: { leaf2: { vm_image: '/images/new.qcow2' } } },
    observed: (running) => running,
    actions: [
      fresh('replace', 'leaf2', [{ code: 'config-changed', field: 'image', old: '/images/switch.qcow2', new: '/images/new.qcow2' }]),
      fresh('restart', 'spine1', [listenerRestarts('Ethernet4', 'leaf2', 'Ethernet0', 'replace')], [started('replace:leaf2')]),
      fresh('restart', 'spine2', [listenerRestarts('Ethernet4', 'leaf2', 'Ethernet4', 'replace')], [started('replace:leaf2')]),
    ],
    stream: [
      fresh('replace', 'leaf2', [
        { code: 'config-changed', field: 'image', old: '/images/switch.qcow2', new: '/images/new.qcow2' },
        peersReconnect('leaf2', ['spine1:Ethernet4', 'spine2:Ethernet4']),
      ]),
    ],
  },
  {
    name: 'overlay deleted → replace',
    observed: (running) => edit(running, (o) => (o.nodes.spine2!.overlay = false)),
    actions: [fresh('replace', 'spine2', [{ code: 'overlay-missing', overlay: 'disks/spine2.qcow2' }])],
  },
  {
    name: 'base image rewritten under the running overlays → replace',
    observed: (running) =>
      edit(running, (o) => {
        o.nodes.spine2!.record.image_identity = { size: 100, mtime: '2026-01-01T00:00:00.000Z', hash: 'aaa' };
        o.nodes.spine2!.image = { size: 200, mtime: '2026-02-01T00:00:00.000Z', hash: 'bbb' };
      }),
    actions: [
      fresh('replace', 'spine2', [
        { code: 'image-changed', image: '/images/switch.qcow2', old_size: 100, new_size: 200, modified: '2026-02-01T00:00:00.000Z' },
      ]),
    ],
  },
  {
    name: 'base image only touched (same size and content) → nothing',
    observed: (running) =>
      edit(running, (o) => {
        o.nodes.spine2!.record.image_identity = { size: 100, mtime: '2026-01-01T00:00:00.000Z', hash: 'aaa' };
        o.nodes.spine2!.image = { size: 100, mtime: '2026-02-01T00:00:00.000Z', hash: 'aaa' };
      }),
    actions: [],
  },
  {
    name: 'guest shut down inside a live QEMU → restart',
    observed: (running) => edit(running, (o) => (o.nodes.spine2!.vm = 'shutdown')),
    actions: [fresh('restart', 'spine2', [{ code: 'guest-state', state: 'shutdown' }])],
  },
  {
    name: 'guest paused → resume in place',
    observed: (running) => edit(running, (o) => (o.nodes.spine2!.vm = 'paused')),
    actions: [update('spine2', [{ step: 'resume' }], [{ code: 'guest-paused' }])],
  },
  {
    name: 'connector link down (listener restarted behind our back) → restart the connector',
    observed: (running) => edit(running, (o) => (o.nodes.spine1!.links = { Ethernet0: 'down', Ethernet4: 'up' })),
    actions: [fresh('restart', 'spine1', [{ code: 'link-down', interface: 'Ethernet0', peer: 'leaf1:Ethernet0' }])],
    stream: [], // a reconnecting connector takes its listener back by itself,
  },
  {
    name: 'node removed from the specs (its links were last) → destroy it alone; peers unplug the NIC live and take over its ports once it is gone',
    sketch: { devices: ['spine1', 'spine2', 'leaf1'], links: leavesInOrder.links!.slice(0, 2) },
    observed: (_running, links) => deployed(graphOf(leavesInOrder, links)),
    actions: [
      destroy('leaf2'),
      update(
        'spine1',
        [moveSsh(40002, 40001), moveConsole(30001), { step: 'unplug-nic', nic: 2, interface: 'Ethernet4', peer: 'leaf2:Ethernet0' }],
        [
          moved('ssh_port', 40002, 40001),
          moved('console_port', 30002, 30001),
          { code: 'nic-unplugged', nic: 2, interface: 'Ethernet4', peer: 'leaf2:Ethernet0' },
        ],
        [done('destroy:leaf2')],
      ),
      update(
        'spine2',
        [moveSsh(40003, 40002), moveConsole(30002), { step: 'unplug-nic', nic: 2, interface: 'Ethernet4', peer: 'leaf2:Ethernet4' }],
        [
          moved('ssh_port', 40003, 40002),
          moved('console_port', 30003, 30002),
          { code: 'nic-unplugged', nic: 2, interface: 'Ethernet4', peer: 'leaf2:Ethernet4' },
        ],
        [done('update:spine1')],
      ),
    ],
  },
  {
    name: 'node added with links → create it, replace the peers whose NICs it needs, shift the rest live',
    sketch: {
      ...spineLeaf,
      devices: [...spineLeaf.devices, 'leaf3'],
      links: [...spineLeaf.links!, ['spine1:Ethernet8', 'leaf3:Ethernet0'], ['spine2:Ethernet8', 'leaf3:Ethernet4']],
    },
    observed: (running) => running,
    actions: [
      fresh('create', 'leaf3', [{ code: 'not-deployed' }]),
      fresh('replace', 'spine1', nicAdded(3, 'Ethernet8', 'connect', 'leaf3:Ethernet0', 20004), [started('create:leaf3')]),
      fresh('replace', 'spine2', nicAdded(3, 'Ethernet8', 'connect', 'leaf3:Ethernet4', 20005), [started('create:leaf3')]),
    ],
    stream: [
      fresh('create', 'leaf3', [{ code: 'not-deployed' }]),
      fresh('replace', 'spine1', nicAdded(3, 'Ethernet8', 'connect', 'leaf3:Ethernet0', 20004)),
      fresh('replace', 'spine2', nicAdded(3, 'Ethernet8', 'connect', 'leaf3:Ethernet4', 20005)),
    ],
  },
  {
    name: 'link removed from the middle of the links array → later links move port, their ends are replaced',
    sketch: { ...spineLeaf, links: [spineLeaf.links![0]!, ...spineLeaf.links!.slice(2)] },
    observed: (running) => running,
    // spine1 only loses a link (a live unplug) but restarts because its listener leaf1 is replaced
    actions: [
      fresh('replace', 'leaf1', [changed('nics[2].link.port', 20002, 20001)]),
      fresh('replace', 'leaf2', [changed('nics[2].link.port', 20003, 20002)]),
      fresh('restart', 'spine1', [listenerRestarts('Ethernet0', 'leaf1', 'Ethernet0', 'replace')], [started('replace:leaf1')]),
      fresh(
        'replace',
        'spine2',
        [changed('nics[1].link.port', 20002, 20001), changed('nics[2].link.port', 20003, 20002)],
        [started('replace:leaf1'), started('replace:leaf2')],
      ),
    ],
    stream: [
      // spine1 only loses a link: a live unplug (its listener leaf1's new QEMU is reconnected to by itself)
      update(
        'spine1',
        [{ step: 'unplug-nic', nic: 2, interface: 'Ethernet4', peer: 'leaf2:Ethernet0' }],
        [{ code: 'nic-unplugged', nic: 2, interface: 'Ethernet4', peer: 'leaf2:Ethernet0' }],
      ),
      fresh('replace', 'leaf1', [changed('nics[2].link.port', 20002, 20001), peersReconnect('leaf1', ['spine1:Ethernet0'])]),
      fresh('replace', 'leaf2', [changed('nics[2].link.port', 20003, 20002)]),
      fresh('replace', 'spine2', [changed('nics[1].link.port', 20002, 20001), changed('nics[2].link.port', 20003, 20002)]),
    ],
  },
  {
    name: 'unwired node added first in name order → create it; the others move SSH/console ports live, each once the next has let go',
    sketch: { ...spineLeaf, devices: [...spineLeaf.devices, 'aaa'] },
    observed: (running) => running,
    actions: [
      update('spine2', [moveSsh(40003, 40004), moveConsole(30004)], [moved('ssh_port', 40003, 40004), moved('console_port', 30003, 30004)]),
      update(
        'spine1',
        [moveSsh(40002, 40003), moveConsole(30003)],
        [moved('ssh_port', 40002, 40003), moved('console_port', 30002, 30003)],
        [done('update:spine2')],
      ),
      update(
        'leaf2',
        [moveSsh(40001, 40002), moveConsole(30002)],
        [moved('ssh_port', 40001, 40002), moved('console_port', 30001, 30002)],
        [done('update:spine1')],
      ),
      update(
        'leaf1',
        [moveSsh(40000, 40001), moveConsole(30001)],
        [moved('ssh_port', 40000, 40001), moved('console_port', 30000, 30001)],
        [done('update:leaf2')],
      ),
      fresh('create', 'aaa', [{ code: 'not-deployed' }], [done('update:leaf1')]),
    ],
  },
  {
    name: 'link appended to the links array → only its two ends change',
    sketch: { ...spineLeaf, links: [...spineLeaf.links!, ['leaf1:Ethernet8', 'leaf2:Ethernet8']] },
    observed: (running) => running,
    // and the spines restart: they connect to leaf1 and leaf2 over socket links, and both get a new QEMU
    actions: [
      fresh('replace', 'leaf1', nicAdded(3, 'Ethernet8', 'listen', 'leaf2:Ethernet8', 20004)),
      fresh('replace', 'leaf2', nicAdded(3, 'Ethernet8', 'connect', 'leaf1:Ethernet8', 20004), [started('replace:leaf1')]),
      fresh('restart', 'spine1', [listenerRestarts('Ethernet0', 'leaf1', 'Ethernet0', 'replace')], [started('replace:leaf1'), started('replace:leaf2')]),
      fresh('restart', 'spine2', [listenerRestarts('Ethernet0', 'leaf1', 'Ethernet4', 'replace')], [started('replace:leaf1'), started('replace:leaf2')]),
    ],
    stream: [
      fresh('replace', 'leaf1', [
        ...nicAdded(3, 'Ethernet8', 'listen', 'leaf2:Ethernet8', 20004),
        peersReconnect('leaf1', ['spine1:Ethernet0', 'spine2:Ethernet0']),
      ]),
      fresh('replace', 'leaf2', [
        ...nicAdded(3, 'Ethernet8', 'connect', 'leaf1:Ethernet8', 20004),
        peersReconnect('leaf2', ['spine1:Ethernet4', 'spine2:Ethernet4']),
      ]),
    ],
  },
  {
    name: 'node stopped by the user stays stopped',
    observed: (running) =>
      edit(running, (o) => {
        o.nodes.spine2!.process = 'exited';
        o.nodes.spine2!.record.intent = 'stopped';
      }),
    actions: [],
  },
  {
    name: 'start requested for a stopped node',
    observed: (running) =>
      edit(running, (o) => {
        o.nodes.spine2!.process = 'exited';
        o.nodes.spine2!.record.intent = 'stopped';
      }),
    request: { start: ['spine2'] },
    actions: [fresh('start', 'spine2', [{ code: 'start-requested' }])],
  },
  {
    name: 'stop requested for a listener → stop it; its connectors are warned, not restarted',
    observed: (running) => running,
    request: { stop: ['leaf1'] },
    actions: [stop('leaf1', 'stop-requested')],
  },
  {
    name: 'profile lost its ports → patch the profile only',
    observed: (running) => edit(running, (o) => (o.profiles.spine1 = { exists: true, mgmt_ip: 'PLACEHOLDER' })),
    actions: [
      {
        action: 'patch-profile',
        node: 'spine1',
        depends_on: [],
        profile: {
          file: 'profiles/spine1.json',
          create: false,
          patch: [
            { op: 'replace', path: '/mgmt_ip', value: '127.0.0.1' },
            { op: 'add', path: '/ssh_port', value: 40002 },
            { op: 'add', path: '/console_port', value: 30002 },
          ],
        },
        reasons: [
          { code: 'profile-field', field: 'mgmt_ip', old: 'PLACEHOLDER', new: '127.0.0.1' },
          { code: 'profile-field', field: 'ssh_port', old: null, new: 40002 },
          { code: 'profile-field', field: 'console_port', old: null, new: 30002 },
        ],
      },
    ],
  },
  {
    name: 'whole lab gone from the specs → destroy in reverse order (connectors before listeners)',
    sketch: { devices: [] },
    observed: (running) => running,
    actions: [
      destroy('spine2'),
      destroy('spine1'),
      destroy('leaf2', [done('destroy:spine1'), done('destroy:spine2')]),
      destroy('leaf1', [done('destroy:spine1'), done('destroy:spine2')]),
    ],
  },
  {
    name: 'UDP links: a dead node restarts alone, nothing cascades',
    sketch: { ...spineLeaf, vmlab: { link_transport: 'udp' } },
    observed: (_running, links) =>
      edit(deployed(graphOf({ ...spineLeaf, vmlab: { link_transport: 'udp' } }, links)), (o) => (o.nodes.leaf1!.process = 'exited')),
    actions: [fresh('start', 'leaf1', [{ code: 'process-exited' }])],
  },
];

describe.each(['stream', 'socket'] as const)('plan scenarios, %s links', (links) => {
  const healthy = deployed(graphOf(spineLeaf, links));
  test.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const graph = graphOf(s.sketch ?? spineLeaf, links);
    const result = plan(graph, s.observed(healthy, links), { host: null, ...s.request });
    const expected = links === 'stream' ? (s.stream ?? s.actions) : s.actions;
    const wantsProfiles = expected.some((a) => a.action === 'patch-profile');
    const actions = wantsProfiles ? result.actions : only(result.actions, 'lifecycle');
    expect(actions.map((a) => whole(a, graph))).toEqual(expected);
    expect(result.changes).toBe(result.actions.length > 0);
  });
});

describe('plan ordering and dependencies', () => {
  test('connectors depend on their listeners; profiles are patched after their node is up', () => {
    const result = plan(graphOf(spineLeaf, 'socket'), empty(), { host: null });
    const byId = new Map(result.actions.map((a) => [a.id, a]));
    expect(byId.get('create:spine1')!.depends_on).toEqual([started('create:leaf1'), started('create:leaf2')]);
    expect(byId.get('create:leaf1')!.depends_on).toEqual([]);
    expect(byId.get('patch-profile:spine1')!.depends_on).toEqual([done('create:spine1')]);
    const position = new Map(result.actions.map((a, i) => [a.id, i]));
    for (const a of result.actions) for (const d of a.depends_on) expect(position.get(d.on)!).toBeLessThan(position.get(a.id)!);
  });

  test('a node that takes over freed ports waits for the node that frees them', () => {
    const result = plan(graphOf({ ...spineLeaf, devices: [...spineLeaf.devices, 'aaa'] }, 'socket'), running, { host: null });
    const byId = new Map(result.actions.map((a) => [a.id, a]));
    expect(byId.get('create:aaa')!.depends_on).toEqual([done('update:leaf1')]);
    expect(byId.get('update:leaf1')!.depends_on).toEqual([done('update:leaf2')]);
  });

  test('a stopped listener warns about the links that go down', () => {
    const result = plan(graphOf(spineLeaf, 'socket'), running, { host: null, stop: ['leaf1'] });
    expect(result.warnings).toEqual([
      "spine1's link Ethernet0 to leaf1 goes down; spine1 restarts when leaf1 starts again",
      "spine2's link Ethernet0 to leaf1 goes down; spine2 restarts when leaf1 starts again",
    ]);
  });

  test('the same inputs give byte-identical plans', () => {
    const a = JSON.stringify(plan(graphOf(spineLeaf, 'socket'), empty(), { host: null }));
    const b = JSON.stringify(plan(graphOf(spineLeaf, 'socket'), empty(), { host: null }));
    expect(a).toBe(b);
  });
});

describe('plan --host', () => {
  const multi: LabSketch = {
    ...spineLeaf,
    vmlab: { hosts: { 'server-a': '10.0.0.1', 'server-b': '10.0.0.2' }, default_host: 'server-a' },
    profiles: { leaf1: { vm_host: 'server-b' }, leaf2: { vm_host: 'server-b' } },
  };

  test("only that host's nodes get actions; the graph is the whole lab", () => {
    const onA = plan(graphOf(multi, 'socket'), empty(), { host: 'server-a' });
    const onB = plan(graphOf(multi, 'socket'), empty(), { host: 'server-b' });
    expect(steps(only(onA.actions, 'lifecycle'))).toEqual(['create spine1', 'create spine2']);
    expect(steps(only(onB.actions, 'lifecycle'))).toEqual(['create leaf1', 'create leaf2']);
    // Both hosts compute the same desired graph: same ports, MACs, listeners.
    expect(JSON.stringify({ nodes: onA.nodes, links: onA.links })).toBe(JSON.stringify({ nodes: onB.nodes, links: onB.links }));
  });

  test('a socket connector whose listener is on another host waits for it to answer: the action names it', () => {
    const onA = plan(graphOf(multi, 'socket'), empty(), { host: 'server-a' });
    const spine1 = onA.actions.find((a) => a.id === 'create:spine1')!;
    expect(spine1.action === 'create' && spine1.wait_for).toEqual([
      { iface: 'Ethernet0', peer: 'leaf1:Ethernet0', host: 'server-b', address: '10.0.0.2', port: 20000 },
      { iface: 'Ethernet4', peer: 'leaf2:Ethernet0', host: 'server-b', address: '10.0.0.2', port: 20001 },
    ]);
    // the listeners' actions are not in this host's plan: nothing to depend on
    expect(spine1.depends_on).toEqual([]);
  });

  test('a listener restarting on one host warns about connectors on the other', () => {
    const observed = edit(deployed(graphOf(multi, 'socket')), (o) => {
      for (const n of ['spine1', 'spine2']) delete o.nodes[n];
      o.nodes.leaf1!.process = 'exited';
    });
    const onB = plan(graphOf(multi, 'socket'), observed, { host: 'server-b' });
    expect(steps(onB.actions)).toEqual(['start leaf1']);
    expect(onB.warnings).toEqual([
      'spine1 on server-a must restart after leaf1 starts: run "vmlab apply --host server-a" there',
      'spine2 on server-a must restart after leaf1 starts: run "vmlab apply --host server-a" there',
    ]);
  });
});

test('a console still listening on the host address (started by an older vmlab) moves to 127.0.0.1 live', () => {
  const multi: LabSketch = {
    ...spineLeaf,
    vmlab: { hosts: { 'server-a': '10.0.0.1', 'server-b': '10.0.0.2' }, default_host: 'server-a' },
  };
  const observed = edit(deployed(graphOf(multi, 'socket')), (o) => {
    delete o.nodes.leaf1!.record.console_bind; // an older state file: the console listened on bind_address
  });
  const result = plan(graphOf(multi, 'socket'), observed, { host: 'server-a' });
  expect(steps(result.actions)).toEqual(['update leaf1']);
  expect(whole(result.actions[0]!, graphOf(multi, 'socket'))).toEqual(
    update('leaf1', [{ step: 'move-console', to: { address: '127.0.0.1', port: 30000 } }], [moved('console_bind', '10.0.0.1', '127.0.0.1')]),
  );
});

test('SWITCH platform in the helpers stays as the scenarios assume', () => {
  expect(SWITCH.vm_memory).toBe(256);
});
