import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import { nodeEndpoint } from '../../engine/guests/node-endpoint.js';
import { homeOf } from '../settings.js';
import { verboseRun } from '../../verbose.js';
import type { CliIo } from '../io.js';
import { controlledBy, onNodeServer } from '../forward.js';
import { LAB_OPTION, specSources, specsArg, withSources } from '../options.js';

/** Ctrl-] leaves the console, as in telnet. */
const ESCAPE = 0x1d;

const LOOPBACK = '127.0.0.1';

/**
 * How to reach a node's serial console. Consoles listen on 127.0.0.1 of the
 * node's host only, so a node on this machine is a TCP connection, and a node
 * on another server goes through SSH to that server, with `ssh -W` relaying
 * the console port there (your own SSH login to the server: keys or agent,
 * ~/.ssh/config; BatchMode, so no password prompt fights the console for
 * the terminal).
 */
export type ConsoleRoute = { via: 'tcp'; host: string; port: number } | { via: 'ssh'; argv: string[] };

export function consoleRoute(address: string, port: number, thisMachine: string[]): ConsoleRoute {
  if (address === LOOPBACK || thisMachine.includes(address)) return { via: 'tcp', host: LOOPBACK, port };
  return { via: 'ssh', argv: ['ssh', '-o', 'BatchMode=yes', '-W', `${LOOPBACK}:${port}`, '--', address] };
}

function machineAddresses(): string[] {
  return Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address));
}

/** An open console: bytes in, bytes out. */
interface ConsoleLine {
  input: Writable;
  output: Readable;
  /** Fires once the line is open; `closed` once it is gone, with an error if it never worked. */
  onOpen(cb: () => void): void;
  onClosed(cb: (err?: Error) => void): void;
  close(): void;
}

function openLine(route: ConsoleRoute): ConsoleLine {
  if (route.via === 'tcp') {
    const socket = connect({ host: route.host, port: route.port });
    return {
      input: socket,
      output: socket,
      onOpen: (cb) => socket.on('connect', cb),
      onClosed: (cb) => {
        socket.on('error', (err) => cb(err));
        socket.on('close', () => cb());
      },
      close: () => socket.destroy(),
    };
  }
  // ssh's own messages (host key, refused forwarding) go straight to the terminal.
  verboseRun('console', route.argv[0]!, route.argv.slice(1));
  const child = spawn(route.argv[0]!, route.argv.slice(1), { stdio: ['pipe', 'pipe', 'inherit'] });
  let seen = false;
  child.stdout.once('data', () => (seen = true));
  child.stdin.on('error', () => undefined); // ssh gone: its exit says why
  return {
    input: child.stdin,
    output: child.stdout,
    onOpen: (cb) => child.on('spawn', cb),
    onClosed: (cb) => {
      child.on('error', (err) => cb(err));
      child.on('close', (code) => cb(code !== 0 && !seen ? new Error(`"${route.argv.join(' ')}" failed (exit code ${code})`) : undefined));
    },
    close: () => {
      if (child.exitCode === null) child.kill();
    },
  };
}

export function consoleCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'console <node>',
    describe: "attach to a node's serial console (Ctrl-] to leave)",
    builder: (y: Argv) =>
      withSources(y)
        .positional('node', { type: 'string', demandOption: true })
        .option('lab', LAB_OPTION)
        .option('specs', { alias: 'S', type: 'string', describe: 'spec directory of the lab' }),
    handler: async (argv: { node: string; lab?: string; specs?: string; platforms?: string; secrets?: string }) => {
      const controlled = controlledBy(io, argv);
      if (controlled) {
        setCode(await onNodeServer(io, controlled, argv.node, ['console', argv.node], io.interactive === true));
        return;
      }
      const found = nodeEndpoint(homeOf(io), argv.node, { lab: argv.lab, specs: specsArg(argv, io), sources: specSources(argv, io) });
      const route = consoleRoute(found.address, found.consolePort, machineAddresses());
      const where =
        route.via === 'tcp' ? `${LOOPBACK}:${found.consolePort}` : `${LOOPBACK}:${found.consolePort} of ${found.address}, through "${route.argv.join(' ')}"`;
      const whose = found.testHost ? `the console of ${found.testHost.vm}, which holds test host ${argv.node}` : `${argv.node}'s console`;
      io.err(`Connecting to ${whose} (${where}). Press Ctrl-] to leave.\n`);
      await new Promise<void>((resolve, reject) => {
        const line = openLine(route);
        const { stdin, stdout } = process;
        let left = false;
        const leave = (err?: Error) => {
          if (left) return;
          left = true;
          if (stdin.isTTY) stdin.setRawMode(false);
          stdin.off('data', onKey);
          stdin.pause();
          line.close();
          if (err) reject(new UsageError(`cannot reach ${argv.node}'s console: ${err.message}`));
          else resolve();
        };
        const onKey = (data: Buffer) => {
          const at = data.indexOf(ESCAPE);
          if (at >= 0) {
            if (at > 0) line.input.write(data.subarray(0, at));
            leave();
          } else {
            line.input.write(data);
          }
        };
        line.onOpen(() => {
          if (stdin.isTTY) stdin.setRawMode(true);
          stdin.on('data', onKey);
          stdin.resume();
          line.input.write('\r'); // show the current prompt
        });
        line.output.on('data', (d) => stdout.write(d));
        line.onClosed(leave);
        stdin.on('end', () => leave());
      });
      io.err('\nConsole closed.\n');
      setCode(0);
    },
  };
}
