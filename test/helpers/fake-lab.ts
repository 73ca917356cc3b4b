import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyLab } from '../../src/engine/apply-lab.js';
import { findLab, type DeployedLab } from '../../src/state/lab-dir.js';
import { FIXTURES, tmpDir } from './cli.js';
import { FakeMachine } from './fake-machine.js';

export interface FakeLab {
  specs: string;
  home: string;
  machine: FakeMachine;
  /** The lab as the CLI finds it now (state.json read afresh). */
  lab(): DeployedLab;
  /** Progress lines the use cases reported, "node: message". */
  progress: string[];
  reporter: { node(name: string, message: string): void };
}

/**
 * A copy of a fixture lab, applied on a fake machine: state.json, profiles
 * and the lab directory are real files in a temporary home, the QEMUs are the
 * fake's processes. What the use cases then do is all in `machine.log` and
 * the runtime's log, and on disk.
 */
export async function fakeLab(fixture = 'labs/two-node'): Promise<FakeLab> {
  const root = tmpDir('vmlab-fake-lab-');
  const specs = join(root, 'specs');
  cpSync(join(FIXTURES, fixture), specs, { recursive: true });
  const platforms = join(specs, 'platforms.json');
  const p = JSON.parse(readFileSync(platforms, 'utf8'));
  for (const platform of Object.values<{ vm_image: string }>(p.platforms)) platform.vm_image = join(FIXTURES, 'images', 'blank.qcow2');
  writeFileSync(platforms, JSON.stringify(p));
  const home = join(root, 'home');
  const machine = new FakeMachine();
  const progress: string[] = [];
  const reporter = { node: (name: string, message: string) => void progress.push(`${name}: ${message}`) };
  await applyLab({
    specDir: specs,
    home,
    request: { host: null },
    command: 'vmlab apply',
    lockWaitMs: 1000,
    progress: reporter,
    machine,
    review: async () => true,
  });
  return { specs, home, machine, lab: () => findLab(home, { specs }), progress, reporter };
}
