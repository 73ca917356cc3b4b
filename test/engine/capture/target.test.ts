import { UsageError } from '../../../src/errors.js';
import { findCaptureTarget, notHereError, parseEndpoint } from '../../../src/engine/capture/target.js';
import type { Nic } from '../../../src/model/types.js';
import type { NodeRecord } from '../../../src/state/types.js';

const mgmt: Nic = { index: 0, kind: 'mgmt', mac: '52:00:00:00:00:00' };
const linkNic = (index: number, iface: string, peer: string): Nic => ({
  index,
  kind: 'link',
  mac: `52:00:00:00:00:0${index}`,
  interface: iface,
  link: { mode: 'listen', address: '127.0.0.1', port: 20000 + index, peer },
});

/** Only what capture looks at; the rest of a record does not matter here. */
function record(nics: Nic[], testHosts?: NodeRecord['test_hosts']): NodeRecord {
  return { config: { nics }, ...(testHosts ? { test_hosts: testHosts } : {}) } as unknown as NodeRecord;
}

const nodes: Record<string, NodeRecord> = {
  // spine1: Ethernet0 on NIC 1, a filler, Ethernet8 on NIC 3 (a stride-4 wiring gap)
  spine1: record([
    mgmt,
    linkNic(1, 'Ethernet0', 'leaf1:Ethernet0'),
    { index: 2, kind: 'filler', mac: '52:00:00:00:00:02' },
    linkNic(3, 'Ethernet8', 'leaf2:Ethernet0'),
  ]),
  lonely: record([mgmt]),
  hostvm: record(
    [mgmt, linkNic(1, 'h1/eth0', 'spine1:Ethernet0'), linkNic(2, 'h2/eth0', 'spine1:Ethernet4')],
    [
      { name: 'h1', interfaces: [{ name: 'eth0', nic: 1, mac: 'x', peer: 'spine1:Ethernet0', address: null }], gateway: null },
      {
        name: 'h2',
        interfaces: [
          { name: 'eth0', nic: 2, mac: 'y', peer: 'spine1:Ethernet4', address: null },
          { name: 'eth1', nic: 3, mac: 'z', peer: null, address: null },
        ],
        gateway: null,
      },
    ],
  ),
};

test.each(['leaf1', 'leaf1:', ':Ethernet0', ''])('"%s" is not an endpoint: one usage error (exit 3)', (text) => {
  expect(() => parseEndpoint(text)).toThrow(UsageError);
  expect(() => parseEndpoint(text)).toThrow('write NODE:INTERFACE');
});

test('an endpoint splits at its first colon, as the specs read links', () => {
  expect(parseEndpoint('leaf1:Ethernet0')).toEqual({ node: 'leaf1', iface: 'Ethernet0' });
});

test("a VM's linked interface is its NIC", () => {
  const t = findCaptureTarget('spine1:Ethernet8', nodes)!;
  expect({ vm: t.vm, nic: t.nic.index, peer: t.peer }).toEqual({ vm: 'spine1', nic: 3, peer: 'leaf2:Ethernet0' });
});

test("a test host's interface is a NIC of the VM that holds it", () => {
  const t = findCaptureTarget('h2:eth0', nodes)!;
  expect({ vm: t.vm, nic: t.nic.index, peer: t.peer }).toEqual({ vm: 'hostvm', nic: 2, peer: 'spine1:Ethernet4' });
});

test('an interface without a link (unknown, a gap, unwired) says which interfaces have one', () => {
  expect(() => findCaptureTarget('spine1:Ethernet4', nodes)).toThrow(
    'spine1 has no link on "Ethernet4", so there is nothing to capture there; its linked interfaces: Ethernet0 (to leaf1:Ethernet0), Ethernet8 (to leaf2:Ethernet0)',
  );
  expect(() => findCaptureTarget('h2:eth1', nodes)).toThrow(
    'h2 has no link on "eth1", so there is nothing to capture there; its linked interfaces: eth0 (to spine1:Ethernet4)',
  );
  expect(() => findCaptureTarget('lonely:Ethernet0', nodes)).toThrow('lonely has no links at all');
  expect(() => findCaptureTarget('spine1:Ethernet0x', nodes)).toThrow(UsageError);
});

test('a node that does not run here is for the caller to explain', () => {
  expect(findCaptureTarget('leaf9:Ethernet0', nodes)).toBeNull();
});

describe('why a node is not here', () => {
  const placed = [
    { name: 'sw1', host: 'a', testHosts: [] },
    { name: 'sw2', host: 'b', testHosts: [] },
    { name: 'hostvm-b', host: 'b', testHosts: ['h3'] },
  ];
  const hosts = { a: '10.0.0.1', b: '10.0.0.2' };

  test('on another host: run the capture there (the filter taps the QEMU where it runs)', () => {
    expect(notHereError('sw2', 'sw2:Ethernet0', placed, hosts, 'a', ['sw1']).message).toBe(
      'sw2 runs on host b (10.0.0.2), not on this one: a capture taps its QEMU, so run "vmlab capture sw2:Ethernet0 …" on b',
    );
    expect(notHereError('h3', 'h3:eth0', placed, hosts, 'a', ['sw1']).message).toMatch(/^h3 \(in VM hostvm-b\) runs on host b/);
  });

  test('in the specs but not deployed, or no such node at all', () => {
    expect(notHereError('sw1', 'sw1:Ethernet0', placed, hosts, 'a', []).message).toBe('sw1 is in the specs but not deployed; run "vmlab apply" first');
    const unknown = notHereError('nope', 'nope:eth0', placed, hosts, 'a', ['sw1']);
    expect(unknown).toBeInstanceOf(UsageError);
    expect(unknown.message).toBe('no node "nope" in this lab; nodes: h3, hostvm-b, sw1, sw2');
    expect(notHereError('nope', 'nope:eth0', null, {}, null, ['sw1']).message).toBe('no node "nope" in this lab; nodes: sw1');
  });
});
