// What an image's identity costs (issue 18): the sha256 of the whole file, once per file version,
// then a cache hit (a stat and a read of $VMLAB_HOME/cache/image-hashes.json).
// `npm run bench -- image-hash`; runs on the built code (dist/). The 1 GiB file is generated (random
// blocks repeated, so it does not compress or dedupe below the page cache) and removed afterwards.
import Table from 'cli-table3';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { imageIdentity } from '../dist/state/read-image-identity.js';

const TEST_IMAGE = join(process.cwd(), 'fixtures', 'image', 'out', 'vmlab-tiny.qcow2');

function generate(file, bytes) {
  const block = randomBytes(16 << 20);
  const fd = openSync(file, 'w');
  for (let at = 0; at < bytes; at += block.length) writeSync(fd, block, 0, Math.min(block.length, bytes - at), at);
  closeSync(fd);
}

async function timed(fn) {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function row(label, file, home) {
  const size = statSync(file).size;
  const first = await timed(() => imageIdentity(home, file));
  const hits = [];
  for (let i = 0; i < 20; i++) hits.push(await timed(() => imageIdentity(home, file)));
  hits.sort((a, b) => a - b);
  const hit = hits[10];
  return [
    label,
    `${(size / 2 ** 20).toFixed(0)} MiB`,
    `${(first / 1000).toFixed(2)} s`,
    `${(size / 2 ** 20 / (first / 1000)).toFixed(0)} MiB/s`,
    `${hit.toFixed(2)} ms`,
  ];
}

export async function benchImageHash() {
  const dir = mkdtempSync(join(tmpdir(), 'vmlab-bench-hash-'));
  try {
    const home = join(dir, 'home');
    const big = join(dir, 'big.raw');
    generate(big, 1 << 30);
    const table = new Table({
      head: ['image (in the page cache)', 'size', 'first identity (hash)', 'rate', 'cached identity (median of 20)'],
      style: { head: [], border: [] },
    });
    table.push(await row('test image (vmlab-tiny.qcow2)', TEST_IMAGE, home));
    table.push(await row('generated file', big, home));
    console.log('Image identity: sha256 of the whole image, once per file version, then the cache');
    console.log(table.toString());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
