import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { VmlabError } from '../errors.js';
import type { ConsoleStep } from '../specs/types.js';
import type { Client } from 'ssh2';
import { verbose } from '../verbose.js';
import { closeWithReset } from './ports.js';
import { endSession, sshConnect } from './ssh.js';

/** The last lines a node printed on its console, for timeout messages. */
export function consoleTail(log: string, lines = 15): string {
  if (!existsSync(log)) return '(no console output)';
  const text = readFileSync(log, 'utf8').replace(/\r/g, '');
  const tail = text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(-lines);
  return tail.length ? tail.map((l) => `    | ${l}`).join('\n') : '(no console output)';
}

/** Does the port answer with an SSH banner? (The port forward accepts TCP long before the guest listens.) */
function sshBanner(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok: boolean) => {
      closeWithReset(socket);
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('data', (d) => {
      verbose(`ssh ${host}:${port}`, () => `banner ${JSON.stringify(d.toString().split('\n')[0]!.trim())}`);
      done(d.toString().startsWith('SSH-'));
    });
    socket.on('error', () => done(false));
    socket.on('close', () => done(false));
  });
}

export interface ReadyTarget {
  name: string;
  host: string;
  sshPort: number;
  user: string | null;
  pass: string | null;
  timeoutS: number;
  consoleLog: string;
}

/**
 * A node is ready when SSH answers and, if credentials are known, they log
 * in. Polls until the boot timeout; on timeout the error shows the end of the
 * console log, which is usually where the reason is.
 */
export async function waitForSsh(target: ReadyTarget, onWaiting?: () => void, onLogin?: (client: Client) => Promise<void>): Promise<void> {
  const deadline = Date.now() + target.timeoutS * 1000;
  let lastError = 'no SSH banner yet';
  onWaiting?.();
  while (Date.now() < deadline) {
    const left = Math.max(1000, Math.min(8000, deadline - Date.now()));
    if (await sshBanner(target.host, target.sshPort, Math.min(left, 3000))) {
      if (target.user === null) return;
      try {
        const client = await sshConnect({ host: target.host, port: target.sshPort, user: target.user, pass: target.pass }, left);
        try {
          await onLogin?.(client); // e.g. install the lab key, in the same session
        } finally {
          endSession(client);
        }
        return;
      } catch (err) {
        lastError = `login as ${target.user} failed: ${(err as Error).message}`;
      }
    }
    await sleep(250);
  }
  throw new VmlabError(
    `${target.name} was not ready within ${target.timeoutS} s (SSH ${target.host}:${target.sshPort}: ${lastError}). Last console lines:\n${consoleTail(target.consoleLog)}`,
  );
}

/** How long the logout waits for the last step's prompt to come back before typing `exit` anyway. */
const LOGOUT_WAIT_MS = 10_000;

/**
 * Runs a platform's console bootstrap: for each step, waits for `expect` on
 * the serial console, then types `send` followed by Enter. For images that
 * need, say, `dhclient eth0` before SSH can work. Until the first text
 * shows it presses Enter every few seconds (the prompt may have been printed
 * before vmlab connected); never later, where an Enter would be input to
 * whatever runs (a password prompt). Then it logs out (`exit`),
 * so no logged-in shell is left on the console: once the last step's prompt
 * shows again (its command has finished), or after a few seconds.
 */
export async function consoleBootstrap(host: string, port: number, steps: ConsoleStep[], timeoutS: number): Promise<void> {
  if (steps.length === 0) return;
  const socket = connect({ host, port });
  let seen = '';
  socket.on('data', (d) => (seen += d.toString()));
  socket.on('error', () => undefined);
  const deadline = Date.now() + timeoutS * 1000;
  let nudged = 0;
  try {
    for (const [i, step] of steps.entries()) {
      while (!seen.includes(step.expect)) {
        if (Date.now() > deadline) throw new VmlabError(`console bootstrap: "${step.expect}" never appeared on the console within ${timeoutS} s`);
        // Press Enter now and then: the prompt may have been printed before we connected.
        // Only until the first text shows: later, an Enter would be input to what runs (a password prompt).
        if (i === 0 && Date.now() - nudged > 5000) {
          socket.write('\r');
          nudged = Date.now();
        }
        await sleep(100);
      }
      seen = seen.slice(seen.indexOf(step.expect) + step.expect.length);
      socket.write(`${step.send}\r`);
    }
    // Typed too early, `exit` would go to the last command if it reads its input (a password prompt).
    const last = steps.at(-1)!.expect;
    const logoutBy = Math.min(deadline, Date.now() + LOGOUT_WAIT_MS);
    while (!seen.includes(last) && Date.now() < logoutBy) await sleep(100);
    socket.write('exit\r');
    // Let the last line reach the console before hanging up.
    await new Promise<void>((resolve) => socket.end(resolve));
  } finally {
    socket.destroy();
  }
}
