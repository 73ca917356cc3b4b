import { placeNodes, type PlacementNode } from '../../src/specs/placement.js';
import type { HostSpec } from '../../src/specs/resolved.js';
import type { SpecSet } from '../../src/specs/types.js';
import { resolveLab } from '../../src/specs/resolve.js';
import { compile } from '../../src/model/compile.js';
import { desiredHash } from '../../src/engine/plan-lab.js';
import { SpecError } from '../../src/errors.js';
import { hostLab } from '../helpers/hosts.js';
import { issues, resolved, specSet, type LabSketch } from '../helpers/lab.js';

/** A host as a scenario writes it: its capacity; the rest does not matter to placement. */
function host(maxNodes: number | null, budgets: { cpus?: number; memoryMb?: number } = {}): HostSpec {
  return { address: '10.0.0.1', ssh: '10.0.0.1', vmlab: 'vmlab', maxNodes, cpus: budgets.cpus ?? null, memoryMb: budgets.memoryMb ?? null };
}

/** A node of 2 vCPUs and 1024 MiB unless said otherwise; `to`: sent there by vm_host. */
function node(name: string, extra: { to?: string; cpus?: number; memoryMb?: number } = {}): PlacementNode {
  return { name, cpus: extra.cpus ?? 2, memoryMb: extra.memoryMb ?? 1024, sentTo: extra.to ?? null };
}

const nodes = (...names: string[]) => names.map((n) => node(n));

interface Scenario {
  hosts: Record<string, HostSpec>;
  nodes: PlacementNode[];
  previous?: Record<string, string>;
  /** node → host of every node vmlab places, or the problems' messages (matched as substrings). */
  expect: Record<string, string> | { problems: string[] };
  /** Reasons to check, node → the reason's text (exact). */
  reasons?: Record<string, string>;
}

