import { basename, join } from 'node:path';
import { UsageError } from '../errors.js';
import { unsafeNameReason } from '../spec/names.js';

/**
 * A lab name becomes a directory name that destroy removes: only a name that
 * passes the spec name rule (no '/', no '..', not empty) ever gets near a path.
 */
export function checkLabName(name: string, what = '--lab'): string {
  const unsafe = unsafeNameReason(name);
  if (unsafe) throw new UsageError(`${what}: lab name ${unsafe}`);
  return name;
}

/**
 * The files of one lab, laid out as in the design (HLD §8). The lock lives
 * outside the lab directory, in `locks/`: it is never deleted, so a waiting
 * run can never lock a file that destroy has just unlinked.
 */
export function labPaths(home: string, lab: string) {
  checkLabName(lab, 'lab');
  const dir = join(home, 'labs', lab);
  return {
    home,
    dir,
    state: join(dir, 'state.json'),
    lock: join(home, 'locks', `${lab}.lock`),
    qemuDir: join(dir, 'qemu'),
    disksDir: join(dir, 'disks'),
    logsDir: join(dir, 'logs'),
    pidfile: (node: string) => join(dir, 'qemu', `${node}.pid`),
    monitor: (node: string) => join(dir, 'qemu', `${node}.mon`),
    overlay: (node: string) => join(dir, 'disks', `${node}.qcow2`),
    consoleLog: (node: string) => join(dir, 'logs', `${node}.log`),
    qemuLog: (node: string) => join(dir, 'logs', `${node}.qemu.log`),
  };
}

export type LabPaths = ReturnType<typeof labPaths>;

/**
 * Where a controller's copy of a lab's specs lives on a server it drives:
 * `$VMLAB_HOME/shipped/<lab>`, a symlink to the generation last received
 * (`shipped/.<lab>.gen-<hex>`, see remote/received-specs.ts).
 */
export function shippedSpecsDir(home: string, lab: string): string {
  return join(home, 'shipped', checkLabName(lab));
}

/** The name every generation directory of a shipped copy starts with, beside it. */
export function shippedGenerationPrefix(shippedDir: string): string {
  return `.${basename(shippedDir)}.gen-`;
}

/**
 * The stable name of a path inside a shipped generation (`…/.<lab>.gen-<hex>/specs`
 * → `…/<lab>/specs`): each apply from a controller runs on a new generation,
 * and the lab it deploys must stay the same lab (state.json's spec_dir).
 * Null for any other path.
 */
export function shippedStableName(realPath: string): string | null {
  const m = /^(.*)\/\.([^/]+)\.gen-[0-9a-f]{16}(\/specs)$/.exec(realPath);
  return m ? `${m[1]}/${m[2]}${m[3]}` : null;
}
