import { randomBytes } from 'node:crypto';
import { closeSync, constants, openSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { Socket } from 'node:net';
import type { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { VmlabError } from '../../errors.js';
import { addDumpFilter, removeFilter } from '../qemu/filter-dump.js';
import { PcapSplitter, type PcapPieces } from '../qemu/pcap.js';
import { processStartTime } from '../../state/lock.js';
import type { LabPaths } from '../../state/paths.js';
import { verbose } from '../../verbose.js';
import { fifoFile, newFilterId, removeCaptureFiles, writeCaptureRecord } from './records.js';
import type { CaptureOutcome, CaptureStopReason as StopReason, CaptureTap } from '../../ports/machine.js';

/**
 * How a capture works. vmlab makes a FIFO in the lab directory and opens it
 * for reading, non-blocking, *before* QEMU opens it: QEMU's open for writing
 * then returns at once instead of blocking its main loop. QMP object-add puts
 * a filter-dump on the NIC's netdev with the FIFO as its file; QEMU writes a
 * pcap header and then one record per packet, in both directions.
 *
 * QEMU writes to the FIFO with blocking writes from its main loop: a reader
 * that stops reading (a full pipe: 64 KiB) freezes the whole VM, QMP and the
 * management network included (measured on QEMU 10). So vmlab reads the FIFO
 * at all times, whatever the output does: when the output cannot keep up,
 * whole packets are dropped and counted rather than pushing back on QEMU.
 * A reader that is gone is harmless: QEMU's next write fails (EPIPE; QEMU
 * ignores SIGPIPE), it stops dumping and the netdev passes traffic as before.
 * That is what a killed vmlab leaves: an idle filter for the next command to
 * remove (see sweep.ts).
 *
 * The end: the filter is removed (object-del; QEMU closes the FIFO), what
 * QEMU wrote before is read to the end, then the FIFO and the record go.
 */

/** More than this waiting to be written and new packets are dropped (the output is not keeping up). */
const MAX_BACKLOG_BYTES = 32 * 1024 * 1024;
/** After object-del QEMU has closed the FIFO; the end of the stream is only what is still in the pipe. */
const DRAIN_WAIT_MS = 2000;

export interface CaptureOptions {
  paths: LabPaths;
  /** The tapped NIC, and its netdev's id in this QEMU. */
  target: CaptureTap & { netdev: string };
  output: Writable;
  /** Stop after this many packets. */
  count?: number;
  durationMs?: number;
  /** Drop packets while more than this waits to be written (default 32 MiB). */
  maxBacklogBytes?: number;
  /** Is the VM's QEMU still running? (A filter cannot outlive its QEMU.) */
  qemuAlive(): boolean;
}

interface RunningCapture {
  filter: string;
  stop(reason: StopReason): void;
  done: Promise<CaptureOutcome>;
}

async function makeFifo(path: string): Promise<void> {
  // Node has no mkfifo(3); coreutils' mkfifo is everywhere QEMU is.
  const made = await execa('mkfifo', ['-m', '600', path], { reject: false, stdin: 'ignore' });
  if (made.exitCode !== 0) throw new VmlabError(`cannot make the capture FIFO ${path}: ${String(made.stderr).trim() || made.shortMessage}`);
}

/** Removes the filter; a QMP that is busy with another client gets a second chance. */
async function removeOurFilter(monitor: string, filter: string, qemuAlive: () => boolean): Promise<boolean> {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      await removeFilter(monitor, filter);
      return true;
    } catch (err) {
      verbose('capture', `object-del ${filter} failed: ${(err as Error).message}`);
      if (!qemuAlive()) return true; // the filter went with its QEMU
    }
  }
  return false;
}

/** Adds the filter and starts copying packets to the output; resolves once QEMU is writing. */
export async function startCapture(options: CaptureOptions): Promise<RunningCapture> {
  const { paths, target, output } = options;
  const filter = newFilterId(process.pid, randomBytes(4).toString('hex'));
  const fifo = fifoFile(paths, filter);
  const monitor = paths.monitor(target.vm);
  writeCaptureRecord(paths, {
    filter,
    node: target.vm,
    netdev: target.netdev,
    endpoint: target.endpoint,
    pid: process.pid,
    start: processStartTime(process.pid),
    host: hostname(),
    since: new Date().toISOString(),
  });
  let fd: number | null = null;
  try {
    await makeFifo(fifo);
    fd = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    await addDumpFilter(monitor, filter, target.netdev, fifo);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    removeCaptureFiles(paths, filter);
    throw err instanceof VmlabError ? new VmlabError(`cannot capture on ${target.endpoint}: ${err.message}`, { cause: err }) : err;
  }

  // Read only now: before QEMU opened the FIFO there was no writer, and a read would have been an end of file.
  const reader = new Socket({ fd, readable: true, writable: false });
  const splitter = new PcapSplitter();
  let packets = 0;
  let dropped = 0;
  let stopping: StopReason | null = null;
  let outputError: string | null = null;
  let sourceError: string | null = null;
  let outputOpen = true;
  let resolveDone!: (o: CaptureOutcome) => void;
  const done = new Promise<CaptureOutcome>((r) => (resolveDone = r));
  const ended = new Promise<void>((r) => {
    reader.once('end', r);
    reader.once('close', r);
  });

  const write = (bytes: Buffer) => {
    if (outputOpen) output.write(bytes);
  };
  reader.on('data', (chunk: Buffer) => {
    let pieces: PcapPieces;
    try {
      pieces = splitter.push(chunk);
    } catch (err) {
      sourceError = (err as Error).message;
      stop('bad stream');
      return;
    }
    // The header even while stopping: a capture with no packets is still a valid, empty pcap.
    if (pieces.header) write(pieces.header);
    for (const record of pieces.records) {
      if (stopping) break;
      if (output.writableLength > (options.maxBacklogBytes ?? MAX_BACKLOG_BYTES)) {
        dropped++;
        continue;
      }
      write(record);
      packets++;
      if (packets === options.count) stop('count');
    }
  });
  reader.on('end', () => {
    if (!stopping) sourceError = `${target.vm}'s QEMU closed the capture (the VM stopped or restarted)`;
    stop('source closed');
  });
  reader.on('error', (err) => {
    if (!stopping) sourceError = `reading the capture FIFO failed: ${err.message}`;
    stop('source closed');
  });
  const onOutputError = (err: NodeJS.ErrnoException) => {
    outputOpen = false;
    if (err.code !== 'EPIPE') outputError = err.message;
    stop('output closed');
  };
  output.on('error', onOutputError);
  const timer = options.durationMs === undefined ? null : setTimeout(() => stop('duration'), options.durationMs);

  function stop(reason: StopReason): void {
    if (stopping) return;
    stopping = reason;
    if (timer) clearTimeout(timer);
    void finish(reason);
  }

  async function finish(reason: StopReason): Promise<void> {
    const removed = await removeOurFilter(monitor, filter, options.qemuAlive);
    // QEMU closed its end: read what it wrote before (it must never find a full pipe while we wait).
    if (removed && reason !== 'source closed') await Promise.race([ended, sleep(DRAIN_WAIT_MS)]);
    reader.destroy();
    if (removed) removeCaptureFiles(paths, filter);
    else rmSync(fifo, { force: true }); // the record stays: it names the filter for the sweep
    output.off('error', onOutputError);
    output.on('error', () => undefined); // a late EPIPE after we are done is nobody's business
    resolveDone({ packets, dropped, reason, outputError, sourceError, filterRemoved: removed });
  }

  return { filter, stop, done };
}
