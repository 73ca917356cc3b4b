import { plan } from '../../src/plan/plan.js';
import type { Action, PlanRequest } from '../../src/plan/types.js';
import type { ObservedLab } from '../../src/state/types.js';
import { graphOf, SPINE_LEAF, SWITCH, type LabSketch } from '../helpers/lab.js';
import { deployed, edit, empty } from '../helpers/observed.js';

// leaf1 < leaf2 < spine1 < spine2 in name order, so the leaves listen and the spines connect.
const spineLeaf = SPINE_LEAF;
const running = deployed(graphOf(spineLeaf));
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
const only = (actions: Action[], kind: string) => actions.filter((a) => a.action !== 'patch-profile' || kind === 'patch-profile');

interface Scenario {
  name: string;
  sketch?: LabSketch;
  observed: ObservedLab;
  request?: Partial<PlanRequest>;
  /** Expected lifecycle actions ("kind node"), in order; patch-profile actions are left out unless listed. */
  steps: string[];
  /** Expected reasons of one action. */
  reasons?: [string, string[]];
}

const scenarios: Scenario[] = [
  {
    name: 'nothing deployed → create every node, listeners first',
    observed: empty(),
    steps: ['create leaf1', 'create leaf2', 'create spine1', 'create spine2'],
    reasons: ['create:leaf1', ['not deployed']],
  },
  { name: 'deployed and healthy → nothing to do', observed: running, steps: [] },
  {
    name: 'connector spine2 QEMU died → start spine2 alone',
    observed: edit(running, (o) => (o.nodes.spine2!.process = 'exited')),
    steps: ['start spine2'],
    reasons: ['start:spine2', ['process exited']],
  },
  {
    name: 'listener leaf1 QEMU died → start leaf1, restart the spines that connect to it',
    observed: edit(running, (o) => (o.nodes.leaf1!.process = 'exited')),
    steps: ['start leaf1', 'restart spine1', 'restart spine2'],
    reasons: [
      'restart:spine1',
      ['its link Ethernet0 connects to leaf1:Ethernet0, and leaf1 gets a new QEMU (start): a QEMU 7.2 socket link never reconnects'],
    ],
  },
  {
    name: 'PID reused by another program → start, and say so',
    observed: edit(running, (o) => {
      o.nodes.spine1!.process = 'exited';
      o.nodes.spine1!.pidReused = true;
    }),
    steps: ['start spine1'],
    reasons: ['start:spine1', ['process exited (PID 1002 now belongs to another program)']],
  },
  {
    name: 'memory of spine1 changed → replace spine1 only (it listens to nobody)',
    sketch: { ...spineLeaf, profiles: { spine1: { vm_memory: 512 } } },
    observed: running,
    steps: ['replace spine1'],
    reasons: ['replace:spine1', ['memory_mb: 256 → 512']],
  },
  {
    name: 'image of leaf2 changed → replace leaf2, restart its connectors',
    sketch: { ...spineLeaf, profiles: { leaf2: { vm_image: '/images/new.qcow2' } } },
    observed: running,
    steps: ['replace leaf2', 'restart spine1', 'restart spine2'],
    reasons: ['replace:leaf2', ['image: /images/switch.qcow2 → /images/new.qcow2']],
  },
  {
    name: 'overlay deleted → replace',
    observed: edit(running, (o) => (o.nodes.spine2!.overlay = false)),
    steps: ['replace spine2'],
    reasons: ['replace:spine2', ['overlay disks/spine2.qcow2 is missing']],
  },
  {
    name: 'base image rewritten under the running overlays → replace',
    observed: edit(running, (o) => {
      o.nodes.spine2!.record.image_identity = { size: 100, mtime: '2026-01-01T00:00:00.000Z', hash: 'aaa' };
      o.nodes.spine2!.image = { size: 200, mtime: '2026-02-01T00:00:00.000Z', hash: 'bbb' };
    }),
    steps: ['replace spine2'],
    reasons: ['replace:spine2', ['base image /images/switch.qcow2 changed under the overlay (size 100 → 200, modified 2026-02-01T00:00:00.000Z): an overlay on a changed backing file is corrupt']],
  },
  {
    name: 'base image only touched (same size and content) → nothing',
    observed: edit(running, (o) => {
      o.nodes.spine2!.record.image_identity = { size: 100, mtime: '2026-01-01T00:00:00.000Z', hash: 'aaa' };
      o.nodes.spine2!.image = { size: 100, mtime: '2026-02-01T00:00:00.000Z', hash: 'aaa' };
    }),
    steps: [],
  },
  {
    name: 'guest shut down inside a live QEMU → restart',
    observed: edit(running, (o) => (o.nodes.spine2!.vm = 'shutdown')),
    steps: ['restart spine2'],
    reasons: ['restart:spine2', ['guest is shutdown']],
  },
  {
    name: 'guest paused → resume in place',
    observed: edit(running, (o) => (o.nodes.spine2!.vm = 'paused')),
    steps: ['update spine2'],
    reasons: ['update:spine2', ['guest is paused: resume it']],
  },
  {
    name: 'connector link down (listener restarted behind our back) → restart the connector',
    observed: edit(running, (o) => (o.nodes.spine1!.links = { Ethernet0: 'down', Ethernet4: 'up' })),
    steps: ['restart spine1'],
    reasons: ['restart:spine1', ['link Ethernet0 to leaf1:Ethernet0 is down: its listener restarted or was never reached']],
  },
  {
    name: 'node removed from the specs (its links were last) → destroy it alone; peers unplug the NIC live',
    sketch: { devices: ['spine1', 'spine2', 'leaf1'], links: leavesInOrder.links!.slice(0, 2) },
    observed: deployed(graphOf(leavesInOrder)),
    steps: ['destroy leaf2', 'update spine1', 'update spine2'],
    reasons: ['update:spine1', ['ssh_port: 40002 → 40001 (changed live through the monitor)', 'console_port: 30002 → 30001 (changed live through the monitor)', 'nics[2]: Ethernet4 linked to leaf2:Ethernet0 → unplugged (changed live through the monitor)']],
  },
  {
    name: 'node added with links → create it, replace the peers whose NICs it needs, shift the rest live',
    sketch: { ...spineLeaf, devices: [...spineLeaf.devices, 'leaf3'], links: [...spineLeaf.links!, ['spine1:Ethernet8', 'leaf3:Ethernet0'], ['spine2:Ethernet8', 'leaf3:Ethernet4']] },
    observed: running,
    steps: ['create leaf3', 'replace spine1', 'replace spine2'],
  },
  {
    name: 'link removed from the middle of the links array → later links move port, their ends are replaced',
    sketch: { ...spineLeaf, links: [spineLeaf.links![0]!, ...spineLeaf.links!.slice(2)] },
    observed: running,
    // spine1 only loses a link (a live unplug) but restarts because its listener leaf1 is replaced
    steps: ['replace leaf1', 'replace leaf2', 'restart spine1', 'replace spine2'],
  },
  {
    name: 'unwired node added first in name order → create it; the others move SSH/console ports live',
    sketch: { ...spineLeaf, devices: [...spineLeaf.devices, 'aaa'] },
    observed: running,
    steps: ['update spine2', 'update spine1', 'update leaf2', 'update leaf1', 'create aaa'],
  },
  {
    name: 'link appended to the links array → only its two ends change',
    sketch: { ...spineLeaf, links: [...spineLeaf.links!, ['leaf1:Ethernet8', 'leaf2:Ethernet8']] },
    observed: running,
    steps: ['replace leaf1', 'replace leaf2', 'restart spine1', 'restart spine2'],
  },
  {
    name: 'node stopped by the user stays stopped',
    observed: edit(running, (o) => {
      o.nodes.spine2!.process = 'exited';
      o.nodes.spine2!.record.intent = 'stopped';
    }),
    steps: [],
  },
  {
    name: 'start requested for a stopped node',
    observed: edit(running, (o) => {
      o.nodes.spine2!.process = 'exited';
      o.nodes.spine2!.record.intent = 'stopped';
    }),
    request: { start: ['spine2'] },
    steps: ['start spine2'],
    reasons: ['start:spine2', ['start requested']],
  },
  {
    name: 'stop requested for a listener → stop it; its connectors are warned, not restarted',
    observed: running,
    request: { stop: ['leaf1'] },
    steps: ['stop leaf1'],
  },
  {
    name: 'profile lost its ports → patch the profile only',
    observed: edit(running, (o) => (o.profiles.spine1 = { exists: true, mgmt_ip: 'PLACEHOLDER' })),
    steps: ['patch-profile spine1'],
    reasons: ['patch-profile:spine1', ['mgmt_ip: "PLACEHOLDER" → "127.0.0.1"', 'ssh_port: (none) → 40002', 'console_port: (none) → 30002']],
  },
  {
    name: 'whole lab gone from the specs → destroy in reverse order (connectors before listeners)',
    sketch: { devices: [] },
    observed: running,
    steps: ['destroy spine2', 'destroy spine1', 'destroy leaf2', 'destroy leaf1'],
  },
  {
    name: 'UDP links: a dead node restarts alone, nothing cascades',
    sketch: { ...spineLeaf, vmlab: { link_transport: 'udp' } },
    observed: edit(deployed(graphOf({ ...spineLeaf, vmlab: { link_transport: 'udp' } })), (o) => (o.nodes.leaf1!.process = 'exited')),
    steps: ['start leaf1'],
  },
];

