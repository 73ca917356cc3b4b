import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { acquireLock } from '../../src/state/lock.js';
import { tmpDir } from '../helpers/cli.js';

test('a lock names its holder and is released', async () => {
  const file = join(tmpDir('vmlab-lock-'), 'lab', 'lock');
  const release = await acquireLock(file, 'vmlab apply', 0);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, command: 'vmlab apply' });
  release();
  expect(existsSync(file)).toBe(false);
});

test('a live holder makes the next run fail with exit code 4, naming it', async () => {
  const file = join(tmpDir('vmlab-lock-'), 'lock');
  const release = await acquireLock(file, 'vmlab apply', 0);
  await expect(acquireLock(file, 'vmlab apply', 300)).rejects.toMatchObject({ exitCode: 4, message: expect.stringContaining(`locked by pid ${process.pid}`) });
  release();
});

test("a dead holder's lock is taken over", async () => {
  const file = join(tmpDir('vmlab-lock-'), 'lock');
  writeFileSync(file, JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), command: 'vmlab apply', since: 'then' }));
  const release = await acquireLock(file, 'vmlab apply', 0);
  expect(JSON.parse(readFileSync(file, 'utf8')).pid).toBe(process.pid);
  release();
});
