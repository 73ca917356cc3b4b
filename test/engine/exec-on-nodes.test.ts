// vmlab exec as a use case, over the fake machine: the logins it uses, what it refuses, and a node it cannot reach.
import { execOnNodes } from '../../src/engine/guests/exec-on-nodes.js';
import { fakeLab, type FakeLab } from '../helpers/fake-lab.js';

const exec = (t: FakeLab, nodes: string[] | 'all', command = 'uptime') =>
  execOnNodes({ lab: t.lab(), specDir: t.specs, sources: {}, nodes, command, machine: t.machine });

test('the command runs on every node at once with its login, and each result is its own', async () => {
  const t = await fakeLab();
  t.machine.guestAnswer = (login, command) => ({ code: login.port === 42001 ? 3 : 0, stdout: `${command} on ${login.port}\n`, stderr: '' });
  const results = await exec(t, 'all');
  expect(results).toEqual([
    { node: 'sw1', exit_code: 0, stdout: 'uptime on 42000\n', stderr: '' },
    { node: 'sw2', exit_code: 3, stdout: 'uptime on 42001\n', stderr: '' },
  ]);
  expect(t.machine.log.filter((l) => l.startsWith('ssh')).sort()).toEqual(['ssh admin@127.0.0.1:42000: uptime', 'ssh admin@127.0.0.1:42001: uptime']);
});

test('a node that is not here is refused before anything runs; one that cannot be reached is its result', async () => {
  const t = await fakeLab();
  await expect(exec(t, ['sw1', 'sw9'])).rejects.toThrow('no node "sw9" here; nodes: sw1, sw2');
  await expect(exec(t, [])).rejects.toThrow('name nodes, or --all');
  expect(t.machine.log.filter((l) => l.startsWith('ssh'))).toEqual([]);
  t.machine.guestAnswer = () => {
    throw new Error('connect ECONNREFUSED 127.0.0.1:42000');
  };
  expect(await exec(t, ['sw1'])).toEqual([{ node: 'sw1', exit_code: null, stdout: '', stderr: 'cannot reach: connect ECONNREFUSED 127.0.0.1:42000' }]);
});
