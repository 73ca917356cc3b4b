// `vmlab receive-specs` under hostile and concurrent input (issue 18): real
// processes of the source under test (cli-process.ts), tar streams made here.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import tar from 'tar-stream';
import { recordFigure } from '../support/figures.js';
import { receiveProcess, vmlabProcess } from './cli-process.js';

type Member = tar.Headers & { body?: Buffer | string; pax?: Record<string, string> };

/** A tar of these members, in order, as tar-stream writes it. */
async function tarOf(members: Member[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((r) => pack.on('end', r));
  for (const { body, ...header } of members) {
    await new Promise<void>((resolve, reject) =>
      pack.entry({ mode: 0o644, ...header }, body === undefined ? Buffer.alloc(0) : Buffer.from(body), (e) => (e ? reject(e) : resolve())),
    );
  }
  pack.finalize();
  await done;
  return Buffer.concat(chunks);
}

const GOOD: Member[] = [
  { name: 'specs', type: 'directory' },
  { name: 'specs/topology.json', body: '{"devices":{}}\n' },
  { name: 'placement.json', body: '{}\n' },
];

let root: string;
let home: string;
/** Where an escaping member would land. */
let outside: string;
beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'vmlab-receive-')));
  outside = join(root, 'outside');
  mkdirSync(outside);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => {
  home = mkdtempSync(join(root, 'home-'));
});

/** Everything under a directory that is neither a regular file nor a directory (find's %y), and every path. */
const tree = (dir: string) =>
  existsSync(dir) ? execSync(`find ${dir} -mindepth 1 -printf '%y %P\\n'`, { encoding: 'utf8' }).trim().split('\n').filter(Boolean) : [];

async function hostile(): Promise<[string, Buffer][]> {
  const good = await tarOf(GOOD);
  const big = Buffer.alloc(17 * 1024 * 1024, 0x61);
  const checksumBroken = Buffer.from(good);
  checksumBroken[148] = 0x39; // the first header's checksum field
  return [
    ['empty', Buffer.alloc(0)],
    ['garbage', Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251))],
    ['only zero blocks (an empty archive)', Buffer.alloc(1024)],
    ['truncated inside a file', good.subarray(0, 512 * 3 + 10)],
    ['truncated inside a header', good.subarray(0, 700)],
    ['gzipped', gzipSync(good)],
    ['a broken header checksum', checksumBroken],
    ['a ".." member', await tarOf([...GOOD, { name: '../../outside/escaped', body: 'x' }])],
    ['a ".." inside a member path', await tarOf([...GOOD, { name: 'specs/../../outside/escaped2', body: 'x' }])],
    ['an absolute member', await tarOf([...GOOD, { name: `${outside}/absolute`, body: 'x' }])],
    ['a ".." directory member', await tarOf([...GOOD, { name: '../escaped-dir', type: 'directory' }])],
    ['a symlink member', await tarOf([...GOOD, { name: 'specs/link', type: 'symlink', linkname: outside }])],
    [
      'a file through a symlink member',
      await tarOf([{ name: 'specs/l', type: 'symlink', linkname: outside }, { name: 'specs/l/through', body: 'x' }, ...GOOD]),
    ],
    ['a hard link to a file outside', await tarOf([...GOOD, { name: 'specs/h', type: 'link', linkname: '/etc/passwd' }])],
    ['a hard link to a member', await tarOf([...GOOD, { name: 'specs/h2', type: 'link', linkname: 'specs/topology.json' }])],
    ['a character device', await tarOf([...GOOD, { name: 'specs/null', type: 'character-device', devmajor: 1, devminor: 3 }])],
    ['a block device', await tarOf([...GOOD, { name: 'specs/sda', type: 'block-device', devmajor: 8, devminor: 0 }])],
    ['a FIFO', await tarOf([...GOOD, { name: 'specs/fifo', type: 'fifo' }])],
    ['a file past the size cap (17 MiB)', await tarOf([...GOOD, { name: 'specs/huge.json', body: big }])],
    ['a huge size declared, no data', Buffer.concat([(await tarOf([{ name: 'specs/topology.json', body: big }])).subarray(0, 512), Buffer.alloc(1024)])],
    [
      'more members than any lab (10,001 directories)',
      await tarOf([...GOOD, ...Array.from({ length: 10_001 }, (_, i) => ({ name: `specs/d${i}`, type: 'directory' as const }))]),
    ],
    ['a member twice', await tarOf([...GOOD, { name: 'specs/topology.json', body: '{}' }])],
    ['a file below a file', await tarOf([...GOOD, { name: 'specs/topology.json/x', body: 'x' }])],
    ['a pax path with ".."', await tarOf([...GOOD, { name: 'specs/fine', pax: { path: '../../outside/pax-escaped' }, body: 'x' }])],
    ['a long (pax) name with ".."', await tarOf([...GOOD, { name: `specs/${'a'.repeat(120)}/../../../outside/long-escaped`, body: 'x' }])],
    [
      'no specs/topology.json',
      await tarOf([
        { name: 'placement.json', body: '{}' },
        { name: 'specs/other.json', body: '{}' },
      ]),
    ],
  ];
}

