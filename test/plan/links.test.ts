/**
 * The planner and links: admin-down links (vmlab link down) are intent, not
 * drift; a carrier off without intent is turned back on; a reconnecting
 * connector waiting for its listener heals itself; a socket connector that
 * lost its listener restarts as before. And the link states plan shows.
 */
import type { DesiredGraph } from '../../src/model/types.js';
import { plan, why } from '../helpers/plan.js';
import type { LinkStatus, Plan } from '../../src/plan/types.js';
import type { ObservedLab } from '../../src/state/types.js';
import { graphOf, SPINE_LEAF, type LabSketch } from '../helpers/lab.js';
import { deployed, edit } from '../helpers/observed.js';

// leaf1 < leaf2 < spine1 < spine2: the leaves listen, the spines connect.
const graph = graphOf(SPINE_LEAF, 'socket');
const running = deployed(graph);
const SINCE = '2026-11-27T10:00:00.000Z';
const DOWN = { a: 'spine1:Ethernet0', z: 'leaf1:Ethernet0', admin: 'down' as const, since: SINCE };

const steps = (p: Plan) => p.actions.filter((a) => a.action !== 'patch-profile').map((a) => `${a.action} ${a.node}`);
/** A link's state, named by its endpoints in either order. */
const stateOf = (p: Plan, a: string, z: string): LinkStatus => p.link_states!.find((l) => (l.a === a && l.z === z) || (l.a === z && l.z === a))!;

/** The lab as main compiles it on a QEMU with reconnecting stream links: every TCP end a stream netdev, connectors reconnecting. */
function streamGraph(sketch: LabSketch): DesiredGraph {
  const g = graphOf(sketch, 'socket');
  for (const node of g.nodes) {
    for (const nic of node.nics) {
      if (nic.link && nic.link.mode !== 'udp') {
        nic.link.backend = 'stream';
        if (nic.link.mode === 'connect') nic.link.reconnect_ms = 1000;
      }
    }
  }
  return g;
}

describe('admin-down links', () => {
  const downAndOff = (o: ObservedLab) => {
    o.state!.link_intents = [DOWN];
    o.nodes.spine1!.record.carrier_off = ['Ethernet0'];
    o.nodes.leaf1!.record.carrier_off = ['Ethernet0'];
  };

  test('a link taken down whose carriers are off is no drift: no action, no warning, shown admin-down', () => {
    const result = plan(graph, edit(running, downAndOff), { host: null });
    expect(result.actions).toEqual([]);
    expect(result.changes).toBe(false);
    expect(result.warnings).toEqual([]);
    expect(stateOf(result, 'leaf1:Ethernet0', 'spine1:Ethernet0')).toEqual({
      a: 'spine1:Ethernet0',
      z: 'leaf1:Ethernet0',
      transport: 'socket',
      state: 'admin-down',
      reason: `taken down with "vmlab link down" (${SINCE}); "vmlab link up" brings it back`,
      drift: false,
      peer_host: null,
    });
    expect(result.link_states!.filter((l) => l.state !== 'up')).toHaveLength(1);
  });

  test('the intent names the link by its endpoints, in either order', () => {
    const result = plan(
      graph,
      edit(running, (o) => {
        downAndOff(o);
        o.state!.link_intents = [{ ...DOWN, a: DOWN.z, z: DOWN.a }];
      }),
      { host: null },
    );
    expect(result.actions).toEqual([]);
    expect(stateOf(result, 'leaf1:Ethernet0', 'spine1:Ethernet0').state).toBe('admin-down');
  });

  test('a link taken down whose carrier is still on (a link down cut short): update both ends, carrier off, live', () => {
    const result = plan(
      graph,
      edit(running, (o) => (o.state!.link_intents = [DOWN])),
      { host: null },
    );
    expect(steps(result)).toEqual(['update leaf1', 'update spine1']);
    const spine1 = result.actions.find((a) => a.node === 'spine1')!;
    expect(spine1).toMatchObject({ action: 'update', steps: [{ step: 'set-carrier', nic: 1, interface: 'Ethernet0', up: false }] });
    expect(why(spine1)).toEqual([{ code: 'carrier-off', interface: 'Ethernet0', peer: 'leaf1:Ethernet0' }]);
  });

  test('a carrier vmlab turned off that no intent asks for (a link up cut short): update, carrier on, and the link shows down as drift', () => {
    const result = plan(
      graph,
      edit(running, (o) => (o.nodes.spine1!.record.carrier_off = ['Ethernet0'])),
      { host: null },
    );
    expect(steps(result)).toEqual(['update spine1']);
    expect(result.actions[0]).toMatchObject({ action: 'update', steps: [{ step: 'set-carrier', nic: 1, interface: 'Ethernet0', up: true }] });
    expect(why(result.actions[0]!)).toEqual([{ code: 'carrier-on', interface: 'Ethernet0', peer: 'leaf1:Ethernet0' }]);
    expect(stateOf(result, 'leaf1:Ethernet0', 'spine1:Ethernet0')).toMatchObject({ state: 'down', drift: true });
  });

  test('carrier changes join an update the node already has', () => {
    const result = plan(
      graph,
      edit(running, (o) => {
        o.state!.link_intents = [DOWN];
        o.nodes.leaf1!.record.carrier_off = ['Ethernet0'];
        o.nodes.spine1!.vm = 'paused';
      }),
      { host: null },
    );
    expect(steps(result)).toEqual(['update spine1']);
    expect(result.actions[0]).toMatchObject({
      action: 'update',
      steps: [{ step: 'resume' }, { step: 'set-carrier', nic: 1, interface: 'Ethernet0', up: false }],
    });
    expect(why(result.actions[0]!).map((r) => r.code)).toEqual(['guest-paused', 'carrier-off']);
  });

  test('a node that gets a fresh QEMU needs no carrier update: its start takes the link down again', () => {
    const result = plan(
      graph,
      edit(running, (o) => {
        o.state!.link_intents = [DOWN];
        o.nodes.leaf1!.record.carrier_off = ['Ethernet0'];
        o.nodes.spine1!.process = 'exited';
      }),
      { host: null },
    );
    expect(steps(result)).toEqual(['start spine1']);
    expect(stateOf(result, 'leaf1:Ethernet0', 'spine1:Ethernet0').state).toBe('admin-down');
  });

  test('an intent for a link no longer in the specs is ignored', () => {
    const fewer = graphOf({ ...SPINE_LEAF, links: SPINE_LEAF.links!.slice(1) }, 'socket');
    const observed = edit(deployed(fewer), (o) => (o.state!.link_intents = [DOWN]));
    const result = plan(fewer, observed, { host: null });
    expect(result.actions).toEqual([]);
    expect(result.link_states!.every((l) => l.state === 'up')).toBe(true);
  });
});

