// vmlab link down|up as a use case, over the fake machine: the intent in state.json first, then the carriers here.
import { setLinkAdmin, type LinkAdminRequest } from '../../src/engine/link-admin.js';
import { readState } from '../../src/state/state-file.js';
import { fakeLab, type FakeLab } from '../helpers/fake-lab.js';

function request(t: FakeLab, admin: 'down' | 'up', more: Partial<LinkAdminRequest> = {}): LinkAdminRequest {
  return {
    lab: t.lab(),
    specDir: t.specs,
    admin,
    all: false,
    command: `vmlab link ${admin}`,
    lockWaitMs: 1000,
    progress: t.reporter,
    machine: t.machine,
    ...more,
  };
}

const carriers = (t: FakeLab) => t.machine.log.filter((l) => l.startsWith('carrier'));

test('link down turns off the carrier of both ends and records the intent; up --all turns them on and forgets it', async () => {
  const t = await fakeLab();
  const down = await setLinkAdmin(request(t, 'down', { endpoint: 'sw2:Ethernet0' }));
  expect(carriers(t)).toEqual(['carrier sw1 nic1 off', 'carrier sw2 nic1 off']);
  expect(down.links).toEqual([
    {
      a: 'sw1:Ethernet0',
      z: 'sw2:Ethernet0',
      admin: 'down',
      ends: [expect.objectContaining({ node: 'sw1', result: 'carrier off' }), expect.objectContaining({ node: 'sw2', result: 'carrier off' })],
    },
  ]);
  expect(down.elsewhere).toEqual([]);
  const state = readState(t.lab().paths.state)!;
  expect(state.link_intents).toEqual([expect.objectContaining({ a: 'sw1:Ethernet0', z: 'sw2:Ethernet0' })]);
  expect(t.machine.log.indexOf('sweep captures')).toBeLessThan(t.machine.log.indexOf('carrier sw1 nic1 off'));

  await setLinkAdmin(request(t, 'up', { all: true }));
  expect(carriers(t).slice(2)).toEqual(['carrier sw1 nic1 on', 'carrier sw2 nic1 on']);
  expect(readState(t.lab().paths.state)!.link_intents).toBeUndefined();
});

test('an end whose VM does not run gets no carrier call: its next start takes the carrier down', async () => {
  const t = await fakeLab();
  const fake = t.machine.lab(t.lab().paths);
  for (const [pid, node] of fake.processes) if (node === 'sw2') fake.processes.delete(pid);
  const down = await setLinkAdmin(request(t, 'down', { endpoint: 'sw1:Ethernet0' }));
  expect(down.links[0]!.ends.map((e) => `${e.node}: ${e.result}`)).toEqual(['sw1: carrier off', 'sw2: not running: its next start takes the carrier down']);
  expect(carriers(t)).toEqual(['carrier sw1 nic1 off']);
});

test('what to take down must be said one way: one link for down, a link or --all for up', async () => {
  const t = await fakeLab();
  await expect(setLinkAdmin(request(t, 'down', { all: true }))).rejects.toThrow(
    '"vmlab link down" takes one link (NODE:INTERFACE); --all is for "vmlab link up"',
  );
  await expect(setLinkAdmin(request(t, 'up'))).rejects.toThrow('name the link by one of its ends, NODE:INTERFACE, or --all for every admin-down link');
  await expect(setLinkAdmin(request(t, 'up', { all: true, endpoint: 'sw1:Ethernet0' }))).rejects.toThrow('name one link (sw1:Ethernet0) or --all, not both');
  expect(carriers(t)).toEqual([]);
});
