import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where vmlab keeps everything: $VMLAB_HOME, default ~/.vmlab. */
export function vmlabHome(env: NodeJS.ProcessEnv = process.env): string {
  return env.VMLAB_HOME && env.VMLAB_HOME.length > 0 ? env.VMLAB_HOME : join(homedir(), '.vmlab');
}

/** The files of one lab, laid out as in the design (HLD §8). */
export function labPaths(home: string, lab: string) {
  const dir = join(home, 'labs', lab);
  return {
    dir,
    state: join(dir, 'state.json'),
    lock: join(dir, 'lock'),
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