describe('connectors that lost their listener', () => {
  test('a QEMU 7.2-style socket connector whose listener restarted: restart, as before, and the link shows down', () => {
    const observed = edit(running, (o) => {
      o.nodes.spine1!.links = { Ethernet0: 'down', Ethernet4: 'up' };
      o.nodes.spine1!.netdevs = { Ethernet0: 'unconnected', Ethernet4: 'connected' };
      o.nodes.leaf1!.netdevs = { Ethernet0: 'unconnected', Ethernet4: 'connected' };
    });
    const result = plan(graph, observed, { host: null });
    expect(steps(result)).toEqual(['restart spine1']);
    expect(why(result.actions[0]!)).toEqual([{ code: 'link-down', interface: 'Ethernet0', peer: 'leaf1:Ethernet0' }]);
    expect(stateOf(result, 'leaf1:Ethernet0', 'spine1:Ethernet0')).toMatchObject({
      state: 'down',
      reason: 'spine1:Ethernet0 lost its listener leaf1:Ethernet0 and never reconnects: restarting spine1 heals it',
      drift: true,
    });
    expect(result.warnings).toEqual([]); // the restart says why
  });

  const stream = streamGraph(SPINE_LEAF);

  test('a reconnecting connector whose listener is stopped waits for it: no restart, "waiting for peer"', () => {
    const observed = edit(deployed(stream), (o) => {
      o.nodes.leaf1!.process = 'exited';
      o.nodes.leaf1!.record.intent = 'stopped';
      o.nodes.spine1!.links = { Ethernet0: 'down', Ethernet4: 'up' };
      o.nodes.spine1!.netdevs = { Ethernet0: 'connecting', Ethernet4: 'connected' };
    });
    const result = plan(stream, observed, { host: null });
    expect(result.actions.filter((a) => a.node === 'spine1')).toEqual([]);
    expect(stateOf(result, 'leaf1:Ethernet0', 'spine1:Ethernet0')).toEqual({
      a: 'spine1:Ethernet0',
      z: 'leaf1:Ethernet0',
      transport: 'stream',
      state: 'waiting for peer',
      reason: 'leaf1 is stopped ("vmlab stop")',
      drift: false,
      peer_host: null,
    });
  });

  test('a reconnecting connector still connecting while its listener runs: down, as drift, with a warning (nothing to do for it)', () => {
    const observed = edit(deployed(stream), (o) => {
      o.nodes.spine1!.links = { Ethernet0: 'down', Ethernet4: 'up' };
      o.nodes.spine1!.netdevs = { Ethernet0: 'connecting', Ethernet4: 'connected' };
      o.nodes.leaf1!.netdevs = { Ethernet0: 'listening', Ethernet4: 'connected' };
    });
    const result = plan(stream, observed, { host: null });
    expect(result.actions).toEqual([]);
    expect(result.warnings).toEqual(['link spine1:Ethernet0 ↔ leaf1:Ethernet0 is down: spine1:Ethernet0 is still reconnecting to leaf1:Ethernet0, which runs']);
  });

  test('a stream listener whose connector is stopped is waiting for peer, not drift', () => {
    const observed = edit(deployed(stream), (o) => {
      o.nodes.spine2!.process = 'exited';
      o.nodes.spine2!.record.intent = 'stopped';
      o.nodes.leaf1!.netdevs = { Ethernet0: 'connected', Ethernet4: 'listening' };
    });
    const result = plan(stream, observed, { host: null });
    expect(result.actions).toEqual([]);
    expect(stateOf(result, 'leaf1:Ethernet4', 'spine2:Ethernet0')).toMatchObject({ state: 'waiting for peer', drift: false });
  });
});

