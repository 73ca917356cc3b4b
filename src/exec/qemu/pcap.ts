import { VmlabError } from '../../errors.js';

/**
 * The classic pcap stream format, as QEMU's filter-dump writes it: one
 * 24-byte global header, then records of a 16-byte header (seconds,
 * microseconds, captured length, original length) and the captured bytes.
 * Numbers are in the writer's byte order, which the magic number tells.
 */
export const GLOBAL_HEADER_BYTES = 24;
export const RECORD_HEADER_BYTES = 16;

const MAGIC_MICROS = 0xa1b2c3d4;
const MAGIC_NANOS = 0xa1b23c4d;

/**
 * A record longer than this is not a packet but a sign that the stream is not
 * pcap (or is out of step): refusing it keeps a bad stream from making us
 * buffer without end. filter-dump's own limit (maxlen) is 64 KiB by default.
 */
const MAX_RECORD_BYTES = 16 * 1024 * 1024;

export class PcapFormatError extends VmlabError {}

/** Byte order of a pcap stream from its first four bytes; null when they are no pcap magic. */
export function pcapByteOrder(magic: Buffer): 'LE' | 'BE' | null {
  if (magic.length < 4) return null;
  const le = magic.readUInt32LE(0);
  if (le === MAGIC_MICROS || le === MAGIC_NANOS) return 'LE';
  const be = magic.readUInt32BE(0);
  if (be === MAGIC_MICROS || be === MAGIC_NANOS) return 'BE';
  return null;
}

/** What one chunk of the stream completed: the global header (once, first) and whole records. */
export interface PcapPieces {
  header: Buffer | null;
  records: Buffer[];
}

/**
 * Cuts a pcap byte stream, which arrives in chunks that may end anywhere,
 * into the global header and whole records (each with its own header), so a
 * capture can stop after exactly N packets and never write half of one.
 */
export class PcapSplitter {
  private pending: Buffer = Buffer.alloc(0);
  private order: 'LE' | 'BE' | null = null;

  /** Bytes held back: the start of a record (or header) whose rest has not arrived. */
  get pendingBytes(): number {
    return this.pending.length;
  }

  push(chunk: Buffer): PcapPieces {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    let header: Buffer | null = null;
    if (this.order === null) {
      if (this.pending.length < GLOBAL_HEADER_BYTES) return { header: null, records: [] };
      this.order = pcapByteOrder(this.pending);
      if (this.order === null) throw new PcapFormatError(`not a pcap stream (it starts with ${this.pending.subarray(0, 4).toString('hex')})`);
      header = this.pending.subarray(0, GLOBAL_HEADER_BYTES);
      this.pending = this.pending.subarray(GLOBAL_HEADER_BYTES);
    }
    const records: Buffer[] = [];
    let at = 0;
    while (this.pending.length - at >= RECORD_HEADER_BYTES) {
      const captured = this.order === 'LE' ? this.pending.readUInt32LE(at + 8) : this.pending.readUInt32BE(at + 8);
      if (captured > MAX_RECORD_BYTES) throw new PcapFormatError(`a pcap record claims ${captured} bytes: the stream is out of step`);
      const end = at + RECORD_HEADER_BYTES + captured;
      if (end > this.pending.length) break;
      records.push(this.pending.subarray(at, end));
      at = end;
    }
    // Copied, so the kept tail does not pin the whole chunk it came in.
    this.pending = at === 0 ? this.pending : Buffer.from(this.pending.subarray(at));
    return { header, records };
  }
}
