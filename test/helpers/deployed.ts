import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { labQemuProcesses } from '../../src/exec/qemu/strays.js';
import { compile } from '../../src/model/compile.js';
import { loadLab } from '../../src/specs/load.js';
import { labPaths } from '../../src/state/paths.js';
import { recordFor } from '../../src/state/record.js';
import { writeState } from '../../src/state/state-file.js';
import type { LabState } from '../../src/state/types.js';
import { FIXTURES, tmpDir } from './cli.js';

export interface FakeDeployment {
  root: string;
  home: string;
  specs: string;
  name: string;
  labDir: string;
  stateFile: string;
  state: LabState;
}

/**
 * A copy of a fixture lab and a state.json as apply would leave it, with no
 * VM behind it (every node's process has exited): enough for the commands
 * that read state, without booting anything.
 */
export function fakeDeployment(fixture = 'labs/two-node', name = 'guard'): FakeDeployment {
  const root = tmpDir('vmlab-guard-');
  const home = join(root, 'home');
  const specs = join(root, 'specs');
  cpSync(join(FIXTURES, fixture), specs, { recursive: true });
  const topologyFile = join(specs, 'topology.json');
  const topology = JSON.parse(readFileSync(topologyFile, 'utf8'));
  // Port bases of the guard tests' own (47900+), so a lab someone runs with the fixture's ports never gets in the way.
  topology.vmlab = { ...topology.vmlab, name, link_port_base: 47900, console_port_base: 47940, ssh_port_base: 47970 };
  writeFileSync(topologyFile, `${JSON.stringify(topology, null, 2)}\n`);
  // A real (empty) qcow2 for every platform, so that plan and apply get past their image checks.
  const image = join(root, 'base.qcow2');
  execFileSync('qemu-img', ['create', '-q', '-f', 'qcow2', image, '64M']);
  const platformsFile = join(specs, 'platforms.json');
  const platforms = JSON.parse(readFileSync(platformsFile, 'utf8'));
  for (const p of Object.values<any>(platforms.platforms)) p.vm_image = image;
  writeFileSync(platformsFile, `${JSON.stringify(platforms, null, 2)}\n`);
  const graph = compile(loadLab(specs).lab, { links: 'socket' });
  const paths = labPaths(home, name);
  mkdirSync(paths.dir, { recursive: true });
  const state: LabState = {
    format_version: 1,
    name,
    created: '2026-01-01T00:00:00.000Z',
    spec_dir: specs,
    host: null,
    serial: 1,
    lineage: '00000000-0000-4000-8000-000000000000',
    nodes: Object.fromEntries(graph.nodes.map((n) => [n.name, recordFor(n, null, null, false)])),
    links: graph.links,
    profiles: {},
  };
  writeState(paths.state, state);
  made.push(paths.dir);
  return { root, home, specs, name, labDir: paths.dir, stateFile: paths.state, state };
}

const made: string[] = [];

/**
 * A safety net for tests that expect apply to refuse: if a regression lets
 * it go ahead, its QEMUs must not outlive the test run (the test fails on
 * its own assertions; this only cleans up). Use as afterAll(stopFakeLabs).
 */
export function stopFakeLabs(): void {
  for (const dir of made.splice(0)) {
    for (const { pid } of labQemuProcesses(dir)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
    }
  }
}
