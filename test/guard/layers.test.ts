/**
 * The layer rules (`npm run lint:layers`, part of `npm test`) can fail: run
 * on fixtures/layer-violations, a tiny tree where each file breaks one rule,
 * the real configurations report exactly those breaks and nothing allowed.
 * (That src/ keeps them is `npm run lint:layers` itself, run by `npm test`
 * before jest.)
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = process.cwd();
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const LAYERS = join(ROOT, '.dependency-cruiser.cjs');
const PURITY = join(ROOT, '.dependency-cruiser-purity.cjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
}

/** The violations dependency-cruiser finds in `cwd`'s src/ under one configuration, as "rule: from → to" lines. */
function violations(cwd: string, config: string): string[] {
  const run = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', config, '--output-type', 'json'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  const report = JSON.parse(run.stdout) as { summary: { violations: Violation[] } };
  return report.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^.*node_modules\//, 'node_modules/')}`).sort();
}

const fixture = resolve('fixtures', 'layer-violations');

test('every layer rule fails on the file that breaks it, type-only imports included, and spares what is allowed', () => {
  expect(violations(fixture, LAYERS)).toEqual([
    'cli-builds-adapters-in-one-place: src/cli/reaches-exec.ts → src/exec/runner.ts',
    'engine-imports-no-side-effects: src/engine/parses-argv.ts → node_modules/yargs/index.mjs',
    'engine-imports-no-side-effects: src/engine/reads-files.ts → fs',
    'engine-not-cli: src/engine/use-case.ts → src/cli/print.ts',
    'engine-reaches-the-machine-through-ports: src/engine/reaches-qemu.ts → src/exec/runner.ts',
    'exec-not-engine-cli: src/exec/runner.ts → src/engine/use-case.ts',
    'images-profiles-not-engine-cli: src/images/uses-engine.ts → src/engine/use-case.ts',
    'no-circular: src/specs/ping.ts → src/specs/pong.ts',
    'only-cli-parses-argv-and-draws-tables: src/engine/parses-argv.ts → node_modules/yargs/index.mjs',
    'ports-are-interfaces: src/ports/has-code.ts → src/exec/runner.ts',
    'ports-import-types-only: src/ports/has-code.ts → src/state/helper.ts',
    'pure-core-no-side-effects: src/plan/reads-files.ts → fs',
    'pure-core-no-upper-layers: src/plan/runs-things.ts → src/exec/runner.ts',
    'shared-roots-import-no-upper-layer: src/shared.ts → src/exec/runner.ts',
    'specs-not-state-or-exec: src/specs/reads-state.ts → src/state/helper.ts',
    'state-not-exec-engine-cli: src/state/knows-exec-types.ts → src/exec/runner.ts',
  ]);
});

test('the pure core may not reach a side effect through another folder at run time; a type-only import reaches nothing', () => {
  expect(violations(fixture, PURITY)).toEqual([
    'pure-core-reaches-no-side-effects: src/model/via-helper.ts → child_process',
    'pure-core-reaches-no-side-effects: src/plan/reads-files.ts → fs',
    'pure-core-reaches-no-side-effects: src/plan/runs-things.ts → child_process',
  ]);
});

test('npm run lint:layers fails (exit code not 0) when a rule is broken: the text reporter counts errors', () => {
  const run = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', LAYERS], {
    cwd: fixture,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  expect(run.status).toBe(16);
  expect(run.stdout).toContain('x 16 dependency violations (16 errors, 0 warnings)');
});
