import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { EnvironmentError, VmlabError } from '../../errors.js';
import { isLabQemu } from '../../state/identity.js';
import { procProcess } from '../../state/proc-world.js';
import { verbose, verboseRun } from '../../verbose.js';
import { withQmp } from './qmp.js';
import type { LabPaths } from '../../state/paths.js';

/**
 * QEMU refused to start. The message gives QEMU's own words; the error keeps
 * the whole story for whoever digs deeper (vmlab -v, a bug report, a test):
 * the command line as run, QEMU's exit code and all of its stderr, and
 * execa's error as the cause.
 */
export class QemuStartError extends VmlabError {
  constructor(
    /** The program and its arguments, exactly as run. */
    readonly command: readonly string[],
    /** QEMU's exit code; undefined when it never ran or was killed. */
    readonly qemuExitCode: number | undefined,
    /** Everything QEMU wrote to stderr. */
    readonly stderr: string,
    detail: string,
    cause: unknown,
  ) {
    super(`QEMU did not start (exit ${qemuExitCode ?? 'none'}): ${detail}`, { cause });
  }
}

/**
 * Starts a daemonizing QEMU (`qemu`: the binary, from QemuTools) and returns
 * the daemon's PID. The parent exits once the VM runs (about 40 ms); a bad
 * option or a busy port makes it fail with a message on stderr, which becomes
 * the error.
 */
export async function startQemu(qemu: string, argv: string[], pidfile: string): Promise<number> {
  const who = `qemu ${basename(pidfile, '.pid')}`;
  verboseRun(who, qemu, argv);
  // Loaded when QEMU is started: plan imports this module, and execa takes ~15 ms to load.
  const { execa } = await import('execa');
  const result = await execa(qemu, argv, { reject: false, stdin: 'ignore', timeout: 60_000 });
  if (result.exitCode !== 0 || result.failed) {
    if (result.code === 'ENOENT') {
      throw new EnvironmentError(
        `${qemu} is not installed (not found on PATH): install QEMU (Debian: apt-get install qemu-system-x86 qemu-utils, or run scripts/setup.sh)`,
        { cause: result },
      );
    }
    const stderr = String(result.stderr ?? '');
    const detail = (stderr || String(result.stdout ?? '') || result.shortMessage || '').trim();
    throw new QemuStartError([qemu, ...argv], result.exitCode, stderr, detail, result);
  }
  const pid = Number(readFileSync(pidfile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) throw new VmlabError(`QEMU wrote no usable PID to ${pidfile}`);
  verbose(who, `running, pid ${pid}`);
  return pid;
}

function alive(pid: number, labDir: string): boolean {
  return isLabQemu(procProcess(pid), labDir);
}

export async function waitForExit(pid: number, labDir: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!alive(pid, labDir)) return true;
    await sleep(50);
  }
  return !alive(pid, labDir);
}

/**
 * Stops one of this lab's QEMUs: ACPI power-down (the guest shuts down
 * cleanly), then QMP quit, then SIGKILL. Every signal goes to a PID proven to
 * be this lab's QEMU, never to a name. Returns how it ended.
 */
export async function stopQemu(pid: number, monitor: string, labDir: string, graceMs: number): Promise<'not running' | 'powered down' | 'quit' | 'killed'> {
  if (!alive(pid, labDir)) return 'not running';
  if (graceMs > 0) {
    try {
      await withQmp(monitor, (qmp) => qmp.execute('system_powerdown'), 2000);
      if (await waitForExit(pid, labDir, graceMs)) return 'powered down';
    } catch {
      // monitor gone or wedged: fall through to the harder ways
    }
  }
  try {
    await withQmp(monitor, (qmp) => qmp.execute('quit'), 2000);
    // QMP answers before the process is gone: wait for it before reusing its ports.
    if (await waitForExit(pid, labDir, 3000)) return 'quit';
  } catch {
    // fall through
  }
  await killLabQemu(pid, labDir);
  return 'killed';
}

/** SIGKILL, only to a PID proven to be this lab's QEMU; waits until it is gone. */
export async function killLabQemu(pid: number, labDir: string): Promise<void> {
  if (alive(pid, labDir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await waitForExit(pid, labDir, 5000);
}

/**
 * The node's QEMU as it runs now, from its pidfile and /proc: its PID and
 * whether its management network was started restricted (isolated).
 */
export function runningQemu(paths: Pick<LabPaths, 'pidfile' | 'dir'>, node: string): { pid: number; restricted: boolean } | null {
  const pid = readPidfile(paths.pidfile(node));
  if (pid === null) return null;
  const info = procProcess(pid);
  if (!isLabQemu(info, paths.dir)) return null;
  return { pid, restricted: info!.cmdline.some((arg) => arg.startsWith('user,') && arg.split(',').includes('restrict=on')) };
}

/** The PID a pidfile holds (QEMU's, a relay's); null when there is no file or no usable number in it. */
export function readPidfile(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}
