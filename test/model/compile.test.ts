import { macFor } from '../../src/model/mac.js';
import { graphOf, SPINE_LEAF, SWITCH } from '../helpers/lab.js';

const spineLeaf = SPINE_LEAF;

describe('compile: ports', () => {
  const graph = graphOf(spineLeaf, 'socket');
  test.each([
    // node index = position in the name-sorted device list
    ['leaf1', 40000, 30000],
    ['leaf2', 40001, 30001],
    ['spine1', 40002, 30002],
    ['spine2', 40003, 30003],
  ])('%s gets SSH %d and console %d', (name, ssh, console) => {
    const node = graph.nodes.find((n) => n.name === name)!;
    expect([node.sshPort, node.consolePort]).toEqual([ssh, console]);
  });

  test('link port = link_port_base + position in the links array', () => {
    expect(graph.links.map((l) => l.port)).toEqual([20000, 20001, 20002, 20003]);
  });

  test('port bases come from the vmlab section', () => {
    const g = graphOf({ ...spineLeaf, vmlab: { link_port_base: 25000, console_port_base: 35000, ssh_port_base: 45000 } }, 'socket');
    expect([g.links[0]!.port, g.nodes[0]!.consolePort, g.nodes[0]!.sshPort]).toEqual([25000, 35000, 45000]);
  });

  test('udp links take two ports each, one per side', () => {
    const g = graphOf({ ...spineLeaf, vmlab: { link_transport: 'udp' } }, 'socket');
    const spine1 = g.nodes.find((n) => n.name === 'spine1')!;
    expect(spine1.nics[1]!.link).toEqual({
      mode: 'udp',
      address: '127.0.0.1',
      port: 20001,
      local_address: '127.0.0.1',
      local_port: 20000,
      peer: 'leaf1:Ethernet0',
    });
    expect(g.links.map((l) => [l.port, l.listener])).toEqual([
      [20000, null],
      [20002, null],
      [20004, null],
      [20006, null],
    ]);
  });
});

describe('compile: NICs', () => {
  test.each([
    // map, wired interfaces → NIC layout after mgmt (L = link, F = filler)
    ['stride-4', ['Ethernet0'], 'L'],
    ['stride-4', ['Ethernet8'], 'FFL'],
    ['stride-4', ['Ethernet0', 'Ethernet8'], 'LFL'],
    ['sequential', ['Ethernet0', 'Ethernet3'], 'LFFL'],
    ['linux', ['eth2'], 'FL'],
  ] as const)('%s map wired on %j gives data NICs %s', (map, ifaces, layout) => {
    const peers = ifaces.map((_, i) => `peer${i}`);
    const g = graphOf(
      {
        devices: ['dut', ...peers],
        links: ifaces.map((iface, i) => [`dut:${iface}`, `peer${i}:Ethernet0`] as [string, string]),
        platforms: { switch: SWITCH, dut: { ...SWITCH, vm_interface_map: map } },
        profiles: { dut: { platform: 'dut' } },
      },
      'socket',
    );
    const dut = g.nodes.find((n) => n.name === 'dut')!;
    expect(dut.nics[0]!.kind).toBe('mgmt');
    expect(dut.nics.map((n) => n.index)).toEqual(dut.nics.map((_, i) => i));
    expect(
      dut.nics
        .slice(1)
        .map((n) => (n.kind === 'link' ? 'L' : 'F'))
        .join(''),
    ).toBe(layout);
  });

  test('custom maps place interfaces by their table', () => {
    const g = graphOf(
      {
        devices: ['a', 'b'],
        links: [['a:xe-0/0/2', 'b:Ethernet0']],
        platforms: { switch: SWITCH, vendor: { ...SWITCH, vm_interface_map: 'custom', vm_interface_custom_map: { 'xe-0/0/0': 1, 'xe-0/0/2': 3 } } },
        profiles: { a: { platform: 'vendor' } },
      },
      'socket',
    );
    expect(g.nodes[0]!.nics.map((n) => [n.index, n.kind, n.interface ?? null])).toEqual([
      [0, 'mgmt', null],
      [1, 'filler', null],
      [2, 'filler', null],
      [3, 'link', 'xe-0/0/2'],
    ]);
  });

  test('MACs are deterministic, unique, locally administered and independent of other nodes', () => {
    const g1 = graphOf(spineLeaf, 'socket');
    const g2 = graphOf({ ...spineLeaf, devices: [...spineLeaf.devices, 'aaa-new'] }, 'socket');
    const macs = g1.nodes.flatMap((n) => n.nics.map((nic) => nic.mac));
    expect(new Set(macs).size).toBe(macs.length);
    for (const mac of macs) expect(mac).toMatch(/^52(:[0-9a-f]{2}){5}$/);
    const spine1 = (g: typeof g1) => g.nodes.find((n) => n.name === 'spine1')!.nics.map((n) => n.mac);
    expect(spine1(g2)).toEqual(spine1(g1));
    expect(spine1(g1)[0]).toBe(macFor('lab', 'spine1', 0));
  });
});

