import { mkdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { EnvironmentError } from '../../errors.js';
import { verbose } from '../../verbose.js';
import type { QemuCapabilities, QemuTools, StreamReconnect } from '../../ports/qemu.js';
import { linkKindOf } from './link-kind.js';

/** One QMP schema entry, as `query-qmp-schema` lists it (only the parts read here). */
interface SchemaEntry {
  name: string;
  'meta-type': string;
  'arg-type'?: string;
  members?: { name: string; type?: string; case?: string }[];
  variants?: { case: string; type: string }[];
}

/**
 * Which option makes a stream netdev's connecting end reconnect, read from
 * QEMU's own schema: `netdev_add`'s argument type → its `stream` variant →
 * that variant's members. Type names in the schema are masked (numbers), so
 * the path is followed from the command, whose name is not. `reconnect`
 * (seconds) came with QEMU 8.0; `reconnect-ms` replaced it in 9.2.
 */
export function streamReconnectFromSchema(schema: SchemaEntry[]): StreamReconnect | null {
  const byName = new Map(schema.map((e) => [e.name, e]));
  const netdevAdd = byName.get('netdev_add');
  const netdev = netdevAdd?.['arg-type'] ? byName.get(netdevAdd['arg-type']) : undefined;
  const streamType = netdev?.variants?.find((v) => v.case === 'stream')?.type;
  const stream = streamType ? byName.get(streamType) : undefined;
  const members = new Set((stream?.members ?? []).map((m) => m.name));
  if (members.has('reconnect-ms')) return 'reconnect-ms';
  if (members.has('reconnect')) return 'reconnect';
  return null;
}

/** The QEMU binary's real path, looked up on PATH when it is a bare name. */
export function resolveBinary(binary: string, path: string): string {
  if (isAbsolute(binary) || binary.includes('/')) return realpathSync(binary);
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    try {
      return realpathSync(join(dir, binary));
    } catch {
      // not in this directory
    }
  }
  throw new EnvironmentError(
    `${binary} is not installed (not found on PATH): install QEMU (Debian: apt-get install qemu-system-x86 qemu-utils, or run scripts/setup.sh)`,
  );
}

interface Answers {
  version?: { qemu: { major: number; minor: number; micro: number } };
  schema?: SchemaEntry[];
}

/** The answers among QMP's output lines so far (greeting and events skipped). */
function answersIn(output: string): Answers {
  const found: Answers = {};
  for (const line of output.split('\n')) {
    if (!line.startsWith('{')) continue;
    let msg: { return?: unknown };
    try {
      msg = JSON.parse(line) as { return?: unknown };
    } catch {
      continue; // a line still being written
    }
    if (Array.isArray(msg.return)) found.schema = msg.return as SchemaEntry[];
    else if ((msg.return as { qemu?: unknown } | undefined)?.qemu !== undefined) found.version = msg.return as Answers['version'];
  }
  return found;
}

/**
 * Asks the binary itself: its version and its QMP schema, over QMP on stdio,
 * without a guest. Its input stays open until both answers are in: QMP
 * drops the commands still queued when its input closes, which a loaded
 * machine can make happen before the schema is answered.
 */
async function askQemu(binary: string): Promise<{ version: string; reconnect: StreamReconnect | null }> {
  const command = (c: string) => `${JSON.stringify({ execute: c })}\n`;
  // Loaded here, not at the top: a plan answered from the cache need not load execa (about 15 ms at start-up).
  const { execa } = await import('execa');
  const qemu = execa(binary, ['-machine', 'none', '-nodefaults', '-no-user-config', '-display', 'none', '-qmp', 'stdio'], {
    stdin: 'pipe',
    reject: false,
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  let output = '';
  let asked = false;
  qemu.stdout?.setEncoding('utf8');
  qemu.stdout?.on('data', (chunk: string) => {
    output += chunk;
    const found = answersIn(output);
    if (!asked && found.version && found.schema) {
      asked = true;
      qemu.stdin?.end(command('quit'));
    }
  });
  qemu.stdin?.write(['qmp_capabilities', 'query-version', 'query-qmp-schema'].map(command).join(''));
  const result = await qemu;
  if (!asked) qemu.stdin?.destroy();
  const { version, schema } = answersIn(output);
  if (!version || !schema) {
    throw new EnvironmentError(
      `could not read what ${binary} supports (exit ${result.exitCode ?? 'none'}): ${(String(result.stderr) || result.shortMessage || '').trim().split('\n')[0]}`,
    );
  }
  const { major, minor, micro } = version.qemu;
  return { version: `${major}.${minor}.${micro}`, reconnect: streamReconnectFromSchema(schema) };
}

interface CacheEntry {
  size: number;
  mtime_ms: number;
  version: string;
  reconnect: StreamReconnect | null;
}

const cacheFile = (home: string) => join(home, 'cache', 'qemu-capabilities.json');
/** The per-user cache (see qemuCapabilities): one file, like the lab store's. */
const userCacheFile = (dir: string) => join(dir, 'qemu-capabilities.json');

function readCacheFile(file: string): Record<string, CacheEntry> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, CacheEntry>;
  } catch {
    return {}; // none yet, or unreadable: ask again
  }
}