describe('links across hosts', () => {
  const multi: LabSketch = {
    ...SPINE_LEAF,
    vmlab: { hosts: { 'server-a': '10.0.0.1', 'server-b': '10.0.0.2' }, default_host: 'server-a' },
    profiles: { leaf1: { vm_host: 'server-b' }, leaf2: { vm_host: 'server-b' } },
  };

  test("seen from the connectors' host: the peer host is named; a reconnecting connector waits for it, a socket one restarts", () => {
    const onA = (g: DesiredGraph, netdev: 'connecting' | 'unconnected') =>
      edit(deployed(g), (o) => {
        for (const n of ['leaf1', 'leaf2']) delete o.nodes[n];
        o.nodes.spine1!.links = { Ethernet0: 'down', Ethernet4: 'up' };
        o.nodes.spine1!.netdevs = { Ethernet0: netdev, Ethernet4: 'connected' };
      });
    const stream = streamGraph(multi);
    const waiting = plan(stream, onA(stream, 'connecting'), { host: 'server-a' });
    expect(waiting.actions).toEqual([]);
    expect(stateOf(waiting, 'leaf1:Ethernet0', 'spine1:Ethernet0')).toEqual({
      a: 'spine1:Ethernet0',
      z: 'leaf1:Ethernet0',
      transport: 'stream',
      state: 'waiting for peer',
      reason: 'spine1:Ethernet0 reconnects to leaf1:Ethernet0 on server-b by itself once it listens',
      drift: false,
      peer_host: 'server-b',
    });
    const socket = graphOf(multi, 'socket');
    const dead = plan(socket, onA(socket, 'unconnected'), { host: 'server-a' });
    expect(steps(dead)).toEqual(['restart spine1']);
    expect(stateOf(dead, 'leaf1:Ethernet0', 'spine1:Ethernet0')).toMatchObject({ state: 'down', peer_host: 'server-b' });
  });

  test("an admin-down link is shown from each host's own intent", () => {
    const observed = edit(deployed(graphOf(multi, 'socket')), (o) => {
      for (const n of ['spine1', 'spine2']) delete o.nodes[n];
      o.state!.link_intents = [DOWN];
      o.nodes.leaf1!.record.carrier_off = ['Ethernet0'];
    });
    const onB = plan(graphOf(multi, 'socket'), observed, { host: 'server-b' });
    expect(onB.actions).toEqual([]);
    expect(stateOf(onB, 'leaf1:Ethernet0', 'spine1:Ethernet0')).toMatchObject({ state: 'admin-down', peer_host: 'server-a' });
  });
});

test('a lab not deployed has no link states in its plan', () => {
  expect(plan(graph, { state: null, nodes: {}, profiles: {} }, { host: null }).link_states).toBeUndefined();
});

test('a healthy lab: every link up', () => {
  const result = plan(graph, running, { host: null });
  expect(result.link_states!.map((l) => `${l.a} ↔ ${l.z} ${l.transport} ${l.state}`)).toEqual([
    'spine1:Ethernet0 ↔ leaf1:Ethernet0 socket up',
    'spine1:Ethernet4 ↔ leaf2:Ethernet0 socket up',
    'spine2:Ethernet0 ↔ leaf1:Ethernet4 socket up',
    'spine2:Ethernet4 ↔ leaf2:Ethernet4 socket up',
  ]);
});
