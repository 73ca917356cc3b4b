import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ConflictError } from '../errors.js';

interface LockHolder {
  pid: number;
  host: string;
  command: string;
  since: string;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

/**
 * One run at a time per lab: a lock file created with O_EXCL, naming its
 * holder. A holder that died (same machine, PID gone) leaves a lock that the
 * next run takes over; a live holder makes the next run wait up to
 * `waitMs`, then fail with exit code 4 naming it.
 */
export async function acquireLock(file: string, command: string, waitMs: number, onWait?: (holder: string) => void): Promise<() => void> {
  mkdirSync(dirname(file), { recursive: true });
  const me: LockHolder = { pid: process.pid, host: hostname(), command, since: new Date().toISOString() };
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return () => {
        if (readHolder(file)?.pid === process.pid) rmSync(file, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = readHolder(file);
    if (holder === null || (holder.host === me.host && !processAlive(holder.pid))) {
      rmSync(file, { force: true }); // its holder is gone: take over
      continue;
    }
    const who = `pid ${holder.pid} on ${holder.host} ("${holder.command}", since ${holder.since})`;
    if (Date.now() >= deadline) throw new ConflictError(`the lab is locked by ${who}; wait for it to finish, or stop it`);
    if (!told) onWait?.(who);
    told = true;
    await sleep(200);
  }
}
