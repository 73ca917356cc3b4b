// Shared by the lock tests: compile the lock for worker processes, and run
// those workers (lock-worker.mjs).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformSync } from '@swc/core';

const SRC = resolve('src');
const WORKER = resolve('test/state/lock-worker.mjs');

export const tmpDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

/**
 * Compiles src/state/lock.ts and the local modules it imports (with swc, as
 * jest does) into a fresh directory and returns the lock module's URL, for
 * plain Node processes to import: the source under test, no `npm run build`.
 * VMLAB_TEST_LOCK_SOURCE replaces lock.ts's source (to try an older lock).
 */
export function compileLock(): string {
  const out = join(tmpDir('vmlab-lock-build-'), 'src');
  const entry = join(SRC, 'state/lock.ts');
  const done = new Set<string>();
  const compile = (file: string, source: string) => {
    if (done.has(file)) return;
    done.add(file);
    const { code } = transformSync(source, {
      filename: file,
      jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
      module: { type: 'es6' },
    });
    const target = join(out, relative(SRC, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, code);
    for (const [, spec] of code.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)\.js['"]/g)) {
      const dep = resolve(dirname(file), `${spec}.ts`);
      compile(dep, readFileSync(dep, 'utf8'));
    }
  };
  compile(entry, readFileSync(process.env.VMLAB_TEST_LOCK_SOURCE ?? entry, 'utf8'));
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  return pathToFileURL(join(out, 'state/lock.js')).href;
}

export interface Worker {
  child: ChildProcess;
  /** The next line the worker prints. */
  next(): Promise<string>;
  exited: Promise<number | null>;
  /** Tells the worker to take the lock. */
  go(): void;
}

/** Starts lock-worker.mjs (see there for the roles). */
export function startWorker(moduleUrl: string, lockFile: string, workDir: string, role: 'contend' | 'hold', holdMs = 5): Worker {
  const child = spawn(process.execPath, [WORKER, moduleUrl, lockFile, workDir, role, String(holdMs)], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, NODE_OPTIONS: '' }, // not jest's --experimental-vm-modules
  });
  const lines: string[] = [];
  let waiting: ((line: string) => void) | null = null;
  let buffer = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk;
    for (let i = buffer.indexOf('\n'); i >= 0; i = buffer.indexOf('\n')) {
      lines.push(buffer.slice(0, i));
      buffer = buffer.slice(i + 1);
    }
    if (waiting && lines.length) {
      const w = waiting;
      waiting = null;
      w(lines.shift()!);
    }
  });
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  const next = () =>
    new Promise<string>((res, rej) => {
      if (lines.length) return res(lines.shift()!);
      waiting = res;
      void exited.then(() => setTimeout(() => rej(new Error(`lock worker ${child.pid} exited before saying more`)), 50));
    });
  return { child, next, exited, go: () => child.stdin!.end('go\n') };
}

/** PIDs of the live children of `pid`, with their command names. */
export function childrenOf(pid: number): { pid: number; comm: string }[] {
  const out: { pid: number; comm: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(ppid) === pid && state !== 'Z') out.push({ pid: Number(entry), comm });
    } catch {
      // gone meanwhile
    }
  }
  return out;
}

export function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}
