import { createHash } from 'node:crypto';
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  createReadStream,
  createWriteStream,
  mkdirSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { execa } from 'execa';
import writeFileAtomic from 'write-file-atomic';
import { ConflictError, UsageError, VmlabError } from '../errors.js';
import type { Progress } from '../ports/runtime.js';
import { shellWord } from '../shell-quote.js';
import { verbose, verboseRun } from '../verbose.js';
import { detectContainer, type Container } from '../specs/image-container.js';
import { defaultImageName } from './image-name.js';
import { checkImageName, imageEntry, imageFile, imagesDir, metaFile, type StoredImage } from './store.js';

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
      await pipeline(createReadStream(file), progressMeter(total, label, progress), createGunzip(), createWriteStream(out, { mode: 0o600 }));
    } else {
      verbose('xz', () => `$ xz -dc < ${shellWord(file)} > ${shellWord(out)}`);
      const xz = execa('xz', ['-dc'], { stdin: 'pipe', stdout: { file: out }, reject: false });
      // xz may stop reading early on bad input: its own message says more than our EPIPE.
      const fed = pipeline(createReadStream(file), progressMeter(total, label, progress), xz.stdin!).catch(() => undefined);
      const done = await xz;
      await fed;
      if (done.exitCode !== 0)
        throw new Error(
          String(done.stderr)
            .replace(/^xz: \(stdin\): /, '')
            .trim(),
        );
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

/** What `qemu-img info --output=json` says of one image (of each, with --backing-chain). */
interface ImgInfo {
  filename: string;
  format: string;
  'virtual-size': number;
  'backing-filename'?: string;
  'backing-filename-format'?: string;
  'format-specific'?: { type: string; data?: { 'data-file'?: string } };
}

/**
 * Runs qemu-img in the source's directory: QEMU 7.2 resolves a relative
 * external data file name against the working directory (a backing file
 * name against the image's directory), and both must mean the files beside
 * the source.
 */
const qemuImgAt = (program: string) => (args: string[], cwd: string) => {
  verboseRun('qemu-img', program, args, cwd);
  return execa(program, args, { reject: false, cwd });
};

/** qemu-img, run in a directory (see qemuImgAt). */
type QemuImg = ReturnType<typeof qemuImgAt>;

/** The image's format and size; never probes (the format is given), so a raw file is read as raw. */
async function imageInfo(qemuImg: QemuImg, file: string, format: 'qcow2' | 'raw', source: string, cwd: string): Promise<ImgInfo> {
  const info = await qemuImg(['info', '--output=json', '-f', format, file], cwd);
  if (info.exitCode !== 0) throw new UsageError(`${source} is not a readable disk image: ${info.stderr.trim()}`);
  return JSON.parse(info.stdout) as ImgInfo;
}

/** qemu-img must find no errors in a qcow2 (it reads the backing chain and data file too). */
async function checkImage(qemuImg: QemuImg, file: string, source: string, cwd: string): Promise<void> {
  const check = await qemuImg(['check', '-f', 'qcow2', file], cwd);
  if (check.exitCode !== 0) {
    const summary = /(\d+) errors were found/.exec(check.stdout)?.[0] ?? check.stderr.split('\n')[0] ?? 'errors';
    throw new UsageError(`${source} is a damaged qcow2 (qemu-img check: ${summary}); it is probably truncated`);
  }
}

const isProtocol = (name: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(name); // json:{…}, nbd://, http://, …
const dataFileOf = (layer: ImgInfo) => layer['format-specific']?.data?.['data-file'];

/**
 * The files outside a qcow2 that hold part of its content: its backing chain
 * and external data files. They must all be plain local files that can be
 * read, since the stored image is made to stand alone (flattened); anything
 * else is refused, saying what cannot be read. Returns their paths, [] for
 * a self-contained image.
 */
async function externalFiles(qemuImg: QemuImg, file: string, top: ImgInfo, source: string, srcDir: string, unpacked: boolean): Promise<string[]> {
  if (top['backing-filename'] === undefined && dataFileOf(top) === undefined) return [];
  const standalone = `vmlab stores standalone images only: flatten it where its files can be read (qemu-img convert -O qcow2 ${source} standalone.qcow2) and import that`;
  const refuse = (what: string) => new UsageError(`${source} ${what}; ${standalone}`);
  const backing = top['backing-filename'];
  if (backing !== undefined && unpacked && !isAbsolute(backing) && !isProtocol(backing)) {
    // The unpacked copy is not beside the source: point it at the backing file beside the source.
    const absolute = resolve(srcDir, backing);
    let format = top['backing-filename-format'];
    if (!format) {
      const probed = await qemuImg(['info', '--output=json', absolute], srcDir);
      if (probed.exitCode !== 0) throw refuse(`has a backing file "${backing}" that cannot be read: ${probed.stderr.trim()}`);
      format = (JSON.parse(probed.stdout) as ImgInfo).format;
    }
    const rebased = await qemuImg(['rebase', '-u', '-f', 'qcow2', '-b', absolute, '-F', format, file], srcDir);
    if (rebased.exitCode !== 0) throw new VmlabError(`qemu-img rebase of the unpacked ${source} failed: ${rebased.stderr.trim()}`, { cause: rebased });
  }
  const chain = await qemuImg(['info', '--output=json', '--backing-chain', '-f', 'qcow2', file], srcDir);
  if (chain.exitCode !== 0) {
    const why = chain.stderr.trim().replace(/^qemu-img: /, '');
    if (backing !== undefined && isProtocol(backing)) throw refuse(`has a backing file "${backing}" that is not a local file`);
    throw refuse(`has a backing file "${backing}" that cannot be read (${why})`);
  }
  const layers = JSON.parse(chain.stdout) as ImgInfo[];
  const files: string[] = [];
  for (const [i, layer] of layers.entries()) {
    const of = i === 0 ? '' : ` (in its backing file ${layer.filename})`;
    if (i > 0) {
      if (isProtocol(layer.filename)) throw refuse(`has a backing file "${layer.filename}" that is not a local file`);
      files.push(layer.filename);
    }
    const dataFile = dataFileOf(layer);
    if (dataFile === undefined) continue;
    if (isProtocol(dataFile)) throw refuse(`keeps its data in an external data file "${dataFile}"${of} that is not a local file`);
    const absolute = resolve(srcDir, dataFile);
    try {
      accessSync(absolute, constants.R_OK);
    } catch (err) {
      throw refuse(`keeps its data in an external data file "${dataFile}"${of} that cannot be read (${absolute}: ${(err as NodeJS.ErrnoException).code})`);
    }
    files.push(absolute);
  }
  return files;
}

/**
 * The external files (by their real paths, symlinks followed) that are not
 * inside the source image's directory. A qcow2 can name any file as its
 * backing or data file (`qemu-img create -b ~/.ssh/id_rsa -F raw`), and
 * flattening would copy it into the store: only files beside the image (or
 * below its directory) are read unless the user says otherwise.
 */
function outsideOf(srcDir: string, files: string[]): string[] {
  const root = realpathSync(srcDir);
  return files.flatMap((f) => {
    let real: string;
    try {
      real = realpathSync(f);
    } catch {
      return [f];
    }
    const rel = relative(root, real);
    const outside = rel === '' || rel === '..' || rel.startsWith('../') || isAbsolute(rel);
    return outside ? [real === f ? f : `${f} (that is ${real})`] : [];
  });
}

export interface ImportOptions {
  /** --allow-outside-backing: read backing and data files wherever they are. */
  allowOutsideBacking?: boolean;
}

/**
 * Imports an image into $VMLAB_HOME/images as NAME.qcow2. The format comes
 * from the content: a gzipped or xz-compressed file is unpacked first, and
 * what is inside is detected again, so a gzipped qcow2 stays a qcow2 (never
 * converted as raw, which once produced a "valid" garbage image); a raw
 * image is converted to qcow2. The store and its files are the user's alone
 * (0700, 0600): an image may hold anything its guest wrote.
 */
export async function importImage(
  home: string,
  source: string,
  name: string | undefined,
  force: boolean,
  progress: Progress,
  qemuImgProgram: string,
  options: ImportOptions = {},
): Promise<StoredImage> {
  const qemuImg = qemuImgAt(qemuImgProgram);
  const file = resolve(source);
  try {
    statSync(file);
  } catch {
    throw new UsageError(`${source}: no such file`);
  }
  const imageName = checkImageName(name ?? defaultImageName(basename(file)));
  const existing = imageEntry(home, imageName);
  if (existing && !force) {
    const broken = existing.problem ? ` (broken: ${existing.problem})` : '';
    throw new ConflictError(`an image "${imageName}" is already stored${broken}; pick another --name or use --force`);
  }

  const dir = imagesDir(home);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700); // made 0755 by an older vmlab
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
    const format = inner === 'qcow2' ? 'qcow2' : 'raw';
    const srcDir = dirname(file);
    const top = await imageInfo(qemuImg, unpacked, format, source, srcDir);
    const external = format === 'qcow2' ? await externalFiles(qemuImg, unpacked, top, source, srcDir, unpacked !== file) : [];
    const outside = options.allowOutsideBacking ? [] : outsideOf(srcDir, external);
    if (outside.length > 0) {
      throw new UsageError(
        `${source} reads ${outside.join(', ')} (its backing or data file${outside.length > 1 ? 's' : ''}), outside the directory of the image (${srcDir}); ` +
          'vmlab reads only files beside the image it imports, since a qcow2 may name any file as its backing file: move them there, or pass --allow-outside-backing if you mean to copy them into the store',
      );
    }
    if (format === 'qcow2') await checkImage(qemuImg, unpacked, source, srcDir);
    if (external.length > 0) {
      progress.node(imageName, `flattening: it reads ${external.join(', ')}; storing a standalone qcow2`);
      const converted = await qemuImg(['convert', '-f', 'qcow2', '-O', 'qcow2', unpacked, `${work}.qcow2`], srcDir);
      if (converted.exitCode !== 0) throw new VmlabError(`qemu-img convert failed: ${converted.stderr.trim()}`, { cause: converted });
      const flat = await imageInfo(qemuImg, `${work}.qcow2`, 'qcow2', source, srcDir);
      if (flat['backing-filename'] !== undefined || dataFileOf(flat) !== undefined)
        throw new VmlabError(`flattening ${source} left a qcow2 that still refers to other files`);
    } else if (format === 'qcow2') {
      progress.node(imageName, 'storing qcow2');
      if (unpacked === file) await pipeline(createReadStream(file), createWriteStream(`${work}.qcow2`, { mode: 0o600 }));
      else renameSync(unpacked, `${work}.qcow2`);
    } else {
      progress.node(imageName, 'converting raw to qcow2');
      const converted = await qemuImg(['convert', '-f', 'raw', '-O', 'qcow2', unpacked, `${work}.qcow2`], srcDir);
      if (converted.exitCode !== 0) throw new VmlabError(`qemu-img convert failed: ${converted.stderr.trim()}`, { cause: converted });
    }
    const virtualSize = top['virtual-size'];
    chmodSync(`${work}.qcow2`, 0o600); // qemu-img makes it as the umask says
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
      ...(external.length > 0 ? { flattened: external } : {}),
    };
    writeFileAtomic.sync(metaFile(home, imageName), `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
    return stored;
  } finally {
    rmSync(`${work}.unpacked`, { force: true });
    rmSync(`${work}.qcow2`, { force: true });
  }
}
