/**
 * The framing of QEMU's filter-redirector on a socket chardev: a 4-byte
 * big-endian length, then the frame (no vnet header: vmlab's filters are
 * added without vnet_hdr_support).
 */
const MAX_FRAME = 65_536 + 64;

export function framed(frame: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(frame.length, 0);
  return Buffer.concat([head, frame]);
}

/** Cuts a byte stream into frames; a length beyond any frame means the stream is not ours, and it stops. */
export class FrameReader {
  private pending: Buffer = Buffer.alloc(0);
  private broken = false;

  constructor(private readonly onFrame: (frame: Buffer) => void) {}

  push(chunk: Buffer): void {
    if (this.broken) return;
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    while (this.pending.length >= 4) {
      const length = this.pending.readUInt32BE(0);
      if (length > MAX_FRAME) {
        this.broken = true;
        return;
      }
      if (this.pending.length < 4 + length) return;
      this.onFrame(Buffer.from(this.pending.subarray(4, 4 + length)));
      this.pending = this.pending.subarray(4 + length);
    }
  }
}
