/**
 * `capture -w FILE` writes only a file of its own: a symlink is refused (it
 * is never followed, so nothing it points at is truncated), and so is a FIFO,
 * a device or a file with other hard links; a new file is 0600 (a pcap holds
 * whatever crossed the link, passwords included); an existing regular file is
 * overwritten, as tcpdump -w does, and keeps its mode.
 */
import { linkSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { openCaptureOutput } from '../../src/cli/capture-output.js';
import { tmpDir } from '../helpers/cli.js';

async function write(file: string, cwd: string) {
  const out = openCaptureOutput(file, cwd);
  out.stream.write('pcap');
  await out.finish();
}

test('a new file is created 0600', async () => {
  const dir = tmpDir('vmlab-cap-out-');
  await write('new.pcap', dir);
  expect(readFileSync(join(dir, 'new.pcap'), 'utf8')).toBe('pcap');
  expect(statSync(join(dir, 'new.pcap')).mode & 0o777).toBe(0o600);
});

test('a symlink is refused (exit 3) and what it points at is untouched', () => {
  const dir = tmpDir('vmlab-cap-out-');
  const victim = join(dir, 'victim');
  writeFileSync(victim, 'keep me');
  symlinkSync(victim, join(dir, 'link.pcap'));
  symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.pcap'));
  for (const name of ['link.pcap', 'dangling.pcap']) {
    expect(() => openCaptureOutput(name, dir)).toThrow(expect.objectContaining({ exitCode: 3, message: expect.stringContaining('is a symbolic link') }));
  }
  expect(readFileSync(victim, 'utf8')).toBe('keep me');
  expect(() => statSync(join(dir, 'nowhere'))).toThrow();
});

test('a file with another hard link, a FIFO or a directory is refused (exit 3), untouched', () => {
  const dir = tmpDir('vmlab-cap-out-');
  const victim = join(dir, 'victim');
  writeFileSync(victim, 'keep me');
  linkSync(victim, join(dir, 'hard.pcap'));
  execFileSync('mkfifo', [join(dir, 'fifo.pcap')]);
  mkdirSync(join(dir, 'dir.pcap'));
  for (const name of ['hard.pcap', 'fifo.pcap', 'dir.pcap']) {
    expect(() => openCaptureOutput(name, dir)).toThrow(expect.objectContaining({ exitCode: 3 }));
  }
  expect(readFileSync(victim, 'utf8')).toBe('keep me');
});

test('an existing regular file is overwritten (as tcpdump -w does) and keeps its mode', async () => {
  const dir = tmpDir('vmlab-cap-out-');
  const file = join(dir, 'old.pcap');
  writeFileSync(file, 'an older, longer capture', { mode: 0o640 });
  await write('old.pcap', dir);
  expect(readFileSync(file, 'utf8')).toBe('pcap');
  expect(statSync(file).mode & 0o777).toBe(0o640);
});

test('a capture that never started removes a file it created, and leaves one that was there empty', async () => {
  const dir = tmpDir('vmlab-cap-out-');
  await openCaptureOutput('fresh.pcap', dir).discard();
  expect(() => statSync(join(dir, 'fresh.pcap'))).toThrow();
  writeFileSync(join(dir, 'old.pcap'), 'old');
  await openCaptureOutput('old.pcap', dir).discard();
  expect(statSync(join(dir, 'old.pcap')).size).toBe(0);
});
