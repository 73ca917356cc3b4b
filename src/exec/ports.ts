import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { procProcess } from '../state/proc-world.js';

/** Does something accept a TCP connection at address:port? The connection is closed at once. */
export function tcpAnswers(address: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port });
    const done = (ok: boolean) => {
      closeWithReset(socket);
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * Closes a probe with a TCP reset instead of a FIN, so no TIME_WAIT socket
 * lingers on our (ephemeral) side. Lab ports lie in Linux's ephemeral range
 * (32768–60999), and a probe's leftover could otherwise keep a port that a
 * node is about to listen on busy for a minute.
 */
export function closeWithReset(socket: Socket): void {
  if (socket.connecting || socket.destroyed) socket.destroy();
  else socket.resetAndDestroy();
}

/** TCP sockets bound to a local port, by state (from /proc/net/tcp*): '0A' listen, '06' time-wait, … */
export function socketStatesOnPort(port: number): string[] {
  const states: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols.length > 3 && parseInt(cols[1]!.split(':')[1]!, 16) === port) states.push(cols[3]!);
    }
  }
  return states;
}

/** Can we listen on address:port right now? */
export function portFree(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen({ host: address, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export interface PortHolder {
  pid: number | null;
  description: string;
}

/** Who listens on a TCP port (Linux /proc), for "port in use by …" messages. */
export function portHolder(port: number): PortHolder {
  try {
    const inodes = new Set<string>();
    for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
      for (const line of readFileSync(table, 'utf8').split('\n').slice(1)) {
        const cols = line.trim().split(/\s+/);
        if (cols.length < 10 || cols[3] !== '0A') continue; // 0A = LISTEN
        if (parseInt(cols[1]!.split(':')[1]!, 16) === port) inodes.add(cols[9]!);
      }
    }
    if (inodes.size === 0) return { pid: null, description: 'an unknown process' };
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      let fds: string[] = [];
      try {
        fds = readdirSync(`/proc/${pid}/fd`);
      } catch {
        continue;
      }
      for (const fd of fds) {
        try {
          const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
          const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
          if (inode && inodes.has(inode)) {
            const info = procProcess(Number(pid));
            return { pid: Number(pid), description: `pid ${pid} (${info?.cmdline.slice(0, 3).join(' ') ?? 'unknown'})` };
          }
        } catch {
          // fd closed meanwhile
        }
      }
    }
  } catch {
    // not Linux, or /proc unreadable
  }
  return { pid: null, description: 'another process' };
}
