/**
 * A template's users include the apply that is about to clone it: apply of a
 * lab with warm nodes holds the home's templates lock (shared) from planning
 * until its clones are recorded, and `template rm` takes it exclusively, so
 * it never deletes a template between an apply's plan and its clones'
 * records. A finished build is moved in whole, its files 0600.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyLab } from '../../src/engine/apply-lab.js';
import { planLab } from '../../src/engine/plan-lab.js';
import { savedPlan } from '../../src/engine/saved-plan.js';
import { buildPaths, finishBuild } from '../../src/exec/warm/build-template.js';
import type { BuildTemplateAction } from '../../src/plan/types.js';
import { acquireLock } from '../../src/state/lock.js';
import { labPaths } from '../../src/state/paths.js';
import { listTemplates, templatePaths, templatesDir, templatesLock } from '../../src/state/templates.js';
import { FIXTURES, runCli, tmpDir } from '../helpers/cli.js';
import { FakeRuntime } from '../helpers/fake-runtime.js';
import { FakeMachine, planningThrough } from '../helpers/fake-machine.js';

const KEY = '0123456789abcdef';

/** A finished template as a build leaves it, in a fresh home. */
function homeWithTemplate(): string {
  const home = join(tmpDir('vmlab-tpl-'), 'home');
  const paths = templatePaths(home, KEY);
  mkdirSync(paths.dir, { recursive: true });
  writeFileSync(paths.disk, 'disk');
  writeFileSync(paths.state, 'state');
  const inputs = { platform: 'switch', image: '/images/switch.qcow2', memory_mb: 256, nics: 2, nic_driver: 'e1000', qemu_version: '10.0.2', accel: 'tcg' };
  writeFileSync(paths.record, JSON.stringify({ key: KEY, inputs, built_at: '2026-01-01T00:00:00.000Z', build_seconds: 1, state_bytes: 5 }));
  return home;
}

/** Can someone take the templates lock exclusively right now? (util-linux flock, as vmlab uses it.) */
function lockIsFree(home: string): boolean {
  mkdirSync(templatesDir(home), { recursive: true });
  try {
    execFileSync('flock', ['--exclusive', '--nonblock', templatesLock(home), 'true']);
    return true;
  } catch {
    return false;
  }
}

test('template rm waits for no apply: while one holds the templates lock it refuses (exit 4) and the template stays', async () => {
  const home = homeWithTemplate();
  const release = await acquireLock(templatesLock(home), 'vmlab apply', 0, undefined, 'flock', 'shared');
  try {
    const refused = await runCli(['template', 'rm', KEY], { VMLAB_HOME: home });
    expect({ code: refused.code, stderr: refused.stderr }).toEqual({ code: 4, stderr: expect.stringContaining('an apply is using the templates') });
    expect(listTemplates(home).map((t) => t.key)).toEqual([KEY]);
  } finally {
    release();
  }
  const removed = await runCli(['template', 'rm', KEY], { VMLAB_HOME: home });
  expect(removed.code).toBe(0);
  expect(existsSync(templatePaths(home, KEY).dir)).toBe(false);
  expect(readdirSync(templatesDir(home)).filter((f) => f !== '.lock')).toEqual([]);
});

/** The two-node fixture on a warm platform, and a home. */
function warmLab() {
  const root = tmpDir('vmlab-tpl-apply-');
  const specs = join(root, 'specs');
  cpSync(join(FIXTURES, 'labs', 'two-node'), specs, { recursive: true });
  const platformsFile = join(specs, 'platforms.json');
  const platforms = JSON.parse(readFileSync(platformsFile, 'utf8'));
  platforms.platforms.switch.vm_image = join(FIXTURES, 'images', 'blank.qcow2');
  platforms.platforms.switch.vm_warm_start = true;
  writeFileSync(platformsFile, JSON.stringify(platforms));
  return { root, specs, home: join(root, 'home') };
}

const QEMU = { binary: '/usr/bin/qemu-system-x86_64', version: '10.0.2', streamReconnect: null, links: 'socket' as const, size: 1, mtime_ms: 1 };

