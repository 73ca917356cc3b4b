import { closeSync, constants, mkdirSync, openSync, rmSync, writeSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { dirname } from 'node:path';

/**
 * A stand-in for a QEMU monitor that knows filter-dump: object-add opens the
 * filter's file for writing and writes a pcap header (as QEMU does), the test
 * then writes records with `send`, object-del closes the file. One client at
 * a time, as a real QMP chardev. Writes are blocking and go to a FIFO read by
 * the same process: keep each `send` well under the 64 KiB a pipe holds.
 */
export class FakeQmp {
  readonly commands: string[] = [];
  /** Open filter-dump files by filter id. */
  private readonly files = new Map<string, number>();
  /** Answer object-add with this error instead. */
  failAdd: string | null = null;

  private constructor(
    private readonly server: Server,
    readonly path: string,
  ) {}

  static async listen(path: string): Promise<FakeQmp> {
    mkdirSync(dirname(path), { recursive: true });
    let fake!: FakeQmp;
    const server = createServer((socket) => fake.serve(socket));
    fake = new FakeQmp(server, path);
    await new Promise<void>((resolve) => server.listen(path, resolve));
    return fake;
  }

  static header(): Buffer {
    const h = Buffer.alloc(24);
    h.writeUInt32LE(0xa1b2c3d4, 0);
    h.writeUInt16LE(2, 4);
    h.writeUInt16LE(4, 6);
    h.writeUInt32LE(65536, 16);
    h.writeUInt32LE(1, 20);
    return h;
  }

  /** One pcap record (header and `size` bytes of `fill`). */
  static record(size: number, fill: number): Buffer {
    const r = Buffer.alloc(16 + size, fill);
    r.writeUInt32LE(1700000000, 0);
    r.writeUInt32LE(fill, 4);
    r.writeUInt32LE(size, 8);
    r.writeUInt32LE(size, 12);
    return r;
  }

  filters(): string[] {
    return [...this.files.keys()];
  }

  /** Writes bytes into a filter's file, as QEMU does for each packet. */
  send(filter: string, bytes: Buffer): void {
    writeSync(this.files.get(filter)!, bytes);
  }

  /** QEMU closing the file on its own (the VM went away). */
  closeFile(filter: string): void {
    closeSync(this.files.get(filter)!);
    this.files.delete(filter);
  }

  async close(): Promise<void> {
    for (const fd of this.files.values()) closeSync(fd);
    this.files.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    rmSync(this.path, { force: true });
  }

  private serve(socket: Socket): void {
    socket.write(`${JSON.stringify({ QMP: { version: { qemu: { major: 10, minor: 0, micro: 2 } }, capabilities: [] } })}\n`);
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line.trim()) socket.write(`${JSON.stringify(this.answer(JSON.parse(line)))}\n`);
      }
    });
    socket.on('error', () => undefined);
  }

  private answer(message: { execute: string; arguments?: Record<string, any> }): unknown {
    const args = message.arguments ?? {};
    this.commands.push(message.execute);
    const error = (desc: string) => ({ error: { class: 'GenericError', desc } });
    switch (message.execute) {
      case 'object-add': {
        if (this.failAdd) return error(this.failAdd);
        // A real filter-dump: O_WRONLY on the FIFO (returns at once: vmlab opened it for reading first).
        const fd = openSync(args.file, constants.O_WRONLY);
        writeSync(fd, FakeQmp.header());
        this.files.set(args.id, fd);
        return { return: {} };
      }
      case 'object-del': {
        const fd = this.files.get(args.id);
        if (fd === undefined) return error(`object '${args.id}' not found`);
        closeSync(fd);
        this.files.delete(args.id);
        return { return: {} };
      }
      case 'qom-list':
        return { return: [{ name: 'type', type: 'string' }, ...this.filters().map((name) => ({ name, type: 'child<filter-dump>' }))] };
      default:
        return { return: {} };
    }
  }
}