const scenarios: [string, Scenario][] = [
  [
    'all fit: each to the host with the most free slots, ties to the first by name',
    {
      hosts: { 'server-a': host(2), 'server-b': host(3) },
      nodes: nodes('n1', 'n2', 'n3', 'n4'),
      expect: { n1: 'server-b', n2: 'server-a', n3: 'server-b', n4: 'server-a' },
      reasons: {
        n1: 'placed on server-b: most free capacity (0 of 3 slots used)',
        n2: 'placed on server-a: most free capacity (0 of 2 slots used)',
        n3: 'placed on server-b: most free capacity (1 of 3 slots used)',
        n4: 'placed on server-a: most free capacity (1 of 2 slots used)',
      },
    },
  ],
  [
    'ties are broken by host name',
    { hosts: { 'server-b': host(4), 'server-a': host(4) }, nodes: nodes('n1', 'n2', 'n3'), expect: { n1: 'server-a', n2: 'server-b', n3: 'server-a' } },
  ],
  [
    'nodes sent by vm_host count against their host and are not placed',
    {
      hosts: { 'server-a': host(3), 'server-b': host(3) },
      nodes: [node('p1', { to: 'server-a' }), node('p2', { to: 'server-a' }), ...nodes('n1', 'n2')],
      expect: { n1: 'server-b', n2: 'server-b' },
    },
  ],
  [
    'a host without max_nodes takes only the nodes sent to it',
    {
      hosts: { 'server-a': host(null), 'server-b': host(2) },
      nodes: [node('p1', { to: 'server-a' }), ...nodes('n1', 'n2')],
      expect: { n1: 'server-b', n2: 'server-b' },
    },
  ],
  [
    'does not fit: how many need a host, what is left, what would fix it',
    {
      hosts: { 'server-a': host(1), 'server-b': host(2) },
      nodes: [node('p1', { to: 'server-b' }), ...nodes('n1', 'n2', 'n3')],
      expect: {
        problems: [
          'the lab does not fit its hosts: 3 nodes need a host, and n3 finds no room (n3: 2 vCPUs, 1024 MiB). Left after the others: server-a 0 of 1 slots free; server-b 0 of 2 slots free. Raise max_nodes (or cpus, memory_mb) of a host, add a host with max_nodes, or send nodes to a host with vm_host',
        ],
      },
    },
  ],
  [
    'nodes sent to a host beyond its max_nodes are an error on that host',
    {
      hosts: { 'server-a': host(1), 'server-b': host(2) },
      nodes: [node('p1', { to: 'server-a' }), node('p2', { to: 'server-a' })],
      expect: { problems: ['2 nodes are sent to server-a (p1, p2), more than its max_nodes of 1; raise it, or send some of them elsewhere (vm_host)'] },
    },
  ],
  [
    'stable when a node is added: the others stay, only the new one is placed',
    {
      hosts: { 'server-a': host(4), 'server-b': host(4) },
      // Placed afresh, n0 would take server-a and push the others around; it gets what is left.
      nodes: nodes('n0', 'n1', 'n2', 'n3'),
      previous: { n1: 'server-a', n2: 'server-b', n3: 'server-a' },
      expect: { n0: 'server-b', n1: 'server-a', n2: 'server-b', n3: 'server-a' },
      reasons: { n1: 'kept on server-a (placed there before)', n0: 'placed on server-b: most free capacity (1 of 4 slots used)' },
    },
  ],
  [
    'stable when a node is removed: the rest stay where they are, unbalanced or not',
    {
      hosts: { 'server-a': host(4), 'server-b': host(4) },
      nodes: nodes('n1', 'n3'),
      previous: { n1: 'server-a', n2: 'server-b', n3: 'server-a' },
      expect: { n1: 'server-a', n3: 'server-a' },
    },
  ],
  [
    'previous host gone from the specs: the node is placed again, and the reason says why',
    {
      hosts: { 'server-a': host(4), 'server-c': host(4) },
      nodes: nodes('n1', 'n2'),
      previous: { n1: 'server-b', n2: 'server-a' },
      expect: { n1: 'server-c', n2: 'server-a' },
      reasons: { n1: 'placed on server-c: most free capacity (0 of 4 slots used); server-b, where it was before, is no longer in the specs' },
    },
  ],
  [
    'previous host full now (max_nodes lowered): those beyond it move, in name order',
    {
      hosts: { 'server-a': host(1), 'server-b': host(4) },
      nodes: nodes('n1', 'n2'),
      previous: { n1: 'server-a', n2: 'server-a' },
      expect: { n1: 'server-a', n2: 'server-b' },
      reasons: { n2: 'placed on server-b: most free capacity (0 of 4 slots used); server-a, where it was before, has no room for it now (its 1 slot taken)' },
    },
  ],
  [
    'a node sent by vm_host now is no longer placed, and its old place is ignored',
    {
      hosts: { 'server-a': host(2), 'server-b': host(2) },
      nodes: [node('n1', { to: 'server-b' }), ...nodes('n2')],
      previous: { n1: 'server-a', n2: 'server-b' },
      expect: { n2: 'server-b' },
    },
  ],
  [
    'cpus budget excludes a host with more free slots, and the reason names it',
    {
      hosts: { 'server-a': host(8, { cpus: 4 }), 'server-b': host(2) },
      nodes: [node('big', { cpus: 6 })],
      expect: { big: 'server-b' },
      reasons: { big: 'placed on server-b: most free capacity (0 of 2 slots used); not server-a 4 of 4 vCPUs left, big needs 6' },
    },
  ],
  [
    'memory_mb budget counts the nodes sent to the host',
    {
      hosts: { 'server-a': host(8, { memoryMb: 4096 }), 'server-b': host(2) },
      nodes: [node('p1', { to: 'server-a', memoryMb: 3072 }), node('n1', { memoryMb: 2048 }), node('n2', { memoryMb: 1024 })],
      expect: { n1: 'server-b', n2: 'server-a' },
    },
  ],
  [
    'budgets that nothing fits: the does-not-fit message gives what each host has left',
    {
      hosts: { 'server-a': host(4, { cpus: 4, memoryMb: 8192 }) },
      nodes: [node('huge', { cpus: 8 })],
      expect: { problems: ['huge finds no room (huge: 8 vCPUs, 1024 MiB). Left after the others: server-a 4 of 4 slots free, 4 of 4 vCPUs, 8192 of 8192 MiB'] },
    },
  ],
];

