import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli } from '../helpers/cli.js';

describe.each([
  ['labs/spine-leaf', 'spine-leaf'],
  ['labs/two-hosts', 'two-hosts'],
  ['demo', 'demo'],
])('vmlab graph -S fixtures/%s', (dir, name) => {
  test.each([
    ['mermaid', 'mmd'],
    ['dot', 'dot'],
  ])('--format %s matches the reviewed expected file', async (format, ext) => {
    const run = await runCli(['graph', '-S', join(FIXTURES, dir), '--format', format]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(readFileSync(join(FIXTURES, 'expected', `${name}.graph.${ext}`), 'utf8'));
  });
});

test('hosts become clusters and links carry interfaces and ports', async () => {
  const run = await runCli(['graph', '-S', join(FIXTURES, 'labs', 'two-hosts')]);
  expect(run.stdout).toContain('subgraph server_b["server-b 192.0.2.11"]');
  expect(run.stdout).toContain('spine1 ---|"Ethernet0 ↔ Ethernet0 (tcp 20000)"| leaf1');
});
