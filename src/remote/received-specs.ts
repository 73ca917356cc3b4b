import { randomBytes } from 'node:crypto';
import { closeSync, constants, lstatSync, mkdirSync, openSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import tar from 'tar-stream';
import { VmlabError } from '../errors.js';
import { acquireLock } from '../state/lock.js';
import { labPaths, shippedGenerationPrefix, shippedSpecsDir } from '../state/paths.js';
import { readState } from '../state/state-file.js';
import { specDirIdentity } from '../state/lab-dir.js';
import { SHIP_FILE_CAP } from './ship-list.js';

/** The whole tree a controller may send: many times any lab's specs, far below any disk. */
const TREE_CAP = 64 * 1024 * 1024;
const MEMBER_CAP = 10_000;

/** What the tar a controller sent must hold for a server's vmlab to read it. */
const REQUIRED = ['specs/topology.json', 'placement.json'];

/** A tar that is refused: exit 1, naming what tar (or vmlab's own check) said. */
export class ReceiveError extends VmlabError {}

/**
 * A member's name as a path under the target, or why it may not be one:
 * relative, no `..`, no empty or `.` segment games beyond a leading `./`.
 */
function memberPath(name: string): string {
  const trimmed = name.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (name.startsWith('/')) throw new ReceiveError(`member "${name}" has an absolute path: only paths inside the target are accepted`);
  if (trimmed === '' || trimmed === '.') return '';
  const parts = trimmed.split('/');
  if (parts.some((p) => p === '..')) throw new ReceiveError(`member "${name}" leads out of the target (..): only paths inside it are accepted`);
  if (parts.some((p) => p === '' || p === '.')) throw new ReceiveError(`member "${name}" is not a plain relative path`);
  return parts.join('/');
}

/** A directory of the tree (and its parents), or a ReceiveError: a file of that name came before. */
function makeDirectory(into: string, rel: string, member: string): void {
  try {
    mkdirSync(join(into, rel), { recursive: true, mode: 0o700 });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ReceiveError(
      `member "${member}": its directory ${rel} cannot be made (${code}${code === 'EEXIST' || code === 'ENOTDIR' ? ': a file of that name came before' : ''})`,
    );
  }
}

/**
 * Unpacks the stream into `into` (a new, empty directory of ours): regular
 * files (0600) and directories (0700) only, each created new (O_EXCL,
 * O_NOFOLLOW: nothing in the tree is a link, so nothing written can land
 * outside it). Any other member, a bad name, a size past the caps, or a
 * stream that is not a whole tar is a ReceiveError with tar's words.
 */
function unpack(stream: NodeJS.ReadableStream, into: string): Promise<Set<string>> {
  const files = new Set<string>();
  let total = 0;
  let members = 0;
  return new Promise((resolve, reject) => {
    const extract = tar.extract();
    let failed = false;
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      const message = err instanceof ReceiveError ? err.message : `the tar stream is damaged: ${(err as Error).message ?? String(err)}`;
      extract.destroy();
      // The rest of the input is not wanted; read it away so the sender is not left blocked.
      stream.on('error', () => {});
      (stream as NodeJS.ReadableStream & { resume?: () => void }).resume?.();
      reject(new ReceiveError(message));
    };
    extract.on('entry', (header, body, next) => {
      try {
        if (++members > MEMBER_CAP) throw new ReceiveError(`more than ${MEMBER_CAP} members: not a lab's specs`);
        const rel = memberPath(header.name);
        if (header.type === 'directory') {
          if (rel !== '') makeDirectory(into, rel, header.name);
          body.resume();
          body.on('end', () => next());
          return;
        }
        if (header.type !== 'file' && header.type !== 'contiguous-file') {
          throw new ReceiveError(
            `member "${header.name}" is a ${header.type}${header.linkname ? ` (to ${header.linkname})` : ''}: only regular files and directories are accepted`,
          );
        }
        if (rel === '') throw new ReceiveError(`member "${header.name}" is a file without a name`);
        const size = header.size ?? 0;
        if (size > SHIP_FILE_CAP) throw new ReceiveError(`member "${header.name}" is ${size} bytes; a shipped file may be at most ${SHIP_FILE_CAP} bytes`);
        total += size;
        if (total > TREE_CAP) throw new ReceiveError(`the members add up to more than ${TREE_CAP} bytes: not a lab's specs`);
        makeDirectory(into, dirname(rel), header.name);
        let fd: number;
        try {
          fd = openSync(join(into, rel), constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          throw new ReceiveError(code === 'EEXIST' ? `member "${header.name}" comes twice (or is also a directory)` : `member "${header.name}": ${code}`);
        }
        body.on('data', (chunk: Buffer) => {
          try {
            writeSync(fd, chunk);
          } catch (err) {
            fail(err);
          }
        });
        body.on('end', () => {
          closeSync(fd);
          files.add(rel);
          next();
        });
        body.on('error', (err: Error) => {
          closeSync(fd);
          fail(err);
        });
      } catch (err) {
        fail(err);
      }
    });
    extract.on('finish', () => {
      if (failed) return;
      const missing = REQUIRED.filter((f) => !files.has(f));
      if (missing.length > 0)
        fail(
          new ReceiveError(
            members === 0
              ? 'the tar stream is empty: it holds no specs'
              : `the tar holds no ${missing.join(', ')}: not a lab's specs as a controller ships them`,
          ),
        );
      else resolve(files);
    });
    extract.on('error', fail);
    stream.on('error', fail);
    stream.pipe(extract as unknown as NodeJS.WritableStream);
  });
}

/** Every generation directory of a shipped copy, by name. */
function generations(dir: string): string[] {
  const prefix = shippedGenerationPrefix(dir);
  try {
    return readdirSync(dirname(dir)).filter((n) => n.startsWith(prefix));
  } catch {
    return [];
  }
}

/** The generation the shipped copy points at now, or null (none yet, or an old-style directory). */
function currentGeneration(dir: string): string | null {
  try {
    return basename(readlinkSync(dir));
  } catch {
    return null;
  }
}

/**
 * Unpacks the tar stream a controller sends (the files its vmlab read, see
 * ship-list.ts) into a new generation directory beside the lab's shipped
 * copy, then points `shipped/<lab>` at it in one rename of a symlink: a
 * reader resolves the link once and sees a whole tree, the old one or the
 * new one, never none. Under the lab lock, so two at once take turns. The
 * generation before stays (a run that resolved it just before the swap may
 * still be reading it); older ones go. Returns the new generation's path:
 * the server's plan and apply read that one, whatever is shipped after.
 */
export async function receiveSpecs(home: string, lab: string, stream: NodeJS.ReadableStream, lockWaitMs = 60_000, host: string | null = null): Promise<string> {
  const dir = shippedSpecsDir(home, lab, host); // per host: servers sharing one home each get their own copy
  const release = await acquireLock(labPaths(home, lab, host).lock, 'vmlab receive-specs', lockWaitMs);
  try {
    mkdirSync(dirname(dir), { recursive: true, mode: 0o700 });
    const gen = `${shippedGenerationPrefix(dir)}${randomBytes(8).toString('hex')}`;
    const genPath = join(dirname(dir), gen);
    mkdirSync(genPath, { mode: 0o700 });
    try {
      await unpack(stream, genPath);
    } catch (err) {
      rmSync(genPath, { recursive: true, force: true });
      throw err;
    }
    const previous = currentGeneration(dir);
    const existing = lstatOrNull(dir);
    // A copy of an older vmlab: a plain directory, which a symlink cannot be renamed over.
    if (existing?.isDirectory()) rmSync(dir, { recursive: true, force: true });
    const link = `${dir}.link-${process.pid}-${randomBytes(4).toString('hex')}`;
    symlinkSync(gen, link);
    renameSync(link, dir);
    for (const old of generations(dir)) if (old !== gen && old !== previous) rmSync(join(dirname(dir), old), { recursive: true, force: true });
    return genPath;
  } finally {
    release();
  }
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** Removes a lab's shipped copy: the link and every generation (each holds the secrets the lab uses). */
export function removeShipped(home: string, lab: string, host: string | null = null): void {
  const dir = shippedSpecsDir(home, lab, host);
  rmSync(dir, { recursive: true, force: true });
  for (const gen of generations(dir)) rmSync(join(dirname(dir), gen), { recursive: true, force: true });
  for (const n of (() => {
    try {
      return readdirSync(dirname(dir));
    } catch {
      return [];
    }
  })())
    if (n.startsWith(`${basename(dir)}.link-`)) rmSync(join(dirname(dir), n), { force: true });
}

/**
 * `receive-specs --drop`: the controller is done with this server for now.
 * Its copy goes unless the lab is deployed here (its runs read it, destroy
 * puts profiles back through it). Under the lab lock. True when removed.
 */
export async function dropShippedUnlessDeployed(home: string, lab: string, lockWaitMs = 60_000, host: string | null = null): Promise<boolean> {
  const paths = labPaths(home, lab, host);
  const release = await acquireLock(paths.lock, 'vmlab receive-specs --drop', lockWaitMs);
  try {
    // The copy is `<lab>@<host>` whenever the controller names the host; the lab deployed from it is that
    // host's share, or the whole lab when its specs give it one host (labs/<lab>, whose state names the copy).
    const identity = specDirIdentity(join(shippedSpecsDir(home, lab, host), 'specs'));
    for (const candidate of host === null ? [paths] : [paths, labPaths(home, lab, null)]) {
      let state = null;
      try {
        state = readState(candidate.state);
      } catch {
        return false; // a damaged state.json: something is deployed; destroy --force cleans up
      }
      if (state !== null && Object.keys(state.nodes).length > 0 && (candidate === paths || state.spec_dir === identity)) return false;
    }
    removeShipped(home, lab, host);
    return true;
  } finally {
    release();
  }
}
