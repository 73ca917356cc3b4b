import type { ConsoleRoute } from '../../ports/machine.js';

const LOOPBACK = '127.0.0.1';

/**
 * The way to a node's console from this machine: consoles listen on
 * 127.0.0.1 of the node's host only, so a node here (its address is one of
 * `thisMachine`'s) is a TCP connection, and a node on another server goes
 * through SSH to that server, `ssh -W` relaying the console port there (your
 * own SSH login to the server: keys or agent, ~/.ssh/config; BatchMode, so no
 * password prompt fights the console for the terminal).
 */
export function consoleRoute(address: string, port: number, thisMachine: string[]): ConsoleRoute {
  if (address === LOOPBACK || thisMachine.includes(address)) return { via: 'tcp', host: LOOPBACK, port };
  return { via: 'ssh', argv: ['ssh', '-o', 'BatchMode=yes', '-W', `${LOOPBACK}:${port}`, '--', address] };
}