describe('placement', () => {
  test.each(scenarios)('%s', (_name, s) => {
    const result = placeNodes({ hosts: s.hosts, nodes: s.nodes, previous: s.previous ?? {} });
    if ('problems' in s.expect) {
      const problems = (s.expect as { problems: string[] }).problems;
      expect(result.problems).toHaveLength(problems.length);
      problems.forEach((p, i) => expect(result.problems[i]!.message).toContain(p));
      return;
    }
    expect(result.problems).toEqual([]);
    expect(Object.fromEntries(Object.entries(result.placed).map(([n, p]) => [n, p.host]))).toEqual(s.expect);
    for (const [n, reason] of Object.entries(s.reasons ?? {})) expect(result.placed[n]!.reason).toBe(reason);
    for (const p of Object.values(result.placed)) expect(p.kept).toBe(p.reason.startsWith('kept'));
  });

  test('the order hosts and nodes are listed in changes nothing', () => {
    const hosts = { 'server-a': host(3, { cpus: 8 }), 'server-b': host(3), 'server-c': host(2) };
    const list = [...nodes('n1', 'n2', 'n3', 'n4'), node('p1', { to: 'server-c' })];
    const forward = placeNodes({ hosts, nodes: list, previous: { n3: 'server-c' } });
    const reversedHosts = Object.fromEntries(Object.entries(hosts).reverse());
    const backward = placeNodes({ hosts: reversedHosts, nodes: [...list].reverse(), previous: { n3: 'server-c' } });
    expect(backward).toEqual(forward);
    expect(JSON.stringify(backward)).toBe(JSON.stringify(forward));
  });
});

describe('placement in the resolved lab', () => {
  const sketch = (hosts: Record<string, unknown>, extra: Partial<LabSketch> = {}): LabSketch => ({
    devices: ['sw1', 'sw2', 'sw3'],
    links: [['sw1:Ethernet0', 'sw2:Ethernet0']],
    ...extra,
    vmlab: { hosts: hosts as never, ...extra.vmlab },
  });

  test('nodes without vm_host go to the hosts with max_nodes; the node carries where and why', () => {
    const lab = resolved(
      sketch(
        { 'server-a': { address: '10.0.0.1', max_nodes: 2 }, 'server-b': { address: '10.0.0.2', max_nodes: 2 } },
        { profiles: { sw3: { vm_host: 'server-b' } } },
      ),
    );
    expect(lab.nodes.map((n) => [n.name, n.host, n.placement?.reason ?? null])).toEqual([
      ['sw1', 'server-a', 'placed on server-a: most free capacity (0 of 2 slots used)'],
      ['sw2', 'server-a', 'placed on server-a: most free capacity (1 of 2 slots used)'],
      ['sw3', 'server-b', null],
    ]);
  });

  test('the placement decided before is kept', () => {
    const specs = sketch({ 'server-a': { address: '10.0.0.1', max_nodes: 3 }, 'server-b': { address: '10.0.0.2', max_nodes: 3 } });
    const lab = resolveWith(specs, { sw1: 'server-b', sw2: 'server-b' });
    expect(lab.nodes.map((n) => [n.name, n.host, n.placement?.kept])).toEqual([
      ['sw1', 'server-b', true],
      ['sw2', 'server-b', true],
      ['sw3', 'server-a', false],
    ]);
  });

  test('without max_nodes anywhere, a node sent nowhere is an error naming the three ways', () => {
    expect(issues(sketch({ 'server-a': '10.0.0.1', 'server-b': '10.0.0.2' }, { devices: ['sw1'], links: [] }))).toEqual([
      'profiles/sw1.json /vm_host: device "sw1" has no vm_host and the lab has several hosts (server-a, server-b), none with max_nodes; set vm_host here, vmlab.default_host in topology.json, or max_nodes on the hosts vmlab may place nodes on',
    ]);
  });

  test('a lab that does not fit is one message at vmlab.hosts; an overloaded host one at its field', () => {
    expect(issues(sketch({ 'server-a': { address: '10.0.0.1', max_nodes: 1 }, 'server-b': '10.0.0.2' }))).toEqual([
      expect.stringMatching(/^topology.json \/vmlab\/hosts: the lab does not fit its hosts: 3 nodes need a host, and sw2, sw3 find no room/),
    ]);
    const overloaded = sketch({ 'server-a': { address: '10.0.0.1', max_nodes: 4, cpus: 2 }, 'server-b': '10.0.0.2' }, { vmlab: { default_host: 'server-a' } });
    expect(issues(overloaded)).toEqual([
      'topology.json /vmlab/hosts/server-a/cpus: the nodes sent to server-a (sw1, sw2, sw3) need 3 vCPUs, more than its cpus of 2; raise it, or send some of them elsewhere (vm_host)',
    ]);
  });
});

