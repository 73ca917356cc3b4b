import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { acquireLock, describeHolder, processStartTime } from '../../src/state/lock.js';
import { alive, childrenOf, compileLock, startWorker, tmpDir } from './lock-helpers.js';

const lockIn = (dir = tmpDir('vmlab-lock-')) => join(dir, 'locks', 'lab.lock');
const record = (fields: object) => JSON.stringify({ pid: 2 ** 22 + 12345, start: '1', host: hostname(), command: 'vmlab apply', since: 'then', ...fields });
const free = async (file: string) => (await acquireLock(file, 'probe', 0))();

test('a lock names its holder while held; released, the file stays, names no one, and the lock is free', async () => {
  const file = lockIn();
  const release = await acquireLock(file, 'vmlab apply', 0); // creates the parent directory
  expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
    pid: process.pid,
    start: processStartTime(process.pid),
    host: hostname(),
    command: 'vmlab apply',
    since: expect.stringMatching(/^\d{4}-/),
  });
  release();
  expect(readFileSync(file, 'utf8')).toBe('');
  await free(file);
});

test('release is immediate and idempotent: the same process can take the lock again at once', async () => {
  const file = lockIn();
  for (let i = 0; i < 3; i++) {
    const release = await acquireLock(file, 'vmlab apply', 0);
    release();
    release();
  }
});

test('a live holder makes the next run fail with exit code 4, naming it (even within one process)', async () => {
  const file = lockIn();
  const release = await acquireLock(file, 'vmlab apply', 0);
  await expect(acquireLock(file, 'vmlab destroy', 0)).rejects.toMatchObject({
    exitCode: 4,
    code: 'busy',
    message: expect.stringMatching(new RegExp(`^the lab is locked by pid ${process.pid} \\("vmlab apply", since \\d{4}-.*\\); wait for it`)),
  });
  const started = Date.now();
  await expect(acquireLock(file, 'vmlab destroy', 400)).rejects.toMatchObject({ exitCode: 4 });
  expect(Date.now() - started).toBeGreaterThanOrEqual(380);
  release();
});

test('a waiter is told once who holds the lock, and gets it as soon as it is released', async () => {
  const file = lockIn();
  const release = await acquireLock(file, 'vmlab apply', 0);
  const onWait = jest.fn<(holder: string) => void>();
  setTimeout(release, 300);
  const started = Date.now();
  const mine = await acquireLock(file, 'vmlab destroy', 10_000, onWait);
  expect(Date.now() - started).toBeLessThan(1500);
  expect(onWait.mock.calls).toEqual([[expect.stringContaining(`pid ${process.pid} ("vmlab apply"`)]]);
  expect(JSON.parse(readFileSync(file, 'utf8')).command).toBe('vmlab destroy');
  mine();
});

test.each([
  ['names a dead PID', record({})],
  ['names a live PID that is not a vmlab run (PID 1)', record({ pid: 1, start: processStartTime(1) })],
  ['names this very process', record({ pid: process.pid, start: processStartTime(process.pid) })],
  ['is empty', ''],
  ['is garbage', '{"pid": 12'],
])('a lock file that nobody holds is free whatever it says: one that %s', async (_what, content) => {
  const file = lockIn();
  await free(file);
  writeFileSync(file, content);
  const release = await acquireLock(file, 'vmlab apply', 0);
  expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
  release();
});

test.each([
  ['', 'another process (it has not written its name yet)'],
  ['{"pid": 12', 'another process (it has not written its name yet)'],
  [record({}), `another process (the lock file still names pid ${2 ** 22 + 12345}, which has exited)`],
  // PID reused: the PID is alive but it is another process than the one that wrote the file.
  [record({ pid: 1, start: '999999999999' }), 'another process (the lock file still names pid 1, which has exited)'],
  [record({ pid: process.pid, start: processStartTime(process.pid) }), `pid ${process.pid} ("vmlab apply", since then)`],
  [record({ host: 'elsewhere' }), `pid ${2 ** 22 + 12345} on elsewhere ("vmlab apply", since then)`],
])('the holder named in %j is described as %j (advice only)', (content, description) => {
  const file = join(tmpDir('vmlab-lock-'), 'lab.lock');
  writeFileSync(file, content);
  expect(describeHolder(file)).toBe(description);
});

test('processStartTime reads field 22 of /proc/PID/stat, null for no such process', () => {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  expect(processStartTime(process.pid)).toMatch(/^\d+$/);
  expect(processStartTime(process.pid)).toBe(fields[19]);
  expect(processStartTime(2 ** 22 + 12345)).toBeNull();
});

test('holding the lock leaves no process behind, and children of vmlab (QEMU) do not inherit it', async () => {
  const file = lockIn();
  const release = await acquireLock(file, 'vmlab apply', 0);
  expect(childrenOf(process.pid).filter((c) => c.comm === 'flock')).toEqual([]);
  const fds = spawnSync('sh', ['-c', 'for f in /proc/$$/fd/*; do readlink "$f"; done'], { encoding: 'utf8' }).stdout;
  expect(fds).not.toContain(file);
  release();
});

test('without util-linux flock the error says what is missing, and that the machine lacks it', async () => {
  await expect(acquireLock(lockIn(), 'vmlab apply', 0, undefined, '/nonexistent/flock')).rejects.toMatchObject({
    code: 'environment',
    exitCode: 1,
    message: expect.stringContaining('util-linux "flock"'),
    cause: expect.objectContaining({ code: 'ENOENT' }),
  });
});

describe('a vmlab killed with SIGKILL', () => {
  let moduleUrl: string;
  beforeAll(() => {
    moduleUrl = compileLock();
  });

  test('while holding the lock leaves it free at once, and nothing of it behind', async () => {
    const dir = tmpDir('vmlab-lock-');
    const file = lockIn(dir);
    const holder = startWorker(moduleUrl, file, dir, 'hold');
    expect(await holder.next()).toBe('ready');
    holder.go();
    expect(await holder.next()).toBe('held');
    expect(childrenOf(holder.child.pid!)).toEqual([]); // no helper process holds the lock for it
    await expect(acquireLock(file, 'vmlab destroy', 0)).rejects.toMatchObject({
      message: expect.stringContaining(`pid ${holder.child.pid} ("vmlab test hold"`),
    });
    holder.child.kill('SIGKILL');
    await holder.exited;
    const release = await acquireLock(file, 'vmlab destroy', 0);
    release();
  }, 15_000);

  test('while waiting for the lock leaves no flock running for long, and never gets the lock', async () => {
    const dir = tmpDir('vmlab-lock-');
    const file = lockIn(dir);
    const release = await acquireLock(file, 'vmlab apply', 0);
    const waiter = startWorker(moduleUrl, file, dir, 'hold');
    expect(await waiter.next()).toBe('ready');
    waiter.go();
    let flocks: { pid: number }[] = [];
    for (let i = 0; i < 50 && flocks.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 50));
      flocks = childrenOf(waiter.child.pid!).filter((c) => c.comm === 'flock');
    }
    expect(flocks).toHaveLength(1);
    waiter.child.kill('SIGKILL');
    await waiter.exited;
    const orphan = flocks[0]!.pid;
    const started = Date.now();
    while (alive(orphan) && Date.now() - started < 5000) await new Promise((r) => setTimeout(r, 50));
    expect(alive(orphan)).toBe(false); // it gives up within its wait slice (2 s)
    await expect(acquireLock(file, 'vmlab destroy', 0)).rejects.toMatchObject({ exitCode: 4 }); // still ours
    release();
    await free(file); // and the orphan did not take it on its way out
  }, 15_000);
});
