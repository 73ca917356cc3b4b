import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { VmlabError } from '../../errors.js';
import type { BuildTemplateAction } from '../../plan/types.js';
import type { LabPaths } from '../../state/paths.js';
import { templatePaths, templatesDir, type TemplateRecord } from '../../state/templates.js';
import { waitForExit } from '../qemu/process.js';
import { withQmp } from '../qemu/qmp.js';
import { migrationDone, saveUri } from './migrate.js';

/**
 * Where a template is built: inside the lab's directory, its QEMU's pidfile
 * and monitor in the lab's qemu/ as `template-<key>` (so a QEMU left by a
 * killed build is this lab's orphan, reaped by the next apply, and destroy's
 * stray sweep finds it), then moved whole into the home's templates/ once
 * template.json, its completion marker, is written. A half-built template
 * is never found under templates/.
 */
export function buildPaths(paths: LabPaths, key: string): LabPaths & { work: string; stateFile: string } {
  const work = join(paths.dir, 'template-build', key);
  return {
    ...paths,
    work,
    stateFile: join(work, 'state.bin'),
    pidfile: () => join(paths.qemuDir, `template-${key}.pid`),
    monitor: () => join(paths.qemuDir, `template-${key}.mon`),
    overlay: () => join(work, 'disk.qcow2'),
    consoleLog: () => join(work, 'console.log'),
  };
}

/** A fresh, empty build directory. */
export function prepareBuild(paths: LabPaths, key: string): ReturnType<typeof buildPaths> {
  const build = buildPaths(paths, key);
  rmSync(build.work, { recursive: true, force: true });
  mkdirSync(build.work, { recursive: true, mode: 0o700 });
  mkdirSync(paths.qemuDir, { recursive: true, mode: 0o700 });
  for (const f of [build.pidfile(''), build.monitor('')]) rmSync(f, { force: true });
  return build;
}

/**
 * The booted template QEMU is stopped, its state streamed into the state
 * file, and it quits; its disk is never written again (clones' overlays
 * stand on it).
 */
export async function saveAndQuit(build: ReturnType<typeof buildPaths>, pid: number, timeoutMs: number): Promise<void> {
  await withQmp(build.monitor(''), async (qmp) => {
    await qmp.execute('stop');
    await qmp.execute('migrate', { uri: saveUri(build.stateFile) });
    await migrationDone(qmp, 'saving the template state', timeoutMs);
    await qmp.execute('quit');
  });
  if (!(await waitForExit(pid, build.dir, 10_000))) throw new VmlabError(`the template QEMU (pid ${pid}) did not exit after its state was saved`);
}

/**
 * template.json last, then the whole directory moved into place by one
 * rename(2), which never replaces a directory that holds anything: a
 * template another lab finished meanwhile stays (theirs is as good, ours
 * goes), and no finished template is ever removed to make room. Its files
 * are 0600 (QEMU and qemu-img make them as the umask says), its directory
 * 0700.
 */
export function finishBuild(home: string, build: ReturnType<typeof buildPaths>, action: BuildTemplateAction, seconds: number, now: Date): void {
  for (const f of [build.pidfile(''), build.monitor('')]) rmSync(f, { force: true });
  for (const f of readdirSync(build.work)) chmodSync(join(build.work, f), 0o600);
  chmodSync(build.work, 0o700);
  const record: TemplateRecord = {
    key: action.template.key,
    inputs: action.inputs,
    built_at: now.toISOString(),
    build_seconds: Math.round(seconds * 10) / 10,
    state_bytes: statSync(build.stateFile).size,
  };
  writeFileAtomic.sync(join(build.work, 'template.json'), `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  mkdirSync(templatesDir(home), { recursive: true, mode: 0o700 });
  const final = templatePaths(home, action.template.key).dir;
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(build.work, final); // replaces nothing but an empty directory
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw err;
      if (existsSync(join(final, 'template.json'))) {
        rmSync(build.work, { recursive: true, force: true }); // another lab finished it meanwhile
        return;
      }
      if (attempt >= 2) throw err;
    }
    // A half-built one (never used: no template.json) is moved aside, whole, and ours tried once more.
    const aside = join(templatesDir(home), `.stale-${action.template.key}-${process.pid}-${now.getTime()}`);
    renameSync(final, aside);
    rmSync(aside, { recursive: true, force: true });
  }
}
