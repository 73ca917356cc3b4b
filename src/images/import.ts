import { createHash } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { execa } from 'execa';
import writeFileAtomic from 'write-file-atomic';
import { ConflictError, UsageError, VmlabError } from '../errors.js';
import { QEMU_IMG } from '../exec/overlay.js';
import type { Progress } from '../exec/runtime.js';
import { unsafeNameReason } from '../spec/names.js';
import { defaultImageName, detectContainer, type Container } from './detect.js';
import { imageFile, imagesDir, metaFile, readImage, type StoredImage } from './store.js';

function head(file: string, bytes = 16): Uint8Array {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    readSync(fd, buffer, 0, bytes, 0);
    return buffer;
  } finally {
    closeSync(fd);
  }
}

/** Counts bytes going through, reporting every 10 % on large files. */
function progressMeter(total: number, what: string, progress: Progress): Transform {
  let seen = 0;
  let lastTenth = -1;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      const tenth = Math.floor((seen / total) * 10);
      if (total > 32 * 2 ** 20 && tenth !== lastTenth) {
        lastTenth = tenth;
        progress.node(what, `${Math.min(100, tenth * 10)} % of ${(total / 2 ** 20).toFixed(0)} MiB read`);
      }
      done(null, chunk);
    },
  });
}

/** Unpacks a gzip or xz file to `out`; a truncated or corrupt file is an error that says so. */
async function decompress(file: string, container: Container, out: string, progress: Progress, label: string): Promise<void> {
  const total = statSync(file).size;
  try {
    if (container === 'gzip') {
      await pipeline(createReadStream(file), progressMeter(total, label, progress), createGunzip(), createWriteStream(out));
    } else {
      const xz = execa('xz', ['-dc'], { stdin: 'pipe', stdout: { file: out }, reject: false });
      // xz may stop reading early on bad input: its own message says more than our EPIPE.
      const fed = pipeline(createReadStream(file), progressMeter(total, label, progress), xz.stdin!).catch(() => undefined);
      const done = await xz;
      await fed;
      if (done.exitCode !== 0) throw new Error(String(done.stderr).replace(/^xz: \(stdin\): /, '').trim());
    }
  } catch (err) {
    throw new UsageError(`${file} is truncated or corrupt: ${container} says "${(err as Error).message}"`);
  }
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** qemu-img must read the image and find no errors in it. */
async function checkImage(file: string, source: string): Promise<number> {
  const info = await execa(QEMU_IMG, ['info', '--output=json', file], { reject: false });
  if (info.exitCode !== 0) throw new UsageError(`${source} is not a readable disk image: ${info.stderr.trim()}`);
  const parsed = JSON.parse(info.stdout) as { format: string; 'virtual-size': number };
  if (parsed.format === 'qcow2') {
    const check = await execa(QEMU_IMG, ['check', file], { reject: false });
    if (check.exitCode !== 0) {
      const summary = /(\d+) errors were found/.exec(check.stdout)?.[0] ?? check.stderr.split('\n')[0] ?? 'errors';
      throw new UsageError(`${source} is a damaged qcow2 (qemu-img check: ${summary}); it is probably truncated`);
    }
  }
  return parsed['virtual-size'];
}

/**
 * Imports an image into $VMLAB_HOME/images as NAME.qcow2. The format comes
 * from the content: a gzipped or xz-compressed file is unpacked first, and
 * what is inside is detected again, so a gzipped qcow2 stays a qcow2 (never
 * converted as raw, which once produced a "valid" garbage image); a raw
 * image is converted to qcow2.
 */
export async function importImage(home: string, source: string, name: string | undefined, force: boolean, progress: Progress): Promise<StoredImage> {
  const file = resolve(source);
  try {
    statSync(file);
  } catch {
    throw new UsageError(`${source}: no such file`);
  }
  const imageName = name ?? defaultImageName(basename(file));
  const unsafe = unsafeNameReason(imageName);
  if (unsafe) throw new UsageError(`image name ${unsafe}`);
  if (readImage(home, imageName) && !force) throw new ConflictError(`an image "${imageName}" is already stored; pick another --name or use --force`);

  const dir = imagesDir(home);
  mkdirSync(dir, { recursive: true });
  const work = join(dir, `.import-${process.pid}-${imageName}`);
  const target = imageFile(home, imageName);
  try {
    const outer = detectContainer(head(file));
    let unpacked = file;
    if (outer === 'gzip' || outer === 'xz') {
      unpacked = `${work}.unpacked`;
      progress.node(imageName, `unpacking ${outer}`);
      await decompress(file, outer, unpacked, progress, imageName);
    }
    const inner = detectContainer(head(unpacked));
    if (inner === 'gzip' || inner === 'xz') throw new UsageError(`${source} is compressed twice (${outer} inside ${inner}); unpack it once first`);
    const virtualSize = await checkImage(unpacked, source);
    if (inner === 'qcow2') {
      progress.node(imageName, 'storing qcow2');
      if (unpacked === file) await pipeline(createReadStream(file), createWriteStream(`${work}.qcow2`));
      else renameSync(unpacked, `${work}.qcow2`);
    } else {
      progress.node(imageName, 'converting raw to qcow2');
      const converted = await execa(QEMU_IMG, ['convert', '-f', 'raw', '-O', 'qcow2', unpacked, `${work}.qcow2`], { reject: false });
      if (converted.exitCode !== 0) throw new VmlabError(`qemu-img convert failed: ${converted.stderr.trim()}`);
    }
    renameSync(`${work}.qcow2`, target);
    const stored: StoredImage = {
      name: imageName,
      file: target,
      source: file,
      compression: outer === 'gzip' || outer === 'xz' ? outer : 'none',
      source_format: inner === 'qcow2' ? 'qcow2' : 'raw',
      virtual_size: virtualSize,
      size: statSync(target).size,
      sha256: await sha256(target),
      imported: new Date().toISOString(),
    };
    writeFileAtomic.sync(metaFile(home, imageName), `${JSON.stringify(stored, null, 2)}\n`);
    return stored;
  } finally {
    rmSync(`${work}.unpacked`, { force: true });
    rmSync(`${work}.qcow2`, { force: true });
  }
}
