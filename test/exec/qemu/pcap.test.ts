import { PcapFormatError, PcapSplitter, pcapByteOrder } from '../../../src/exec/qemu/pcap.js';

/** A pcap stream as filter-dump writes it (native order: little-endian on x86), records of the given sizes. */
function stream(sizes: number[], order: 'LE' | 'BE' = 'LE'): { bytes: Buffer; records: Buffer[]; header: Buffer } {
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    if (order === 'LE') b.writeUInt32LE(n);
    else b.writeUInt32BE(n);
    return b;
  };
  const u16 = (n: number) => {
    const b = Buffer.alloc(2);
    if (order === 'LE') b.writeUInt16LE(n);
    else b.writeUInt16BE(n);
    return b;
  };
  const header = Buffer.concat([u32(0xa1b2c3d4), u16(2), u16(4), u32(0), u32(0), u32(65536), u32(1)]);
  const records = sizes.map((size, i) => Buffer.concat([u32(1000 + i), u32(i), u32(size), u32(size), Buffer.alloc(size, i + 1)]));
  return { bytes: Buffer.concat([header, ...records]), records, header };
}

function feed(splitter: PcapSplitter, chunks: Buffer[]) {
  const headers: Buffer[] = [];
  const records: Buffer[] = [];
  for (const c of chunks) {
    const pieces = splitter.push(c);
    if (pieces.header) headers.push(pieces.header);
    records.push(...pieces.records);
  }
  return { headers, records };
}

test('a stream in one chunk: the header once, then every record whole', () => {
  const s = stream([60, 98, 0, 1514]);
  const out = feed(new PcapSplitter(), [s.bytes]);
  expect(out.headers).toEqual([s.header]);
  expect(out.records).toEqual(s.records);
});

test('cut at every byte position into two chunks, the records come out the same', () => {
  const s = stream([42, 98, 64]);
  for (let cut = 0; cut <= s.bytes.length; cut++) {
    const splitter = new PcapSplitter();
    const out = feed(splitter, [s.bytes.subarray(0, cut), s.bytes.subarray(cut)]);
    expect({ cut, headers: out.headers.length, records: out.records }).toEqual({ cut, headers: 1, records: s.records });
    expect(splitter.pendingBytes).toBe(0);
  }
});

test('fed one byte at a time, a record appears only once its last byte is in', () => {
  const s = stream([10, 20]);
  const splitter = new PcapSplitter();
  const seenAt: number[] = [];
  for (let i = 0; i < s.bytes.length; i++) {
    if (splitter.push(s.bytes.subarray(i, i + 1)).records.length > 0) seenAt.push(i + 1);
  }
  expect(seenAt).toEqual([24 + 16 + 10, 24 + 16 + 10 + 16 + 20]);
});

test('an incomplete record at the end is held back, never handed out', () => {
  const s = stream([100, 100]);
  const splitter = new PcapSplitter();
  const out = feed(splitter, [s.bytes.subarray(0, s.bytes.length - 1)]);
  expect(out.records).toEqual([s.records[0]]);
  expect(splitter.pendingBytes).toBe(16 + 100 - 1);
});

test('a big-endian stream is read in its own byte order', () => {
  const s = stream([33, 1500], 'BE');
  expect(pcapByteOrder(s.bytes)).toBe('BE');
  expect(feed(new PcapSplitter(), [s.bytes]).records).toEqual(s.records);
});

test('bytes that are not pcap are refused, not buffered', () => {
  expect(() => new PcapSplitter().push(Buffer.alloc(24, 0x41))).toThrow(PcapFormatError);
  expect(() => new PcapSplitter().push(Buffer.alloc(24, 0x41))).toThrow('not a pcap stream (it starts with 41414141)');
});

test('a record claiming an absurd length means the stream is out of step', () => {
  const s = stream([]);
  const bad = Buffer.alloc(16);
  bad.writeUInt32LE(0x7fffffff, 8);
  expect(() => new PcapSplitter().push(Buffer.concat([s.bytes, bad]))).toThrow(/out of step/);
});
