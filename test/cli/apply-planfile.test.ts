import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli, tmpDir } from '../helpers/cli.js';
import { treeDigest } from '../helpers/tree.js';

test('apply PLANFILE refuses a stale plan with exit 4 and starts nothing', async () => {
  const root = tmpDir('vmlab-stale-');
  const specs = join(root, 'specs');
  cpSync(join(FIXTURES, 'labs', 'two-node'), specs, { recursive: true });
  const topology = join(specs, 'topology.json');
  const t = JSON.parse((await import('node:fs')).readFileSync(topology, 'utf8'));
  t.devices.sw1 = {}; // keep it valid; the plan must still differ: set new port bases below
  writeFileSync(topology, JSON.stringify(t));
  // the images path in the fixture is relative to the fixture's own place
  const platforms = join(specs, 'platforms.json');
  const p = JSON.parse((await import('node:fs')).readFileSync(platforms, 'utf8'));
  p.platforms.switch.vm_image = join(FIXTURES, 'images', 'blank.qcow2');
  writeFileSync(platforms, JSON.stringify(p));

  const home = join(root, 'home');
  const planFile = join(root, 'plan.json');
  expect((await runCli(['plan', '-S', specs, '--out', planFile], { VMLAB_HOME: home })).code).toBe(0);
  t.vmlab.ssh_port_base = 42100;
  writeFileSync(topology, JSON.stringify(t));
  const before = treeDigest(specs);
  const run = await runCli(['apply', '-S', specs, '--yes', planFile], { VMLAB_HOME: home });
  expect(run.code).toBe(4);
  expect(run.stderr).toContain(`saved plan ${planFile} is stale`);
  expect(treeDigest(specs)).toEqual(before);
});