test('apply of a lab with warm nodes holds the templates lock while it builds and clones, and lets go after', async () => {
  const { specs, home } = warmLab();
  const seen: string[] = [];
  class Watching extends FakeRuntime {
    override async buildTemplate() {
      seen.push(`build: lock ${lockIsFree(home) ? 'free' : 'held'}`);
    }
    override async start(...args: Parameters<FakeRuntime['start']>) {
      seen.push(`start ${args[0].name}: lock ${lockIsFree(home) ? 'free' : 'held'}`);
      return super.start(...args);
    }
  }
  const qemu = QEMU;
  const outcome = await applyLab({
    specDir: specs,
    home,
    request: { host: null, qemu },
    command: 'vmlab apply',
    lockWaitMs: 1000,
    progress: { node: () => undefined },
    machine: new FakeMachine(qemu, (paths) => new Watching(paths)),
    review: async () => true,
  });
  expect(outcome.plan.actions.map((a) => a.action)).toContain('build-template');
  expect(seen).toEqual(['build: lock held', 'start sw1: lock held', 'start sw2: lock held']);
  expect(lockIsFree(home)).toBe(true);
});

test('a saved plan that clones a template removed since it was made is stale: refused before anything starts', async () => {
  const { root, specs, home } = warmLab();
  const request = { host: null, qemu: QEMU };
  const nothingRuns = { process: () => null, fileExists: () => false };
  // The template the plan wants, as a build would have left it.
  const build = (await planLab(specs, home, planningThrough(nothingRuns), request)).plan.actions.find((a) => a.action === 'build-template')!;
  const key = (build as BuildTemplateAction).template.key;
  const t = templatePaths(home, key);
  mkdirSync(t.dir, { recursive: true });
  writeFileSync(t.disk, 'disk');
  writeFileSync(t.state, 'state');
  writeFileSync(
    t.record,
    JSON.stringify({ key, inputs: (build as BuildTemplateAction).inputs, built_at: '2026-01-01T00:00:00.000Z', build_seconds: 1, state_bytes: 5 }),
  );
  const planned = await planLab(specs, home, planningThrough(nothingRuns), request);
  expect(planned.plan.actions.map((a) => a.action)).not.toContain('build-template');
  const file = join(root, 'plan.json');
  writeFileSync(file, JSON.stringify(savedPlan(planned.basis, planned.plan)));
  expect((await runCli(['template', 'rm', key], { VMLAB_HOME: home })).code).toBe(0);
  const machine = new FakeMachine(QEMU);
  const apply = applyLab({
    specDir: specs,
    home,
    request,
    command: 'vmlab apply',
    planFile: { name: file, text: readFileSync(file, 'utf8') },
    lockWaitMs: 1000,
    progress: { node: () => undefined },
    machine,
    review: async () => true,
  });
  await expect(apply).rejects.toThrow(`saved plan ${file} is stale: it clones template ${key}, which is gone`);
  expect(machine.runtimesAsked).toEqual([]);
});

describe('a finished build', () => {
  function build() {
    const home = join(tmpDir('vmlab-tpl-build-'), 'home');
    const b = buildPaths(labPaths(home, 'lab'), KEY);
    mkdirSync(b.work, { recursive: true });
    writeFileSync(b.overlay(''), 'ours', { mode: 0o644 }); // qemu-img and `cat >` make them as the umask says
    writeFileSync(b.stateFile, 'state', { mode: 0o644 });
    const action = { template: { key: KEY }, inputs: { platform: 'switch' } } as unknown as BuildTemplateAction;
    return { home, b, action };
  }

  test('is moved in whole with every file 0600 (the build directory is gone)', () => {
    const { home, b, action } = build();
    finishBuild(home, b, action, 1, new Date());
    const dir = templatePaths(home, KEY).dir;
    expect(Object.fromEntries(readdirSync(dir).map((f) => [f, (statSync(join(dir, f)).mode & 0o777).toString(8)]))).toEqual({
      'disk.qcow2': '600',
      'state.bin': '600',
      'template.json': '600',
    });
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(existsSync(b.work)).toBe(false);
  });

  test('replaces a half-built directory of the same key; a finished one (another lab built it meanwhile) is kept and ours goes', () => {
    const { home, b, action } = build();
    const final = templatePaths(home, KEY);
    mkdirSync(final.dir, { recursive: true });
    writeFileSync(final.disk, 'half');
    finishBuild(home, b, action, 1, new Date());
    expect(readFileSync(final.disk, 'utf8')).toBe('ours');

    const again = build();
    const theirs = templatePaths(again.home, KEY);
    mkdirSync(theirs.dir, { recursive: true });
    writeFileSync(theirs.disk, 'theirs');
    writeFileSync(theirs.record, '{}');
    finishBuild(again.home, again.b, again.action, 1, new Date());
    expect(readFileSync(theirs.disk, 'utf8')).toBe('theirs');
    expect(existsSync(again.b.work)).toBe(false);
    expect(readdirSync(templatesDir(again.home)).filter((f) => f !== KEY && f !== '.lock')).toEqual([]);
  });
});
