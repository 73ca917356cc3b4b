import { resolveHost } from '../../src/state/local-host.js';

const hosts = { 'server-a': '10.99.0.1', 'server-b': '10.99.0.2' };

test.each([
  // hosts, --host, required, this machine's addresses → host
  [hosts, 'server-b', true, ['10.99.0.1'], 'server-b'], // --host wins
  [hosts, undefined, true, ['127.0.0.1', '10.99.0.2'], 'server-b'], // found by address
  [hosts, undefined, false, ['127.0.0.1'], null], // plan: whole lab
  [{ only: '10.0.0.1' }, undefined, true, [], 'only'], // a single host needs no answer
  [{}, undefined, true, [], null], // single-host lab
] as const)('%j --host %s (required %s) on %j → %s', (h, given, required, addresses, expected) => {
  expect(resolveHost(h, given, required, [...addresses])).toBe(expected);
});

test('apply in a multi-host lab from a machine that is none of its hosts says what to do', () => {
  expect(() => resolveHost(hosts, undefined, true, ['127.0.0.1'])).toThrow(
    'this lab spans hosts server-a, server-b and none of their IPs is on this machine: pass --host NAME',
  );
});
