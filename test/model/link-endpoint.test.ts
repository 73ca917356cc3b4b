import { display, pickLink } from '../../src/model/link-endpoint.js';
import { UsageError } from '../../src/errors.js';
import { compile } from '../../src/model/compile.js';
import { resolveLab } from '../../src/specs/resolve.js';
import { graphOf, SPINE_LEAF } from '../helpers/lab.js';
import { hostLab } from '../helpers/hosts.js';

const graph = graphOf(SPINE_LEAF);
const refusal = (asked: string, g = graph) => {
  try {
    pickLink(g, asked);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).exitCode).toBe(3);
    return (err as Error).message;
  }
  throw new Error(`${asked} was accepted`);
};

test('either end names the link', () => {
  expect(pickLink(graph, 'spine1:Ethernet0').link).toEqual(pickLink(graph, 'leaf1:Ethernet0').link);
  expect(pickLink(graph, 'leaf1:Ethernet0')).toMatchObject({
    asked: 'leaf1:Ethernet0',
    endpoint: 'leaf1:Ethernet0',
    link: { a: 'spine1:Ethernet0', z: 'leaf1:Ethernet0' },
  });
});

test('bad syntax, an unknown node, an interface without a link: one message each that says what is right', () => {
  expect(refusal('leaf1')).toBe('"leaf1": name a link by one of its ends, NODE:INTERFACE, for example spine1:Ethernet0');
  expect(refusal('leaf1:')).toMatch(/NODE:INTERFACE/);
  expect(refusal('leaf9:Ethernet0')).toBe('"leaf9:Ethernet0": lab "lab" has no node "leaf9"; nodes: leaf1, leaf2, spine1, spine2');
  expect(refusal('leaf1:Ethernet8')).toBe(
    '"leaf1:Ethernet8": leaf1 has no link on interface Ethernet8; its links: Ethernet0 (to spine1:Ethernet0), Ethernet4 (to spine2:Ethernet0)',
  );
  const lonely = graphOf({ devices: ['sw1', 'sw2'] });
  expect(refusal('sw1:Ethernet0', lonely)).toBe('"sw1:Ethernet0": sw1 has no link on interface Ethernet0; sw1 has no links');
});

test("a test host's interface is named as the specs name it; its NIC is its VM's", () => {
  const hosts = compile(resolveLab(hostLab(), { homeDir: '/home/user' }), { links: 'socket' });
  const picked = pickLink(hosts, 'host1:eth0');
  expect(picked.endpoint).toBe('hostvm:host1/eth0');
  expect(picked.link).toMatchObject({ a: 'sw1:Ethernet0', z: 'hostvm:host1/eth0' });
  expect(display(hosts, picked.endpoint)).toBe('host1:eth0');
  expect(display(hosts, 'sw1:Ethernet0')).toBe('sw1:Ethernet0');
  expect(pickLink(hosts, 'sw1:Ethernet0').link).toEqual(picked.link);
  expect(refusal('host1:eth3', hosts)).toBe('"host1:eth3": host1 has no link on interface eth3; its links: eth0 (to sw1:Ethernet0)');
});
