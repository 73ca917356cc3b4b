import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { Readable } from 'node:stream';
import tar from 'tar-stream';
import { VmlabError } from '../errors.js';
import { SHIP_FILE_CAP, type Shipment } from './ship-list.js';
import { remoteFailure, runVmlab, type RemoteHost, type SshClient } from './ssh.js';

export { shipmentOf, type Shipment } from './ship-list.js';

/** Where a server unpacked the specs, and the arguments that point vmlab there. */
export interface ShippedSpecs {
  /** Where the server unpacked them (one generation of its shipped copy: it never changes under a run that uses it). */
  dir: string;
  /** The spec arguments for vmlab on that server: -S, --platforms, --secrets and --placement, all inside `dir`. */
  args: string[];
}

/** A file's bytes, read from one descriptor that is checked to be a regular file within the cap (it was checked before; it may have changed since). */
function readShipped(path: string, name: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOFOLLOW);
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > SHIP_FILE_CAP)
      throw new VmlabError(
        `shipping the specs: ${path} (${name}) changed while being shipped: it is no longer a regular file of at most ${SHIP_FILE_CAP / 1048576} MiB`,
      );
    const buffer = Buffer.alloc(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buffer, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return buffer.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/** Every directory the shipment's files sit in, parents first: each gets an entry of its own (0700), none is left to the unpacker to make up. */
function directoriesOf(shipment: Shipment): string[] {
  const dirs = new Set<string>();
  for (const name of [...shipment.dirs.map((d) => `${d}/x`), ...shipment.files.map((f) => f.name), ...shipment.texts.map((t) => t.name)]) {
    const parts = name.split('/').slice(0, -1);
    for (let i = 1; i <= parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  return [...dirs].sort();
}

/**
 * The shipment as a tar stream, made as it is read: one file in memory at a
 * time (at most SHIP_FILE_CAP), no copy of the specs on disk. Entries are
 * plain files 0600 and directories 0700 owned by nobody in particular: the
 * server unpacks them as its own user.
 */
export function shipmentTar(shipment: Shipment): Readable {
  const pack = tar.pack();
  const mtime = new Date();
  const write = (header: tar.Headers, body?: Buffer) =>
    new Promise<void>((resolve, reject) => {
      pack.entry(header, body ?? Buffer.alloc(0), (err) => (err ? reject(err) : resolve()));
    });
  (async () => {
    for (const dir of directoriesOf(shipment)) await write({ name: dir, type: 'directory', mode: 0o700, mtime });
    for (const f of shipment.files) await write({ name: f.name, type: 'file', mode: 0o600, mtime }, readShipped(f.path, f.name));
    for (const t of shipment.texts) await write({ name: t.name, type: 'file', mode: t.mode, mtime }, Buffer.from(t.text));
    pack.finalize();
  })().catch((err) => pack.destroy(err));
  return Readable.from(pack as unknown as AsyncIterable<Buffer>);
}

/** Sends the shipment to a server's `vmlab receive-specs`; returns the spec arguments that point at what it unpacked. */
export async function shipSpecs(client: SshClient, host: RemoteHost, lab: string, shipment: Shipment): Promise<ShippedSpecs> {
  const input = shipmentTar(shipment);
  let packError: Error | null = null;
  input.on('error', (err) => (packError = err));
  const run = await runVmlab(client, host, ['receive-specs', '--lab', lab, '--host', host.name], { input, timeoutMs: 120_000 });
  if (packError) throw packError;
  if (run.code !== 0) throw new VmlabError(`shipping the specs to ${remoteFailure(host, run)}`);
  let dir: unknown;
  try {
    dir = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '').dir;
  } catch {
    dir = undefined;
  }
  if (typeof dir !== 'string' || !dir.startsWith('/'))
    throw new VmlabError(`shipping the specs to ${host.name}: its vmlab answered ${JSON.stringify(run.stdout.slice(0, 200))}, not where it put them`);
  const { layout } = shipment;
  const args = ['-S', `${dir}/${layout.specs}`];
  if (layout.platforms !== undefined) args.push('--platforms', `${dir}/${layout.platforms}`);
  args.push('--secrets', `${dir}/${layout.secrets}`, '--placement', `${dir}/${layout.placement}`);
  return { dir, args };
}

/**
 * Has a server remove its shipped copy of the lab's specs (secrets
 * included) unless the lab is deployed there, where its runs still read it.
 * Best effort: a server that cannot be reached keeps its copy until the
 * next run or destroy. Returns the servers that could not be asked.
 */
export async function dropShipped(client: SshClient, hosts: RemoteHost[], lab: string): Promise<string[]> {
  const runs = await Promise.all(
    hosts.map(async (host) => ({
      host,
      run: await runVmlab(client, host, ['receive-specs', '--lab', lab, '--host', host.name, '--drop'], { timeoutMs: 60_000 }),
    })),
  );
  return runs.filter((r) => r.run.code !== 0).map((r) => remoteFailure(r.host, r.run));
}