const fresh = (entry: CacheEntry | undefined, size: number, mtimeMs: number): entry is CacheEntry =>
  entry !== undefined && entry.size === size && entry.mtime_ms === mtimeMs;

/** Still the file it was asked as: entries of binaries since removed or replaced are dropped. */
function stillThere(binary: string, entry: CacheEntry): boolean {
  try {
    const { size, mtimeMs } = statSync(binary);
    return fresh(entry, size, mtimeMs);
  } catch {
    return false;
  }
}

/**
 * Keeps one answer in a cache file, dropping entries of binaries since
 * removed or replaced; writes nothing when the file already holds it. A
 * failed write (a read-only directory) only costs a question next time.
 */
function remember(file: string, binary: string, entry: CacheEntry): void {
  const cache = readCacheFile(file);
  if (JSON.stringify(cache[binary]) === JSON.stringify(entry)) return;
  const kept = Object.entries(cache).filter(([path, e]) => path !== binary && stillThere(path, e));
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileAtomic.sync(file, `${JSON.stringify(Object.fromEntries([...kept, [binary, entry]]), null, 2)}\n`);
  } catch {
    // the next command asks QEMU again
  }
}

/**
 * What the QEMU at hand can do, asked once per binary (about 80 ms, as much
 * as Node's own start): the answer is cached, keyed by the binary's real
 * path, size and mtime, so an upgrade (a new file) is asked again. Two
 * caches are read: the vmlab home's, written by apply (see
 * rememberCapabilities), and the per-user cache directory `userCache`
 * ($XDG_CACHE_HOME/vmlab, else ~/.cache/vmlab; the CLI names it), which is
 * the one place plan and validate write to, when they had to ask: never the
 * vmlab home or a lab, and nothing when `userCache` is undefined.
 */
export async function qemuCapabilities(tools: Pick<QemuTools, 'qemu' | 'searchPath'>, home: string, userCache?: string): Promise<QemuCapabilities> {
  const real = resolveBinary(tools.qemu, tools.searchPath);
  const { size, mtimeMs } = statSync(real);
  let entry: CacheEntry | undefined = readCacheFile(cacheFile(home))[real];
  if (!fresh(entry, size, mtimeMs) && userCache !== undefined) entry = readCacheFile(userCacheFile(userCache))[real];
  if (!fresh(entry, size, mtimeMs)) {
    verbose('qemu', `asking ${real} for its version and QMP schema`);
    // Asked twice before giving up: a loaded machine can be slow to start even this small QEMU.
    const asked = await askQemu(real).catch(() => askQemu(real));
    entry = { size, mtime_ms: mtimeMs, ...asked };
    if (userCache !== undefined) remember(userCacheFile(userCache), real, entry);
  }
  return { binary: real, version: entry.version, streamReconnect: entry.reconnect, links: linkKindOf(entry.reconnect), size, mtime_ms: mtimeMs };
}

/** Keeps what a QEMU said for later commands, in the vmlab home; called by apply once it goes ahead. */
export function rememberCapabilities(home: string, caps: QemuCapabilities): void {
  remember(cacheFile(home), caps.binary, { size: caps.size, mtime_ms: caps.mtime_ms, version: caps.version, reconnect: caps.streamReconnect });
}