test('at least 20 crafted tar streams: each exit 1 naming why, nothing escapes, nothing but files and directories is made, the copy before stays', async () => {
  const streams = await hostile();
  const lab = 'lab1';
  // A copy received before: it must survive every refused stream whole.
  const first = await vmlabProcess(home, ['receive-specs', '--lab', lab], await tarOf(GOOD));
  expect(first.exitCode).toBe(0);
  const before = tree(join(home, 'shipped'));
  const failures: string[] = [];
  for (const [what, bytes] of streams) {
    const run = await vmlabProcess(home, ['receive-specs', '--lab', lab], bytes);
    const said = String(run.stderr).trim();
    const problems = [
      run.exitCode !== 1 && `exit ${run.exitCode}`,
      !/^error: .{10,}/.test(said) && `said ${JSON.stringify(said)}`,
      /bug|at .*\.js:\d+/.test(said) && 'a crash',
      readdirSync(outside).length > 0 && `escaped: ${readdirSync(outside).join(', ')}`,
      JSON.stringify(tree(join(home, 'shipped'))) !== JSON.stringify(before) && `shipped/ changed: ${tree(join(home, 'shipped')).slice(0, 8).join(', ')}`,
    ].filter(Boolean);
    if (problems.length) failures.push(`${what}: ${problems.join('; ')}`);
  }
  recordFigure('receive-specs-hostile-tars', {
    table: 'hostile',
    what: 'crafted tar streams to receive-specs (truncated, empty, garbage, .., absolute, links, devices, FIFO, huge, pax/long names, ...)',
    tried: streams.length,
    ok: streams.length - failures.length,
    detail: "exit 1 with tar's message, nothing outside, only files and dirs, old copy whole",
  });
  expect(failures).toEqual([]);
  expect(streams.length).toBeGreaterThanOrEqual(20);
  expect(before.every((l) => /^[fdl] /.test(l))).toBe(true);
}, 300_000);

/** A whole tree of generation `token`: every file says it. */
const treeOf = (token: string) =>
  tarOf([
    { name: 'specs', type: 'directory' },
    { name: 'specs/topology.json', body: token },
    { name: 'specs/nodes', type: 'directory' },
    ...Array.from({ length: 5 }, (_, i) => ({ name: `specs/nodes/n${i}.json`, body: token })),
    { name: 'placement.json', body: token },
  ]);

/** What a reader sees: the link resolved once, then every file read; null when there is no whole tree. */
function readWhole(dir: string): string | null {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return null;
  }
  try {
    const files = ['specs/topology.json', ...Array.from({ length: 5 }, (_, i) => `specs/nodes/n${i}.json`), 'placement.json'].map((f) =>
      readFileSync(join(real, f), 'utf8'),
    );
    return files.every((t) => t === files[0]) ? files[0]! : null;
  } catch {
    return null;
  }
}

test('20 concurrent receive-specs x 20 rounds: every one succeeds, the copy is always one whole tree', async () => {
  const ROUNDS = 20;
  const AT_ONCE = 20;
  let failed = 0;
  const errors = new Set<string>();
  for (let round = 0; round < ROUNDS; round++) {
    const runs = await Promise.all(Array.from({ length: AT_ONCE }, async (_, i) => receiveProcess(home, 'lab1', await treeOf(`r${round}-${i}`))));
    for (const r of runs) {
      if (r.exitCode !== 0) {
        failed++;
        errors.add(String(r.stderr).trim());
      }
    }
    expect(readWhole(join(home, 'shipped', 'lab1'))).toMatch(new RegExp(`^r${round}-\\d+$`));
  }
  // Generations: the current one and the one before it, no more.
  expect(readdirSync(join(home, 'shipped')).filter((n) => n.startsWith('.lab1.gen-')).length).toBeLessThanOrEqual(2);
  recordFigure('receive-specs-concurrent', {
    table: 'hostile',
    what: `concurrent receive-specs (${AT_ONCE} at once x ${ROUNDS} rounds)`,
    tried: ROUNDS * AT_ONCE,
    ok: ROUNDS * AT_ONCE - failed,
    detail: `exit 0 and one whole tree after each round${errors.size ? `; ${[...errors].join(' / ')}` : ''}`,
  });
  expect([...errors]).toEqual([]);
}, 600_000);

test('a reader during 30 swaps always finds a whole tree', async () => {
  const dir = join(home, 'shipped', 'lab1');
  expect((await vmlabProcess(home, ['receive-specs', '--lab', 'lab1'], await treeOf('g0'))).exitCode).toBe(0);
  let reads = 0;
  let broken = 0;
  let swapping = true;
  const reader = (async () => {
    while (swapping) {
      reads++;
      if (readWhole(dir) === null) broken++;
      await new Promise((r) => setImmediate(r));
    }
  })();
  let failed = 0;
  for (let swap = 1; swap <= 30; swap++) if ((await vmlabProcess(home, ['receive-specs', '--lab', 'lab1'], await treeOf(`g${swap}`))).exitCode !== 0) failed++;
  swapping = false;
  await reader;
  recordFigure('receive-specs-reader', {
    table: 'hostile',
    what: 'a reader during 30 receive-specs swaps',
    tried: reads,
    ok: reads - broken,
    detail: `reads that found one whole tree (${failed} swaps failed)`,
  });
  expect(failed).toBe(0);
  expect(broken).toBe(0);
  expect(readWhole(dir)).toBe('g30');
}, 300_000);

test('--drop removes the link and every generation unless the lab is deployed here', async () => {
  expect((await vmlabProcess(home, ['receive-specs', '--lab', 'lab1'], await treeOf('a'))).exitCode).toBe(0);
  expect((await vmlabProcess(home, ['receive-specs', '--lab', 'lab1'], await treeOf('b'))).exitCode).toBe(0);
  const drop = await vmlabProcess(home, ['receive-specs', '--lab', 'lab1', '--drop']);
  expect(drop.exitCode).toBe(0);
  expect(JSON.parse(String(drop.stdout))).toEqual({ dropped: true });
  expect(readdirSync(join(home, 'shipped'))).toEqual([]);
  writeFileSync(join(root, 'unused'), '');
});
