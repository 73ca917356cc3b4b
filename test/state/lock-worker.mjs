// One process of the lock concurrency test (lock-concurrency.test.ts).
//
//   node lock-worker.mjs MODULE_URL LOCK_FILE WORK_DIR ROLE HOLD_MS
//
// MODULE_URL is the lock module (src/state/lock.ts compiled by the test).
// The worker imports it, prints "ready" and waits for "go" on stdin, so that
// all workers of a round call acquireLock at the same instant. Then:
//
//   contend: acquires the lock, and while holding it
//            - creates WORK_DIR/inside with O_EXCL: if it exists, another
//              worker is inside too (an overlap);
//            - increments WORK_DIR/counter non-atomically (read, sleep, write),
//              so an overlap also shows as a lost update;
//            releases, prints {"overlap": bool} and exits.
//   hold:    acquires the lock, prints "held" and holds it until killed.
import { openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

const [moduleUrl, lockFile, workDir, role, holdMs] = process.argv.slice(2);
const { acquireLock } = await import(moduleUrl);

const lines = createInterface({ input: process.stdin });
const go = new Promise((resolve) => lines.once('line', resolve));
console.log('ready');
await go;
lines.close();
process.stdin.destroy();

try {
  const release = await acquireLock(lockFile, `vmlab test ${role}`, 20_000);
  if (role === 'hold') {
    console.log('held');
    setInterval(() => {}, 60_000);
  } else {
    const marker = join(workDir, 'inside');
    let overlap = false;
    let mine = false;
    try {
      closeSync(openSync(marker, 'wx'));
      mine = true;
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
      overlap = true;
    }
    const counter = join(workDir, 'counter');
    const seen = Number(readFileSync(counter, 'utf8'));
    await sleep(Number(holdMs));
    writeFileSync(counter, String(seen + 1));
    if (mine) rmSync(marker);
    release();
    release(); // idempotent
    console.log(JSON.stringify({ overlap }));
  }
} catch (err) {
  console.log(JSON.stringify({ error: String(err?.message ?? err) }));
  process.exitCode = 1;
}
