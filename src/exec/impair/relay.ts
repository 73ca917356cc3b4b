import { spawn } from 'node:child_process';
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { VmlabError } from '../../errors.js';
import type { Impairment } from '../../model/impairment.js';
import type { LabPaths } from '../../state/paths.js';
import { procProcess } from '../../state/proc-world.js';
import type { ImpairRelayStatus } from '../../state/types.js';
import { verbose } from '../../verbose.js';
import { readPidfile } from '../qemu/process.js';

/** The relay's script, compiled beside this file (found from the bundle as the forward relay's is). */
export function impairRelayEntry(): string {
  const here = import.meta.url;
  const relative = here.endsWith('.cjs') ? '../exec/impair/relay-main.js' : './relay-main.js';
  return fileURLToPath(new URL(relative, here));
}

const controlPath = (paths: LabPaths) => join(paths.impairSockets, 'control.sock');

/** Is `pid` this lab's impairment relay? Checked before it is ever signalled: PIDs are reused. */
function isOurs(pid: number, paths: LabPaths): boolean {
  const info = procProcess(pid);
  return info !== null && info.cmdline[1] === impairRelayEntry() && info.cmdline[2] === paths.impairSockets && info.cmdline[3] === paths.impairDir;
}

/** The relay's PID, if it is running. */
export function impairRelayPid(paths: LabPaths): number | null {
  const pid = readPidfile(paths.impairPidfile);
  return pid !== null && isOurs(pid, paths) ? pid : null;
}

/** One request on the control socket, one reply. */
function request<T>(paths: LabPaths, message: object, timeoutMs = 5000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const socket = connect(controlPath(paths));
    let buffered = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new VmlabError('the impairment relay did not answer within 5 s'));
    }, timeoutMs);
    socket.once('connect', () => socket.write(`${JSON.stringify(message)}\n`));
    socket.on('data', (chunk) => {
      buffered += chunk.toString('utf8');
      const nl = buffered.indexOf('\n');
      if (nl < 0) return;
      clearTimeout(timer);
      socket.destroy();
      const reply = JSON.parse(buffered.slice(0, nl)) as T & { ok: boolean; error?: string };
      if (reply.ok) resolve(reply);
      else reject(new VmlabError(`the impairment relay refused: ${reply.error}`));
    });
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

/** What the relay says of itself; null when none runs (or it does not answer). */
export async function impairRelayStatus(paths: LabPaths): Promise<ImpairRelayStatus | null> {
  if (impairRelayPid(paths) === null) return null;
  try {
    const reply = await request<ImpairRelayStatus & { ok: boolean }>(paths, { op: 'status' }, 3000);
    return { pid: reply.pid, directions: reply.directions };
  } catch {
    return null;
  }
}

const starting = new WeakMap<LabPaths, Promise<void>>();

/** Starts the lab's relay unless it runs; one start at a time within this process (actions run in parallel). */
export function ensureImpairRelay(paths: LabPaths): Promise<void> {
  if (impairRelayPid(paths) !== null && existsSync(controlPath(paths))) return Promise.resolve();
  const running = starting.get(paths);
  if (running) return running;
  const started = startRelay(paths).finally(() => starting.delete(paths));
  starting.set(paths, started);
  return started;
}

async function startRelay(paths: LabPaths): Promise<void> {
  await stopImpairRelay(paths);
  mkdirSync(paths.impairDir, { recursive: true, mode: 0o700 });
  privateDirectory(paths.impairSockets);
  mkdirSync(paths.logsDir, { recursive: true });
  const fd = openSync(paths.impairLog, 'w', 0o600);
  const child = spawn(process.execPath, [impairRelayEntry(), paths.impairSockets, paths.impairDir], { detached: true, stdio: ['ignore', 'pipe', fd] });
  closeSync(fd);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new VmlabError('the impairment relay did not start within 10 s')), 10_000);
    child.once('error', (err) => reject(new VmlabError(`could not start the impairment relay: ${err.message}`)));
    child.once('exit', (code) => {
      const said = existsSync(paths.impairLog) ? readFileSync(paths.impairLog, 'utf8').trim() : '';
      reject(new VmlabError(`the impairment relay exited (${code}) before it listened${said ? `: ${said}` : ''}`));
    });
    child.stdout!.once('data', () => {
      clearTimeout(timer);
      resolve();
    });
  }).catch((err) => {
    child.kill('SIGKILL');
    throw err;
  });
  child.removeAllListeners('exit');
  child.stdout!.destroy();
  child.unref();
  writeFileSync(paths.impairPidfile, `${child.pid}\n`, { mode: 0o600 });
  verbose('impair relay', `listening in ${paths.impairSockets}, pid ${child.pid}`);
}

/** Stops the lab's relay if it is ours and alive (SIGTERM, then SIGKILL). */
export async function stopImpairRelay(paths: LabPaths): Promise<void> {
  const pid = readPidfile(paths.impairPidfile);
  if (pid !== null && isOurs(pid, paths)) {
    process.kill(pid, 'SIGTERM');
    for (let i = 0; i < 60 && isOurs(pid, paths); i++) await sleep(50);
    if (isOurs(pid, paths)) process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 40 && isOurs(pid, paths); i++) await sleep(50);
  }
  rmSync(paths.impairPidfile, { force: true });
}

/** Gives a direction its impairment, starting the relay if it must (once more if it was just exiting for idleness). */
export async function relayPut(paths: LabPaths, id: string, impairment: Impairment): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    await ensureImpairRelay(paths);
    try {
      await request(paths, { op: 'put', id, impairment });
      return;
    } catch (err) {
      if (attempt > 0 || !isGone(err)) throw err;
    }
  }
}

/** Forgets a direction; a relay that is not running has nothing to forget. */
export async function relayDelete(paths: LabPaths, id: string): Promise<void> {
  if (impairRelayPid(paths) === null) return;
  try {
    await request(paths, { op: 'delete', id });
  } catch (err) {
    if (!isGone(err)) throw err;
  }
}

function isGone(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ECONNREFUSED' || code === 'ENOENT';
}

/**
 * The relay's socket directory, made 0700 if need be; one that is not a
 * directory of this user's, or that others may enter, is refused: whoever
 * can reach those sockets can put frames on the lab's links.
 */
function privateDirectory(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const uid = typeof process.getuid === 'function' ? process.getuid() : null;
  for (const d of dir.startsWith('/tmp/vmlab-') ? [dirname(dir), dir] : [dir]) {
    const st = lstatSync(d);
    if (!st.isDirectory() || (uid !== null && st.uid !== uid) || (st.mode & 0o077) !== 0)
      throw new VmlabError(`${d} must be a directory of your own that only you can enter (mode 0700), for the impairment relay's sockets`);
  }
}
