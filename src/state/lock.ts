import { spawn } from 'node:child_process';
import { closeSync, constants, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { EnvironmentError, LabBusyError, VmlabError } from '../errors.js';

/**
 * One run at a time per lab, decided by the kernel: an exclusive flock(2) on
 * the lock file.
 *
 * vmlab opens the lock file itself and has util-linux `flock` put the lock on
 * that open file (the child gets the descriptor as its fd 3, and a flock lock
 * belongs to the open file description, which parent and child share). When
 * `flock` exits, vmlab's descriptor still holds the lock; it goes away when
 * vmlab closes the descriptor (release) or dies in any way (the kernel closes
 * it, kill -9 included). So a dead run never leaves a stale lock, there is no
 * takeover logic, and no process of ours outlives vmlab except, for at most
 * WAIT_SLICE_S, a `flock` that was still waiting when vmlab was killed.
 * Node opens every file close-on-exec, so QEMU and other children never
 * inherit the lock.
 *
 * The file's content names the holder (pid, its start time, host, command,
 * since) for the messages of those who wait; it is advice, never used to
 * decide. The file is never deleted: deleting a lock file that someone may
 * have opened would let two runs lock two different files.
 */

interface LockHolder {
  pid: number;
  /** Process start time, /proc/PID/stat field 22: with the PID it names one process, whatever PID reuse does. */
  start: string | null;
  host: string;
  command: string;
  since: string;
}

/** flock's exit code when the lock is taken by someone else (after --nonblock or --timeout). */
const BUSY = 75;
/** A waiting `flock` gives up after this many seconds and is started again until the deadline. */
const WAIT_SLICE_S = 2;

/** Field 22 of /proc/PID/stat (starttime), null if the process does not exist. */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 is "(comm)", which may hold spaces and parentheses: count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[22 - 3] ?? null;
  } catch {
    return null;
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
    return typeof holder?.pid === 'number' ? holder : null;
  } catch {
    return null; // empty (the holder has not written yet, or the lock is free) or torn
  }
}

/** Who holds the lock, for messages: the file's word, checked against /proc when the holder is on this machine. */
export function describeHolder(file: string): string {
  const holder = readHolder(file);
  if (!holder) return 'another process (it has not written its name yet)';
  const what = `("${holder.command}", since ${holder.since})`;
  if (holder.host !== hostname()) return `pid ${holder.pid} on ${holder.host} ${what}`;
  if (holder.start === null || processStartTime(holder.pid) !== holder.start) {
    return `another process (the lock file still names pid ${holder.pid}, which has exited)`;
  }
  return `pid ${holder.pid} ${what}`;
}

/**
 * `exclusive`: one holder (a lab's runs, `template rm`); `shared`: any number
 * of holders at once, none while an exclusive one holds it (the applies that
 * use templates). Shared holders leave the file's content alone: there is no
 * one holder to name.
 */
export type LockMode = 'exclusive' | 'shared';

/**
 * Runs `flock` on our descriptor: true when the lock is now ours, false when
 * someone else holds it. The child inherits vmlab's environment as spawn
 * does by default (PATH finds flock); no environment is read here.
 */
function flockOn(flock: string, fd: number, file: string, timeoutS: number, mode: LockMode): Promise<boolean> {
  const wait = timeoutS > 0 ? ['--timeout', String(timeoutS)] : ['--nonblock'];
  return new Promise((resolve, reject) => {
    const child = spawn(flock, [`--${mode}`, ...wait, '--conflict-exit-code', String(BUSY), '3'], {
      stdio: ['ignore', 'ignore', 'pipe', fd],
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    child.on('error', (err) =>
      reject(
        new EnvironmentError(`cannot lock ${file}: running util-linux "flock" failed (${err.message}); vmlab needs it (Debian package util-linux)`, {
          cause: err,
        }),
      ),
    );
    child.on('close', (code, signal) => {
      if (code === 0) resolve(true);
      else if (code === BUSY) resolve(false);
      else
        reject(
          new VmlabError(
            `cannot lock ${file}: flock ${signal ? `was killed by ${signal}` : `exited with ${code}`}${stderr.trim() ? `: ${stderr.trim()}` : ''}`,
          ),
        );
    });
  });
}

/**
 * Takes the lab lock, waiting up to `waitMs` for a run that holds it (telling
 * `onWait` once, with who that is), then failing with exit code 4 naming it.
 * Returns the release function; calling it again does nothing.
 */
export async function acquireLock(
  file: string,
  command: string,
  waitMs: number,
  onWait?: (holder: string) => void,
  /** The util-linux flock program; tests name one that is missing. */
  flock = 'flock',
  mode: LockMode = 'exclusive',
): Promise<() => void> {
  let fd: number;
  try {
    mkdirSync(dirname(file), { recursive: true });
    fd = openSync(file, constants.O_RDWR | constants.O_CREAT, 0o644);
  } catch (err) {
    throw new EnvironmentError(`cannot open the lock file ${file}: ${(err as Error).message}`, { cause: err });
  }
  try {
    const deadline = Date.now() + (Number.isNaN(waitMs) ? 0 : Math.max(0, waitMs)); // Infinity waits for ever
    let mine = await flockOn(flock, fd, file, 0, mode);
    if (!mine && deadline > Date.now()) onWait?.(describeHolder(file));
    while (!mine) {
      const left = deadline - Date.now();
      if (left <= 0) throw new LabBusyError(`the lab is locked by ${describeHolder(file)}; wait for it to finish, or stop it`);
      mine = await flockOn(flock, fd, file, Math.min(WAIT_SLICE_S, Math.max(left, 1) / 1000), mode);
    }
    if (mode === 'exclusive') {
      const me: LockHolder = { pid: process.pid, start: processStartTime(process.pid), host: hostname(), command, since: new Date().toISOString() };
      ftruncateSync(fd, 0);
      writeSync(fd, `${JSON.stringify(me)}\n`, 0);
    }
  } catch (err) {
    closeSync(fd); // drops the lock if a slow flock got it after all
    throw err;
  }
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    try {
      if (mode === 'exclusive') ftruncateSync(fd, 0); // the file names no one once the lock is free
    } finally {
      closeSync(fd);
    }
  };
}