describe('plan scenarios', () => {
  test.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, s) => {
    const result = plan(graphOf(s.sketch ?? spineLeaf), s.observed, { host: null, ...s.request });
    const wantsProfiles = s.steps.some((step) => step.startsWith('patch-profile'));
    const actions = wantsProfiles ? result.actions : only(result.actions, 'lifecycle');
    expect(steps(actions)).toEqual(s.steps);
    expect(result.changes).toBe(result.actions.length > 0);
    if (s.reasons) expect(result.actions.find((a) => a.id === s.reasons![0])?.reasons).toEqual(s.reasons[1]);
  });
});

describe('plan ordering and dependencies', () => {
  test('connectors depend on their listeners; profiles are patched after their node is up', () => {
    const result = plan(graphOf(spineLeaf), empty(), { host: null });
    const byId = new Map(result.actions.map((a) => [a.id, a]));
    expect(byId.get('create:spine1')!.depends_on).toEqual(['create:leaf1', 'create:leaf2']);
    expect(byId.get('create:leaf1')!.depends_on).toEqual([]);
    expect(byId.get('patch-profile:spine1')!.depends_on).toEqual(['create:spine1']);
    const position = new Map(result.actions.map((a, i) => [a.id, i]));
    for (const a of result.actions) for (const d of a.depends_on) expect(position.get(d)!).toBeLessThan(position.get(a.id)!);
  });

  test('a node that takes over freed ports waits for the node that frees them', () => {
    const result = plan(graphOf({ ...spineLeaf, devices: [...spineLeaf.devices, 'aaa'] }), running, { host: null });
    const byId = new Map(result.actions.map((a) => [a.id, a]));
    expect(byId.get('create:aaa')!.depends_on).toEqual(['update:leaf1']);
    expect(byId.get('update:leaf1')!.depends_on).toEqual(['update:leaf2']);
  });

  test('a stopped listener warns about the links that go down', () => {
    const result = plan(graphOf(spineLeaf), running, { host: null, stop: ['leaf1'] });
    expect(result.warnings).toEqual([
      "spine1's link Ethernet0 to leaf1 goes down; spine1 restarts when leaf1 starts again",
      "spine2's link Ethernet0 to leaf1 goes down; spine2 restarts when leaf1 starts again",
    ]);
  });

  test('the same inputs give byte-identical plans', () => {
    const a = JSON.stringify(plan(graphOf(spineLeaf), empty(), { host: null }));
    const b = JSON.stringify(plan(graphOf(spineLeaf), empty(), { host: null }));
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
    const onA = plan(graphOf(multi), empty(), { host: 'server-a' });
    const onB = plan(graphOf(multi), empty(), { host: 'server-b' });
    expect(steps(only(onA.actions, 'lifecycle'))).toEqual(['create spine1', 'create spine2']);
    expect(steps(only(onB.actions, 'lifecycle'))).toEqual(['create leaf1', 'create leaf2']);
    // Both hosts compute the same desired graph: same ports, MACs, listeners.
    expect(JSON.stringify({ nodes: onA.nodes, links: onA.links })).toBe(JSON.stringify({ nodes: onB.nodes, links: onB.links }));
  });

  test('a listener restarting on one host warns about connectors on the other', () => {
    const observed = edit(deployed(graphOf(multi)), (o) => {
      for (const n of ['spine1', 'spine2']) delete o.nodes[n];
      o.nodes.leaf1!.process = 'exited';
    });
    const onB = plan(graphOf(multi), observed, { host: 'server-b' });
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
  const observed = edit(deployed(graphOf(multi)), (o) => {
    delete o.nodes.leaf1!.record.console_bind; // an older state file: the console listened on bind_address
  });
  const result = plan(graphOf(multi), observed, { host: 'server-a' });
  expect(steps(result.actions)).toEqual(['update leaf1']);
  expect(result.actions[0]!.changes).toEqual([{ field: 'console_bind', old: '10.0.0.1', new: '127.0.0.1' }]);
});

test('SWITCH platform in the helpers stays as the scenarios assume', () => {
  expect(SWITCH.vm_memory).toBe(256);
});
