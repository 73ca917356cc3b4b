// The impairment relay's sockets: in the lab directory while their paths fit a Unix socket address (107 bytes), else in /tmp.
import { labPaths } from '../../src/state/paths.js';

test('a lab directory of usual depth keeps them', () => {
  const paths = labPaths('/home/ana/.vmlab', 'spine-leaf');
  expect(paths.impairSockets).toBe('/home/ana/.vmlab/labs/spine-leaf/impair');
});

test('a deep one sends them to a private directory of /tmp named after the lab directory, the same one every time', () => {
  const home = `/srv/${'deep/'.repeat(16)}home`;
  const a = labPaths(home, 'spine-leaf', 'server-b');
  expect(a.impairSockets).toMatch(/^\/tmp\/vmlab-\w+\/[0-9a-f]{16}$/);
  expect(`${a.impairSockets}/0123456789ab.back`.length).toBeLessThanOrEqual(107);
  expect(labPaths(home, 'spine-leaf', 'server-b').impairSockets).toBe(a.impairSockets);
  expect(labPaths(home, 'spine-leaf', 'server-a').impairSockets).not.toBe(a.impairSockets);
});
