import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { VmlabError } from '../../errors.js';
import type { SshForward } from '../../model/mgmt-network.js';
import type { LabPaths } from '../../state/paths.js';
import { procProcess } from '../../state/proc-world.js';
import { verbose } from '../../verbose.js';
import { readPidfile } from '../qemu/process.js';

/**
 * The relay's script, compiled by tsc beside this file. Bundled
 * (dist/bundle/vmlab.cjs), import.meta.url is the bundle's, so it is found
 * from there; the relay itself is never bundled: it is a process of its own.
 */
export function relayEntry(): string {
  const here = import.meta.url;
  const relative = here.endsWith('.cjs') ? '../exec/relay/forward-relay-main.js' : './forward-relay-main.js';
  return fileURLToPath(new URL(relative, here));
}

/** Is `pid` the relay of this node of this lab? A bare PID proves nothing (PIDs are reused). */
function isOurRelay(pid: number, paths: LabPaths, node: string): boolean {
  const info = procProcess(pid);
  return info !== null && info.cmdline[1] === relayEntry() && info.cmdline[5] === paths.pidfile(node);
}

function recordedRelay(paths: LabPaths, node: string): number | null {
  return readPidfile(paths.relayPidfile(node));
}

/** Is the node's relay running? */
export function relayRunning(paths: LabPaths, node: string): boolean {
  const pid = recordedRelay(paths, node);
  return pid !== null && isOurRelay(pid, paths, node);
}

/** Stops the node's relay, if one runs, and waits until its port is free. */
export async function stopForwardRelay(paths: LabPaths, node: string): Promise<void> {
  const pid = recordedRelay(paths, node);
  if (pid !== null && isOurRelay(pid, paths, node)) {
    process.kill(pid, 'SIGTERM');
    for (let i = 0; i < 60 && isOurRelay(pid, paths, node); i++) await sleep(50);
    if (isOurRelay(pid, paths, node)) process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 40 && isOurRelay(pid, paths, node); i++) await sleep(50);
  }
  rmSync(paths.relayPidfile(node), { force: true });
}

/**
 * Starts the relay of a node whose QEMU (`qemuPid`) just started, replacing
 * any earlier one, and returns once it listens. It outlives this vmlab
 * process and exits with its QEMU (forward-relay-main.ts).
 */
export async function startForwardRelay(paths: LabPaths, node: string, forward: SshForward, qemuPid: number): Promise<void> {
  if (forward.relay === null) return;
  await stopForwardRelay(paths, node);
  const { address, port } = forward.relay;
  const log = paths.relayLog(node);
  const fd = openSync(log, 'w', 0o600);
  const child = spawn(process.execPath, [relayEntry(), address, String(port), String(qemuPid), paths.pidfile(node)], {
    detached: true,
    stdio: ['ignore', 'pipe', fd],
  });
  closeSync(fd);
  try {
    await listening(child, node, `${address}:${port}`, log);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  child.stdout!.destroy();
  child.unref();
  writeFileSync(paths.relayPidfile(node), `${child.pid}\n`, { mode: 0o600 });
  verbose(`relay ${node}`, `listening on ${address}:${port}, pid ${child.pid}`);
}

/** Resolves on the relay's "listening" line; rejects when it exits, fails to spawn, or stays silent for 10 s. */
function listening(child: ChildProcess, node: string, where: string, log: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const settle = (err?: Error) => {
      clearTimeout(timer);
      child.removeAllListeners('exit');
      child.removeAllListeners('error');
      if (err) reject(err);
      else resolve();
    };
    const timer = setTimeout(() => settle(new VmlabError(`the SSH forward relay of ${node} did not listen on ${where} within 10 s`)), 10_000);
    child.once('error', (err) => settle(new VmlabError(`could not start the SSH forward relay of ${node}: ${err.message}`)));
    child.once('exit', (code) => {
      const said = existsSync(log) ? readFileSync(log, 'utf8').trim() : '';
      settle(new VmlabError(`the SSH forward relay of ${node} exited (${code}) before it listened on ${where}${said ? `: ${said}` : ''}`));
    });
    child.stdout!.once('data', () => settle());
  });
}
