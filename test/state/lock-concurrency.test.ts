// The lab lock under real concurrency: separate Node processes, started
// together, each taking the same lock file. The workers (lock-worker.mjs)
// import src/state/lock.ts compiled by lock-helpers.ts, so the test runs the
// source under test and needs no `npm run build`.
//
// To see an older lock fail it, point VMLAB_TEST_LOCK_SOURCE at its source
// (it is compiled as if it were src/state/lock.ts), e.g.
//   git show <commit>:src/state/lock.ts > /tmp/old-lock.ts
//   VMLAB_TEST_LOCK_SOURCE=/tmp/old-lock.ts NODE_OPTIONS=--experimental-vm-modules \
//     npx jest --selectProjects unit --testPathPatterns lock-concurrency
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { recordFigure } from '../support/figures.js';
import { compileLock, startWorker, tmpDir, type Worker } from './lock-helpers.js';

const WORKERS = 6;
const ROUNDS = 20;

/**
 * One round: WORKERS processes take the lock at the same instant. Returns how
 * many of them found another inside (or lost a counter update). With
 * `killedHolder`, a process holding the lock is SIGKILLed just before.
 */
async function round(moduleUrl: string, lockFile: string, workDir: string, killedHolder: boolean): Promise<number> {
  writeFileSync(join(workDir, 'counter'), '0');
  let holder: Worker | null = null;
  if (killedHolder) {
    holder = startWorker(moduleUrl, lockFile, workDir, 'hold');
    expect(await holder.next()).toBe('ready');
    holder.go();
    expect(await holder.next()).toBe('held');
  }
  const workers = Array.from({ length: WORKERS }, () => startWorker(moduleUrl, lockFile, workDir, 'contend'));
  for (const w of workers) expect(await w.next()).toBe('ready');
  if (holder) {
    holder.child.kill('SIGKILL');
    await holder.exited;
  }
  for (const w of workers) w.go();
  const results = await Promise.all(workers.map(async (w) => JSON.parse(await w.next()) as { overlap?: boolean; error?: string }));
  await Promise.all(workers.map((w) => w.exited));
  for (const r of results) expect(r.error).toBeUndefined();
  const overlaps = results.filter((r) => r.overlap).length;
  const lost = WORKERS - Number(readFileSync(join(workDir, 'counter'), 'utf8'));
  rmSync(join(workDir, 'inside'), { force: true });
  return Math.max(overlaps, lost);
}

let moduleUrl: string;
beforeAll(() => {
  moduleUrl = compileLock();
});

test.each([
  ['', false, false],
  [', stale lock file of a dead vmlab', true, false],
  [', holder SIGKILLed as they start', false, true],
])(
  `${WORKERS} processes x ${ROUNDS} rounds%s: no two hold the lock at once`,
  async (label, staleFile, killedHolder) => {
    const dir = tmpDir('vmlab-lock-race-');
    const lockFile = join(dir, 'locks', 'lab.lock');
    let overlaps = 0;
    let badRounds = 0;
    for (let i = 0; i < ROUNDS; i++) {
      if (staleFile) {
        mkdirSync(dirname(lockFile), { recursive: true });
        writeFileSync(lockFile, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), command: 'vmlab apply', since: 'then' }));
      }
      const n = await round(moduleUrl, lockFile, dir, killedHolder);
      overlaps += n;
      if (n > 0) badRounds++;
    }
    console.log(`lock: ${WORKERS} processes x ${ROUNDS} rounds${label}: ${overlaps} overlaps (${badRounds} of ${ROUNDS} rounds with one)`);
    recordFigure(`lock${label}`, {
      what: `lock race, ${WORKERS} processes${label}`,
      tried: ROUNDS,
      ok: ROUNDS - badRounds,
      detail: `rounds with no two holders at once (${overlaps} overlaps in all)`,
    });
    expect(overlaps).toBe(0);
    expect(existsSync(lockFile)).toBe(true); // never deleted: a deleted lock file is a second lock
  },
  60_000,
);
