/**
 * What vmlab reads from a QEMU's own QMP schema. The schema excerpts in
 * fixtures/qemu were taken from Debian's QEMU 7.2.22 and 10.0.2 (the path
 * netdev_add → Netdev → its stream variant, plus the chardev socket options,
 * which also have `reconnect` and must not be mistaken for the netdev's).
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { qemuCapabilities, rememberCapabilities, streamReconnectFromSchema } from '../../../src/exec/qemu/capabilities.js';

const schema = (version: string) => JSON.parse(readFileSync(join('fixtures', 'qemu', `schema-${version}.json`), 'utf8'));

describe('the stream netdev reconnect option, from the schema', () => {
  test('QEMU 10.0 has reconnect-ms (and the older reconnect): reconnect-ms is used', () => {
    expect(streamReconnectFromSchema(schema('10.0'))).toBe('reconnect-ms');
  });

  test('QEMU 7.2 has stream netdevs that cannot reconnect', () => {
    expect(streamReconnectFromSchema(schema('7.2'))).toBeNull();
  });

  test('a QEMU with reconnect only (8.0 to 9.1) uses reconnect', () => {
    const older = schema('10.0').map((e: any) => ({ ...e, members: e.members?.filter((m: any) => m.name !== 'reconnect-ms') }));
    expect(streamReconnectFromSchema(older)).toBe('reconnect');
  });

  test("the chardev's reconnect alone does not count", () => {
    const chardevOnly = schema('10.0').filter((e: any) => e.name !== 'netdev_add');
    expect(chardevOnly.some((e: any) => e.members?.some((m: any) => m.name === 'reconnect-ms'))).toBe(true);
    expect(streamReconnectFromSchema(chardevOnly)).toBeNull();
  });
});

describe('asking a QEMU binary, and the cache', () => {
  // A stand-in for QEMU that answers the QMP questions on stdio with QEMU 10.0's replies, then
  // waits for its input to close, as QMP does (vmlab keeps it open until it has both answers).
  const dir = mkdtempSync(join(tmpdir(), 'vmlab-caps-'));
  const fake = join(dir, 'qemu-system-x86_64');
  const replies = [
    { QMP: { version: { qemu: { micro: 2, minor: 0, major: 10 } }, capabilities: ['oob'] } },
    { return: {} },
    { return: { qemu: { micro: 2, minor: 0, major: 10 }, package: 'fake' } },
    { return: schema('10.0') },
    { return: {} },
  ];
  writeFileSync(join(dir, 'replies'), replies.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(fake, `#!/bin/sh\ncat '${join(dir, 'replies')}'\ncat >/dev/null\n`);
  chmodSync(fake, 0o755);
  const home = join(dir, 'home');

  test('asks the binary: version and link flavour; nothing is written', async () => {
    const caps = await qemuCapabilities({ qemu: fake, searchPath: '' }, home);
    expect(caps).toMatchObject({ binary: fake, version: '10.0.2', streamReconnect: 'reconnect-ms', links: 'stream' });
    expect(existsSync(home)).toBe(false);
  });

  test('once remembered, the answer is reused without running the binary, until the binary changes', async () => {
    rememberCapabilities(home, await qemuCapabilities({ qemu: fake, searchPath: '' }, home));
    chmodSync(fake, 0o644); // it can no longer run: an answer now can only come from the cache
    try {
      expect((await qemuCapabilities({ qemu: fake, searchPath: '' }, home)).version).toBe('10.0.2');
      utimesSync(fake, new Date(), new Date(Date.now() + 60_000)); // an upgrade: a new file
      await expect(qemuCapabilities({ qemu: fake, searchPath: '' }, home)).rejects.toThrow();
    } finally {
      chmodSync(fake, 0o755);
    }
  });

  test('with a per-user cache directory, the answer is kept there (the home stays untouched) and reused', async () => {
    const userCache = join(dir, 'user-cache');
    const gone = join(dir, 'gone-qemu');
    // An entry of a binary since removed is dropped when the cache is written.
    mkdirSync(userCache, { recursive: true });
    writeFileSync(join(userCache, 'qemu-capabilities.json'), JSON.stringify({ [gone]: { size: 1, mtime_ms: 1, version: '9.0.0', reconnect: null } }));
    const freshHome = join(dir, 'home-2');
    expect((await qemuCapabilities({ qemu: fake, searchPath: dir }, freshHome, userCache)).version).toBe('10.0.2');
    expect(existsSync(freshHome)).toBe(false);
    const cached = JSON.parse(readFileSync(join(userCache, 'qemu-capabilities.json'), 'utf8'));
    expect(Object.keys(cached)).toEqual([fake]);
    chmodSync(fake, 0o644); // it can no longer run: an answer now can only come from the cache
    try {
      expect((await qemuCapabilities({ qemu: fake, searchPath: dir }, freshHome, userCache)).streamReconnect).toBe('reconnect-ms');
      utimesSync(fake, new Date(), new Date(Date.now() + 120_000)); // an upgrade: asked again
      await expect(qemuCapabilities({ qemu: fake, searchPath: dir }, freshHome, userCache)).rejects.toThrow();
    } finally {
      chmodSync(fake, 0o755);
    }
  });

  test('a binary that is not installed is one clear message, blaming the machine', async () => {
    await expect(qemuCapabilities({ qemu: 'no-such-qemu-here', searchPath: dir }, home)).rejects.toThrow('no-such-qemu-here is not installed');
    await expect(qemuCapabilities({ qemu: 'no-such-qemu-here', searchPath: dir }, home)).rejects.toMatchObject({ code: 'environment', exitCode: 1 });
  });

  test("a bare name is looked up on the search path it is given, not on this process's PATH", async () => {
    await expect(qemuCapabilities({ qemu: 'qemu-system-x86_64', searchPath: dir }, home)).resolves.toMatchObject({ binary: fake });
    await expect(qemuCapabilities({ qemu: 'qemu-system-x86_64', searchPath: join(dir, 'empty') }, home)).rejects.toThrow('is not installed');
  });
});