describe('placement and test hosts', () => {
  const capacity = { 'server-a': { address: '10.0.0.1', max_nodes: 2 }, 'server-b': { address: '10.0.0.2', max_nodes: 2 } };

  test('a per-server test host sent nowhere is an error: its shared VM is named after its server', () => {
    const specs = hostLab({ profiles: { sw1: { vm_host: 'server-a' }, host2: { platform: 'host', vm_host: 'server-b' } } });
    specs.topology.vmlab!.hosts = capacity;
    expect(issuesOf(specs)).toEqual([
      'profiles/host1.json /vm_host: test host "host1" has no vm_host: a server\'s test hosts share one VM (host_vms "per-server"), which vmlab does not place by capacity; set vm_host here, vmlab.default_host in topology.json, or "host_vms": "per-host" in its vmlab section to have each test host placed as a VM of its own',
    ]);
  });

  test('per-host test hosts are VMs of their own, placed like any other; a shared VM sent to a host takes one slot', () => {
    const perHost = hostLab();
    perHost.topology.vmlab = { ...perHost.topology.vmlab, hosts: capacity, host_vms: 'per-host' };
    expect(resolveLab(perHost, { homeDir: '/home/user' }).nodes.map((n) => [n.name, n.host])).toEqual([
      ['host1', 'server-a'],
      ['host2', 'server-b'],
      ['sw1', 'server-a'],
    ]);
    const shared = hostLab({ profiles: { host1: { platform: 'host', vm_host: 'server-a' }, host2: { platform: 'host', vm_host: 'server-a' } } });
    shared.topology.vmlab = { ...shared.topology.vmlab, hosts: { ...capacity, 'server-a': { address: '10.0.0.1', max_nodes: 1 } } };
    expect(resolveLab(shared, { homeDir: '/home/user' }).nodes.map((n) => [n.name, n.host])).toEqual([
      ['hostvm-server-a', 'server-a'],
      ['sw1', 'server-b'],
    ]);
  });
});

test("the graph's hash says where nodes run, not why: placed and kept hash alike", () => {
  const specs: LabSketch = {
    devices: ['sw1', 'sw2'],
    vmlab: { hosts: { 'server-a': { address: '10.0.0.1', max_nodes: 2 }, 'server-b': { address: '10.0.0.2', max_nodes: 2 } } },
  };
  const fresh = resolveWith(specs, {});
  const kept = resolveWith(specs, Object.fromEntries(fresh.nodes.map((n) => [n.name, n.host!])));
  expect(kept.nodes.map((n) => n.placement!.kept)).toEqual([true, true]);
  expect(desiredHash(compile(kept, { links: 'socket' }))).toBe(desiredHash(compile(fresh, { links: 'socket' })));
  const moved = resolveWith(specs, { sw1: 'server-b', sw2: 'server-b' });
  expect(desiredHash(compile(moved, { links: 'socket' }))).not.toBe(desiredHash(compile(fresh, { links: 'socket' })));
});

function resolveWith(sketch: LabSketch, previous: Record<string, string>) {
  return resolveLab(specSet(sketch), { homeDir: '/home/user' }, previous);
}

function issuesOf(specs: SpecSet): string[] {
  try {
    resolveLab(specs, { homeDir: '/home/user' });
    return [];
  } catch (err) {
    if (!(err instanceof SpecError)) throw err;
    return err.issues.map((i) => `${i.file} ${i.path}: ${i.message}`);
  }
}
