import { join } from 'node:path';
import { listLabs } from '../../src/state/lab-list.js';
import { readState, writeState } from '../../src/state/state-file.js';
import { fakeDeployment } from '../helpers/deployed.js';

test("a node runs when its PID is alive and proven by /proc to be this lab's QEMU; a reused PID does not count", () => {
  const lab = fakeDeployment('labs/two-node', 'alive');
  const state = readState(lab.stateFile)!;
  state.nodes.sw1!.pid = 111;
  state.nodes.sw2!.pid = 222;
  writeState(lab.stateFile, state);
  const procs: Record<number, { exe: string; cmdline: string[] }> = {
    111: { exe: '/usr/bin/qemu-system-x86_64', cmdline: ['qemu-system-x86_64', '-pidfile', join(lab.labDir, 'qemu', 'sw1.pid')] },
    222: { exe: '/usr/bin/sleep', cmdline: ['sleep', '100'] },
  };
  const [summary] = listLabs(lab.home, (pid) => procs[pid] ?? null, Date.parse('2026-01-03T00:00:00.000Z'));
  expect(summary).toMatchObject({ name: 'alive', nodes_running: 1, nodes_total: 2, age_seconds: 2 * 86_400, error: null });
});