describe('compile: listener choice', () => {
  test.each([
    // links → expected listener per link: the end that comes first in name order
    [[['spine1:Ethernet0', 'leaf1:Ethernet0']], ['leaf1']],
    [
      [
        ['a:Ethernet0', 'b:Ethernet0'],
        ['b:Ethernet4', 'c:Ethernet0'],
        ['c:Ethernet4', 'a:Ethernet4'],
      ],
      ['a', 'b', 'a'],
    ],
    // a cable between two ports of one switch listens on the lower NIC
    [[['a:Ethernet8', 'a:Ethernet0']], ['a']],
  ] as [[string, string][], string[]][])('%j → listeners %j', (links, listeners) => {
    const devices = [...new Set(links.flat().map((e) => e.split(':')[0]!))];
    const g = graphOf({ devices, links }, 'socket');
    expect(g.links.map((l) => l.listener)).toEqual(listeners);
  });

  test('every connector connects only to nodes earlier in the start order (no cycles)', () => {
    // a ring and a full mesh: the classic shapes that defeat "listeners first"
    const ring = ['n1', 'n2', 'n3', 'n4', 'n5'];
    const links: [string, string][] = ring.map((n, i) => [`${n}:Ethernet0`, `${ring[(i + 1) % ring.length]}:Ethernet4`]);
    const g = graphOf({ devices: ring, links }, 'socket');
    const order = new Map(g.nodes.map((n) => [n.name, n.index]));
    for (const node of g.nodes) {
      for (const nic of node.nics) {
        if (nic.link?.mode !== 'connect') continue;
        expect(order.get(nic.link.peer.split(':')[0]!)!).toBeLessThan(node.index);
      }
    }
  });

  test('both ends of a TCP link agree on port and address', () => {
    const g = graphOf(spineLeaf, 'socket');
    const spine1 = g.nodes.find((n) => n.name === 'spine1')!;
    const leaf1 = g.nodes.find((n) => n.name === 'leaf1')!;
    expect(leaf1.nics[1]!.link).toEqual({ mode: 'listen', address: '127.0.0.1', port: 20000, peer: 'spine1:Ethernet0' });
    expect(spine1.nics[1]!.link).toEqual({ mode: 'connect', address: '127.0.0.1', port: 20000, peer: 'leaf1:Ethernet0' });
  });

  test('cross-host links listen on the listener host IP; same-host links stay on loopback', () => {
    const g = graphOf(
      {
        devices: ['a', 'b', 'c'],
        links: [
          ['a:Ethernet0', 'b:Ethernet0'],
          ['a:Ethernet4', 'c:Ethernet0'],
        ],
        vmlab: { hosts: { h1: '10.0.0.1', h2: '10.0.0.2' }, default_host: 'h1' },
        profiles: { b: { vm_host: 'h2' } },
      },
      'socket',
    );
    const [a, b, c] = g.nodes;
    expect(a!.nics[1]!.link).toMatchObject({ mode: 'listen', address: '10.0.0.1' });
    expect(b!.nics[1]!.link).toMatchObject({ mode: 'connect', address: '10.0.0.1' });
    expect(c!.nics[1]!.link).toMatchObject({ mode: 'connect', address: '127.0.0.1' });
    expect(b!.bindAddress).toBe('10.0.0.2');
  });

  test('consoles bind to 127.0.0.1 on every host, also in a multi-host lab; SSH forwards to the host IP', () => {
    const g = graphOf(
      {
        devices: ['a', 'b'],
        links: [['a:Ethernet0', 'b:Ethernet0']],
        vmlab: { hosts: { h1: '10.0.0.1', h2: '10.0.0.2' }, default_host: 'h1' },
        profiles: { b: { vm_host: 'h2' } },
      },
      'socket',
    );
    expect(g.nodes.map((n) => [n.name, n.bindAddress, n.consoleBind])).toEqual([
      ['a', '10.0.0.1', '127.0.0.1'],
      ['b', '10.0.0.2', '127.0.0.1'],
    ]);
    expect(graphOf(spineLeaf, 'socket').nodes.every((n) => n.consoleBind === '127.0.0.1' && n.bindAddress === '127.0.0.1')).toBe(true);
  });
});

test('compiling twice gives identical graphs', () => {
  expect(JSON.stringify(graphOf(spineLeaf, 'socket'))).toBe(JSON.stringify(graphOf(spineLeaf, 'socket')));
});
