/**
 * The planner on self-healing (stream) links against QEMU 7.2's socket links:
 * the blast radius of one node's fault, start order, and a lab that runs
 * socket links on a QEMU that now builds stream ones.
 */
import { compile } from '../../src/model/compile.js';
import type { DesiredGraph } from '../../src/model/types.js';
import { plan, why } from '../helpers/plan.js';
import type { Action } from '../../src/plan/types.js';
import { resolved, SPINE_LEAF, type LabSketch } from '../helpers/lab.js';
import { deployed, edit, empty } from '../helpers/observed.js';

/** n switches in a ring: each one's Ethernet0 to the next one's Ethernet4. */
function ring(n: number): LabSketch {
  const name = (i: number) => `r${String(i + 1).padStart(2, '0')}`;
  const devices = Array.from({ length: n }, (_, i) => name(i));
  return { devices, links: devices.map((d, i) => [`${d}:Ethernet0`, `${name((i + 1) % n)}:Ethernet4`] as [string, string]) };
}

const socketGraph = (sketch: LabSketch): DesiredGraph => compile(resolved(sketch), { links: 'socket' });
const streamGraph = (sketch: LabSketch): DesiredGraph => compile(resolved(sketch), { links: 'stream' });
const lifecycle = (actions: Action[]) => actions.filter((a) => a.action !== 'patch-profile').map((a) => `${a.action} ${a.node}`);
const crashed = (graph: DesiredGraph, node: string) =>
  edit(deployed(graph), (o) => {
    o.nodes[node]!.process = 'exited';
  });

describe('blast radius of one crashed node in a 12-node ring', () => {
  // The end on the node first in name order listens: r06 listens towards r07, r07 towards r08, …, r12 connects to r01.
  test('socket links (QEMU 7.2): the crash of r06 restarts 6 others, each the listener of the next link', () => {
    const graph = socketGraph(ring(12));
    const result = plan(graph, crashed(graph, 'r06'), { host: null });
    expect(lifecycle(result.actions)).toEqual(['start r06', 'restart r07', 'restart r08', 'restart r09', 'restart r10', 'restart r11', 'restart r12']);
  });

  test('socket links: the crash of r01, which listens on both its links, restarts all 11 others', () => {
    const graph = socketGraph(ring(12));
    expect(lifecycle(plan(graph, crashed(graph, 'r01'), { host: null }).actions)).toHaveLength(12);
  });

  test('stream links: only r01 starts, and its reasons say why no peer restarts', () => {
    const graph = streamGraph(ring(12));
    const result = plan(graph, crashed(graph, 'r01'), { host: null });
    expect(lifecycle(result.actions)).toEqual(['start r01']);
    expect(why(result.actions[0]!)).toEqual([
      { code: 'process-exited' },
      { code: 'peers-reconnect', listener: 'r01', ends: ['r02:Ethernet4', 'r12:Ethernet0'] },
    ]);
  });

  test.each(['r01', 'r05', 'r12'])('stream links: a crash of %s touches that node alone', (node) => {
    const graph = streamGraph(ring(12));
    expect(lifecycle(plan(graph, crashed(graph, node), { host: null }).actions)).toEqual([`start ${node}`]);
  });
});

describe('start order', () => {
  test('socket links: connectors wait for their listeners', () => {
    const created = plan(socketGraph(SPINE_LEAF), empty(), { host: null }).actions.find((a) => a.id === 'create:spine1')!;
    expect(created.depends_on).toEqual([
      { on: 'create:leaf1', until: 'started' },
      { on: 'create:leaf2', until: 'started' },
    ]);
  });

  test('stream links: no node waits for another; every QEMU starts at once', () => {
    const result = plan(streamGraph(SPINE_LEAF), empty(), { host: null });
    for (const a of result.actions.filter((x) => x.action === 'create')) expect(a.depends_on).toEqual([]);
  });
});

