import { createConnection, type Socket } from 'node:net';
import { basename } from 'node:path';
import { VmlabError } from '../../errors.js';
import { verbose } from '../../verbose.js';

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
}

/**
 * A minimal QMP client over QEMU's monitor socket: greeting, capabilities
 * negotiation, then one command at a time (QMP answers in order; events that
 * arrive in between are skipped).
 */
export class QmpClient {
  private buffer = '';
  private readonly queue: Pending[] = [];
  private greeted: Pending | null = null;
  private closedError: Error | null = null;

  private constructor(
    private readonly socket: Socket,
    /** `qmp <node>`, for verbose output (monitors are `qemu/<node>.mon`). */
    private readonly who: string,
  ) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => this.onData(chunk));
    socket.on('error', (err) => this.fail(err));
    socket.on('close', () => this.fail(new VmlabError('QMP connection closed')));
  }

  static async connect(path: string, timeoutMs = 3000): Promise<QmpClient> {
    const who = `qmp ${basename(path, '.mon')}`;
    verbose(who, `connect ${path}`);
    const socket = createConnection(path);
    const client = new QmpClient(socket, who);
    const timer = setTimeout(() => socket.destroy(new VmlabError(`QMP at ${path} did not answer within ${timeoutMs} ms`)), timeoutMs);
    try {
      await new Promise((resolve, reject) => (client.greeted = { resolve, reject }));
      await client.execute('qmp_capabilities');
      return client;
    } catch (err) {
      verbose(who, `failed: ${(err as Error).message}`);
      socket.destroy();
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  execute<T = unknown>(command: string, args?: Record<string, unknown>): Promise<T> {
    if (this.closedError) return Promise.reject(this.closedError);
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ resolve: resolve as (v: unknown) => void, reject });
      const line = JSON.stringify(args ? { execute: command, arguments: args } : { execute: command });
      verbose(this.who, `→ ${line}`);
      this.socket.write(`${line}\n`);
    });
  }

  /** A human monitor command (info network, hostfwd_add, savevm, …); its text output. */
  async hmp(commandLine: string): Promise<string> {
    const out = await this.execute<string>('human-monitor-command', { 'command-line': commandLine });
    return out;
  }

  close(): void {
    this.socket.end();
    this.socket.destroy();
  }

  private onData(chunk: string): void {
    this.buffer += chunk;
    let newline: number;
    while ((newline = this.buffer.indexOf('\n')) >= 0) {
      const line = this.buffer.slice(0, newline).trim();
      this.buffer = this.buffer.slice(newline + 1);
      if (!line) continue;
      verbose(this.who, `← ${line}`);
      this.onMessage(JSON.parse(line) as Record<string, unknown>);
    }
  }

  private onMessage(message: Record<string, unknown>): void {
    if ('QMP' in message) {
      this.greeted?.resolve(message);
      this.greeted = null;
      return;
    }
    if ('event' in message) return;
    const pending = this.queue.shift();
    if (!pending) return;
    if ('error' in message) {
      const error = message.error as { class?: string; desc?: string };
      pending.reject(new VmlabError(`QMP error: ${error.desc ?? error.class ?? 'unknown'}`));
    } else {
      pending.resolve(message.return);
    }
  }

  private fail(err: Error): void {
    if (this.closedError) return;
    this.closedError = err;
    this.greeted?.reject(err);
    for (const p of this.queue.splice(0)) p.reject(err);
  }
}

/** Opens a QMP session, runs `fn`, always closes. */
export async function withQmp<T>(path: string, fn: (qmp: QmpClient) => Promise<T>, timeoutMs?: number): Promise<T> {
  const qmp = await QmpClient.connect(path, timeoutMs);
  try {
    return await fn(qmp);
  } finally {
    qmp.close();
  }
}