describe('stream links compile to', () => {
  test('a listening end without and a connecting end with reconnect_ms', () => {
    const graph = streamGraph(SPINE_LEAF);
    const leaf1 = graph.nodes.find((n) => n.name === 'leaf1')!;
    const spine1 = graph.nodes.find((n) => n.name === 'spine1')!;
    expect(leaf1.nics[1]!.link).toEqual({ mode: 'listen', address: '127.0.0.1', port: expect.any(Number), peer: 'spine1:Ethernet0', backend: 'stream' });
    expect(spine1.nics[1]!.link).toMatchObject({ mode: 'connect', peer: 'leaf1:Ethernet0', backend: 'stream', reconnect_ms: 1000 });
    expect(graph.tcpBackend).toBe('stream');
  });

  test('socket links as before (no backend field, so older state records compare equal)', () => {
    const graph = socketGraph(SPINE_LEAF);
    expect(JSON.stringify(graph)).not.toContain('backend');
    expect(graph.tcpBackend).toBeUndefined();
  });

  test('udp links whatever the QEMU', () => {
    const udp = compile(resolved({ ...SPINE_LEAF, vmlab: { link_transport: 'udp' } }), { links: 'stream' });
    expect(udp.tcpBackend).toBeUndefined();
    expect(udp.nodes[0]!.nics[1]!.link!.mode).toBe('udp');
  });
});

describe('a lab deployed with socket links, planned on a QEMU with stream links', () => {
  const before = deployed(socketGraph(SPINE_LEAF));
  const graph = streamGraph(SPINE_LEAF);

  test('replaces nothing: the two netdevs speak the same wire format', () => {
    expect(plan(graph, before, { host: null }).actions).toEqual([]);
  });

  test('a listener that restarts still restarts its socket connectors (their QEMUs do not reconnect)', () => {
    const observed = edit(before, (o) => {
      o.nodes.leaf1!.process = 'exited';
    });
    const result = plan(graph, observed, { host: null });
    expect(lifecycle(result.actions)).toEqual(['start leaf1', 'restart spine1', 'restart spine2']);
  });

  test('a connector restarted once runs stream links from then on: the next restart of its listener leaves it be', () => {
    const observed = edit(before, (o) => {
      o.nodes.leaf1!.process = 'exited';
      o.nodes.spine1!.record.config.nics = graph.nodes.find((n) => n.name === 'spine1')!.nics;
    });
    expect(lifecycle(plan(graph, observed, { host: null }).actions)).toEqual(['start leaf1', 'restart spine2']);
  });
});

describe('stop', () => {
  test("stream links: a stopped listener's connectors are told they reconnect by themselves", () => {
    const graph = streamGraph(SPINE_LEAF);
    const result = plan(graph, deployed(graph), { host: null, stop: ['leaf1'] });
    expect(lifecycle(result.actions)).toEqual(['stop leaf1']);
    expect(result.warnings).toEqual([
      "spine1's link Ethernet0 to leaf1 goes down; it reconnects by itself when leaf1 starts again",
      "spine2's link Ethernet0 to leaf1 goes down; it reconnects by itself when leaf1 starts again",
    ]);
  });

  test('stream links: starting it again starts it alone', () => {
    const graph = streamGraph(SPINE_LEAF);
    const stopped = edit(deployed(graph), (o) => {
      o.nodes.leaf1!.process = 'exited';
      o.nodes.leaf1!.record.intent = 'stopped';
    });
    expect(lifecycle(plan(graph, stopped, { host: null, start: ['leaf1'] }).actions)).toEqual(['start leaf1']);
  });
});

describe('across hosts', () => {
  const multi: LabSketch = {
    ...SPINE_LEAF,
    vmlab: { hosts: { 'server-a': '10.0.0.1', 'server-b': '10.0.0.2' }, default_host: 'server-a' },
    profiles: { leaf1: { vm_host: 'server-b' }, leaf2: { vm_host: 'server-b' } },
  };

  test('a listener restarting on one host asks nothing of the other when the links reconnect', () => {
    const graph = streamGraph(multi);
    const observed = edit(deployed(graph), (o) => {
      for (const n of ['spine1', 'spine2']) delete o.nodes[n];
      o.nodes.leaf1!.process = 'exited';
    });
    const onB = plan(graph, observed, { host: 'server-b' });
    expect(lifecycle(onB.actions)).toEqual(['start leaf1']);
    expect(onB.warnings).toEqual([]);
  });
});
