/**
 * Every command output the docs show is real (issue 19, item 6): this test
 * runs the built CLI (bin/vmlab.js: `npm run build` after changing src/) on
 * the fixtures and compares what it prints with the fenced blocks of
 * README.md and docs/*.md that are marked to be checked.
 *
 * The convention, in the markdown: an HTML comment `<!-- drift: NAME -->` on
 * the line right before a fence. The block's first line is the command as a
 * reader types it (`$ npx vmlab plan -S fixtures/demo`); the rest of the block
 * is what it prints (stdout, then stderr, as a terminal shows them when they
 * do not interleave). A block that GitHub renders (```mermaid) cannot hold a
 * command line: its marker carries it instead,
 * `<!-- drift: NAME $ npx vmlab graph -S … -->`, and the whole block is output. The test knows each NAME (BLOCKS below) and fails when
 * a marked block is missing, when a marker names no check, or when a block
 * and the CLI's output differ.
 *
 * Output is compared byte for byte after these normalisations, and no others:
 * - the test's own VMLAB_HOME is shown as `/root/.vmlab` (the default home of
 *   root, who runs the demo in the docs);
 * - in `status`'s node table, the pid and uptime cells (and the width of
 *   those two columns) are masked: a PID and an age are the only things that
 *   differ from run to run. Every other cell, and the link table, must match;
 * - in progress lines (`[  0.1s] spine1: destroying`), the elapsed time.
 *
 * No VM boots. The world the CLI looks at is made up, as faithfully as the
 * CLI can tell:
 * - QEMU: a stand-in that answers vmlab's two QMP questions (version and
 *   schema) with what Debian's QEMU 10.0.2 answers (fixtures/qemu), so the
 *   plan is the one for stream links on any machine;
 * - the base image: a file of zeros (a raw image, as vmlab judges by
 *   content) where fixtures/demo expects the test image, so whether the image
 *   was built on this machine changes nothing;
 * - a deployed lab: made by vmlab's own apply (the use case, in-process, on
 *   the fake machine of the unit tests: its ports are free, its QEMU is 10.0.2)
 *   with a runtime whose "QEMU" is a copy of /bin/sh started with the command
 *   line /proc must show (`-pidfile <lab>/qemu/<node>.pid`) and a monitor
 *   socket answering QMP as a running QEMU 10 does (query-status, `info
 *   network` of stream netdevs, qom-list, system_powerdown). state.json and the patched
 *   profiles are what apply writes; the CLI then reads them, /proc and the
 *   monitors as it always does.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { jest } from '@jest/globals';
import type { DesiredNode } from '../../src/model/types.js';
import type { LabPaths } from '../../src/state/paths.js';

import { applyLab } from '../../src/engine/apply-lab.js';
import { imageIdentity } from '../../src/state/read-image-identity.js';
import { FakeMachine, QEMU_10 } from '../helpers/fake-machine.js';
import { FakeRuntime } from '../helpers/fake-runtime.js';

// Each check runs the CLI once or twice (a few tenths of a second each); a loaded machine gets time.
jest.setTimeout(60_000);

const REPO = process.cwd();
const CLI = join(REPO, 'bin', 'vmlab.js');
const DOCS = [
  'README.md',
  ...readdirSync(join(REPO, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join('docs', f)),
];
/** How the docs show the home: root's default. */
const SHOWN_HOME = '/root/.vmlab';

// ---------------------------------------------------------------- the blocks

interface DocBlock {
  name: string;
  /** file:line of the marker, for messages. */
  at: string;
  /** The command after `$ `. */
  command: string;
  /** Everything after the command line, each line ending in a newline. */
  output: string;
}

const MARKER = /^<!-- drift: ([a-z0-9-]+)(?: \$ (.+))? -->$/;

function docBlocks(): Map<string, DocBlock[]> {
  const found = new Map<string, DocBlock[]>();
  for (const file of DOCS) {
    const lines = readFileSync(join(REPO, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const marker = MARKER.exec(line);
      if (!marker) {
        if (line.startsWith('<!-- drift'))
          throw new Error(`${file}:${i + 1}: a drift marker must read "<!-- drift: NAME -->" or "<!-- drift: NAME $ COMMAND -->"`);
        return;
      }
      const at = `${file}:${i + 1}`;
      const name = marker[1]!;
      if (!lines[i + 1]?.startsWith('```')) throw new Error(`${at}: the drift marker "${name}" is not right before a fenced block`);
      const end = lines.findIndex((l, j) => j > i + 1 && l.startsWith('```'));
      if (end < 0) throw new Error(`${at}: the block of "${name}" is not closed`);
      let body = lines.slice(i + 2, end);
      let command = marker[2];
      if (command === undefined) {
        if (!body[0]?.startsWith('$ ')) throw new Error(`${at}: the block of "${name}" does not begin with the command ("$ npx vmlab …")`);
        command = body[0].slice(2);
        body = body.slice(1);
      }
      const block = { name, at, command, output: body.map((l) => `${l}\n`).join('') };
      found.set(name, [...(found.get(name) ?? []), block]);
    });
  }
  return found;
}

const blocks = docBlocks();

/** The one block of that name (a second copy would drift unseen). */
function block(name: string): DocBlock {
  const all = blocks.get(name) ?? [];
  if (all.length !== 1)
    throw new Error(
      `drift block "${name}": ${all.length === 0 ? 'missing from README.md and docs/' : `${all.length} of them (${all.map((b) => b.at).join(', ')}): keep one`}`,
    );
  return all[0]!;
}

/** The CLI arguments of a block's command, which must be `npx vmlab …` (plain words, no quoting). */
function argsOf(b: DocBlock): string[] {
  const words = b.command.trim().split(/\s+/);
  if (words[0] !== 'npx' || words[1] !== 'vmlab') throw new Error(`${b.at}: "${b.command}" is not an "npx vmlab" command`);
  return words.slice(2);
}

// ------------------------------------------------------------ the made-up world

const root = mkdtempSync(join(tmpdir(), 'vmlab-docs-drift-'));
/** A copy of the repository's fixtures the docs name, laid out as in the repository (the CLI runs in `root`). */
const specs = join(root, 'fixtures', 'demo');
const home = join(root, 'home');
const user = join(root, 'user');
cpSync(join(REPO, 'fixtures', 'demo'), specs, { recursive: true });
cpSync(join(REPO, 'fixtures', 'bad', 'bad-interface'), join(root, 'fixtures', 'bad', 'bad-interface'), { recursive: true });
cpSync(join(REPO, 'fixtures', 'labs', 'two-hosts'), join(root, 'fixtures', 'labs', 'two-hosts'), { recursive: true });
mkdirSync(user, { recursive: true });
const image = join(root, 'fixtures', 'image', 'out', 'vmlab-tiny.qcow2');
mkdirSync(dirname(image), { recursive: true });
writeFileSync(image, Buffer.alloc(1 << 20));

/** QEMU 10.0.2 as vmlab's capability probe sees it: the greeting, the version and the schema, on stdio. */
const qemu10 = join(root, 'qemu-10.0.2', 'qemu-system-x86_64');
mkdirSync(dirname(qemu10), { recursive: true });
const schema = JSON.parse(readFileSync(join(REPO, 'fixtures', 'qemu', 'schema-10.0.json'), 'utf8'));
const version = { qemu: { micro: 2, minor: 0, major: 10 } };
const replies = [
  { QMP: { version, capabilities: ['oob'] } },
  { return: {} },
  { return: { ...version, package: 'Debian 1:10.0.2+ds-2+deb13u1~bpo12+1' } },
  { return: schema },
  { return: {} },
];
writeFileSync(join(dirname(qemu10), 'replies'), replies.map((r) => JSON.stringify(r)).join('\n') + '\n');
writeFileSync(qemu10, `#!/bin/sh\ncat '${join(dirname(qemu10), 'replies')}'\ncat >/dev/null\n`);
chmodSync(qemu10, 0o755);

/** What a node's "QEMU" is to /proc: an executable named qemu-system-x86_64 (a copy of /bin/sh waiting on its stdin). */
const standIn = join(root, 'bin', 'qemu-system-x86_64');
mkdirSync(dirname(standIn), { recursive: true });
copyFileSync('/bin/sh', standIn);
chmodSync(standIn, 0o755);

const env = { PATH: process.env.PATH, HOME: user, VMLAB_HOME: home, VMLAB_QEMU: qemu10, VMLAB_STOP_GRACE_MS: '3000' };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function vmlab(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: root, env, timeout: 30_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : null) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

/** A running node: its stand-in process and its monitor. */
interface Live {
  node: DesiredNode;
  process: ChildProcess;
  monitor: Server;
}

const live = new Map<string, Live>();

/**
 * HMP `info network` as QEMU 10.0.2 prints it (test/exec/qemu/netinfo.test.ts
 * has captured samples): the NIC, then its netdev. A stream listener shows its
 * peer's address once connected, `listening` before; a reconnecting connector
 * the address it dialled, or `connecting` while its listener is gone. Fillers'
 * netdevs are left out (vmlab reads only socket, stream and dgram lines).
 */
function infoNetwork(node: DesiredNode): string {
  const lines: string[] = [];
  for (const nic of node.nics) {
    lines.push(`nic${nic.index}: index=0,type=nic,model=${node.nicDriver},macaddr=${nic.mac}`);
    if (nic.kind === 'mgmt') lines.push(' \\ mgmt: index=0,type=user,net=10.0.2.0,restrict=on');
    const link = nic.link;
    if (!link || link.mode === 'udp') continue;
    const peerUp = live.has(link.peer.slice(0, link.peer.indexOf(':')));
    const state =
      link.mode === 'listen' ? (peerUp ? `tcp:127.0.0.1:${50000 + nic.index}` : 'listening') : peerUp ? `tcp:${link.address}:${link.port}` : 'connecting';
    lines.push(` \\ net${nic.index}: index=0,type=stream,${state}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A QEMU monitor of a running guest: one JSON answer per command line. */
function monitorOf(paths: LabPaths, node: DesiredNode): Promise<Server> {
  const server = createServer((socket) => {
    socket.write(`${JSON.stringify({ QMP: { version: { qemu: version.qemu, package: '' }, capabilities: ['oob'] } })}\n`);
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl).trim();
        buffer = buffer.slice(nl + 1);
        if (!line) continue;
        const { execute, arguments: args } = JSON.parse(line) as { execute: string; arguments?: Record<string, string> };
        if (execute === 'query-status') socket.write(`${JSON.stringify({ return: { status: 'running', singlestep: false, running: true } })}\n`);
        else if (execute === 'human-monitor-command' && args?.['command-line'] === 'info network')
          socket.write(`${JSON.stringify({ return: infoNetwork(node) })}\n`);
        // What QEMU 10 lists under /objects with no user objects: its type property.
        else if (execute === 'qom-list') socket.write(`${JSON.stringify({ return: [{ name: 'type', type: 'string' }] })}\n`);
        else socket.write(`${JSON.stringify({ return: {} })}\n`);
        // The guest powers off (or QEMU is told to quit): its QEMU exits.
        if (execute === 'system_powerdown' || execute === 'quit') void crash(node.name);
      }
    });
    socket.on('error', () => undefined);
  });
  return new Promise((resolve) => server.listen(paths.monitor(node.name), () => resolve(server)));
}

/** Starts a node's stand-in QEMU, as the runtime's start would: pidfile, overlay, monitor; its PID. */
async function startNode(paths: LabPaths, node: DesiredNode): Promise<number> {
  for (const dir of [paths.qemuDir, paths.disksDir]) mkdirSync(dir, { recursive: true });
  writeFileSync(paths.overlay(node.name), '');
  const child = spawn(standIn, ['-c', 'read line', 'qemu-system-x86_64', '-name', node.name, '-pidfile', paths.pidfile(node.name)], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  await new Promise((resolve, reject) => child.once('spawn', resolve).once('error', reject));
  writeFileSync(paths.pidfile(node.name), `${child.pid}\n`);
  rmSync(paths.monitor(node.name), { force: true });
  const monitor = await monitorOf(paths, node);
  live.set(node.name, { node, process: child, monitor });
  // Killed by someone else (destroy's SIGKILL): gone all the same.
  child.once('exit', () => {
    if (live.get(node.name)?.process !== child) return;
    live.delete(node.name);
    monitor.close();
  });
  return child.pid!;
}

/** The node's QEMU dies (kill -9): its process is gone, its monitor with it. */
async function crash(name: string): Promise<void> {
  const node = live.get(name);
  if (!node) return;
  live.delete(name);
  node.monitor.close();
  if (node.process.exitCode === null && node.process.signalCode === null) {
    const exited = new Promise((resolve) => node.process.once('exit', resolve));
    node.process.kill('SIGKILL');
    await exited;
  }
}

/**
 * The runtime the fake machine gives apply: the stand-in QEMUs above, which
 * the fake machine's own world (what apply plans against) sees as its
 * processes and overlays, as it sees those of its in-memory runtime.
 */
class StandInRuntime extends FakeRuntime {
  static identity: Awaited<ReturnType<FakeRuntime['imageIdentity']>>;
  override async start(node: DesiredNode) {
    const pid = await startNode(this.paths, node);
    this.processes.set(pid, node.name);
    this.files.add(this.paths.overlay(node.name));
    live.get(node.name)!.process.once('exit', () => this.processes.delete(pid));
    return pid;
  }
  override async imageIdentity() {
    return StandInRuntime.identity;
  }
  override now() {
    return new Date();
  }
}

const machine = new FakeMachine(QEMU_10, (paths) => new StandInRuntime(paths));

/** vmlab apply of fixtures/demo, the use case itself, on the fake machine with stand-in QEMUs. */
async function apply(): Promise<string[]> {
  StandInRuntime.identity = (await imageIdentity(home, image))!;
  const outcome = await applyLab({
    specDir: specs,
    home,
    request: { host: undefined, hostRequired: true },
    command: 'vmlab apply',
    lockWaitMs: 1000,
    progress: { node: () => undefined },
    machine,
    review: async () => true,
  });
  expect(outcome.results.filter((r) => r.status !== 'done')).toEqual([]);
  return outcome.results.map((r) => r.id);
}

afterAll(async () => {
  for (const name of [...live.keys()]) await crash(name);
  rmSync(root, { recursive: true, force: true });
});

// ---------------------------------------------------------- the normalisations

const shownHome = (text: string) => text.split(home).join(SHOWN_HOME);

/** Progress lines' elapsed time: `[  0.1s]` → `[ …s]`. */
const progressTimes = (text: string) => text.replace(/^\[\s*\d+\.\d+s\]/gm, '[ …s]');

/**
 * The pid and uptime columns of status's node table (the first table),
 * masked cell and width alike, rule lines included: the segments between
 * the table's vertical rules, at the positions of the header's `pid` and
 * `uptime`, become `<pid>` and `<uptime>` (in the header, the names without
 * their padding).
 */
function maskStatusColumns(text: string): string {
  const lines = text.split('\n');
  const header = lines.findIndex((l) => /^│ node /.test(l));
  if (header < 0) return text;
  const cellsOf = (line: string) => line.split(/[│┌┬┐├┼┤└┴┘]/);
  const names = cellsOf(lines[header]!).map((c) => c.trim());
  const masked = new Map([
    [names.indexOf('pid'), '<pid>'],
    [names.indexOf('uptime'), '<uptime>'],
  ]);
  const borders = /[│┌┬┐├┼┤└┴┘]/g;
  let end = lines.findIndex((l, i) => i > header && l.startsWith('└'));
  if (end < 0) end = lines.length - 1;
  for (let i = header - 1; i <= end; i++) {
    const line = lines[i]!;
    const joints = line.match(borders) ?? [];
    const cells = cellsOf(line).map((cell, c) => {
      const mask = masked.get(c);
      if (mask === undefined) return cell;
      if (i === header) return ` ${cell.trim()} `; // its padding follows the widest PID
      return /^─+$/.test(cell) ? '─' : ` ${mask} `;
    });
    lines[i] = cells.map((cell, c) => `${cell}${joints[c] ?? ''}`).join('');
  }
  return lines.join('\n');
}

/** What a block shows, against what the CLI printed, both normalised alike. */
function expectShown(b: DocBlock, run: Run, normalise: (text: string) => string = (t) => t): void {
  const output = shownHome(run.stdout + run.stderr);
  const printed = normalise(output);
  const shown = normalise(b.output);
  if (printed !== shown) {
    throw new Error(
      `${b.at}: the block "${b.name}" (${b.command}) is not what vmlab prints. vmlab printed:\n\n${output}\nNormalised, the lines that differ (- the docs, + vmlab):\n${diff(shown, printed)}`,
    );
  }
}

/** A small line diff for the failure message: `-` the docs, `+` vmlab. */
function diff(shown: string, printed: string): string {
  const a = shown.split('\n');
  const b = printed.split('\n');
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (a[i] !== undefined) out.push(`- ${a[i]}`);
    if (b[i] !== undefined) out.push(`+ ${b[i]}`);
  }
  return out.join('\n');
}

// ------------------------------------------------------------------- the checks

/** Every check, by marker name. */
const BLOCKS = ['plan-demo', 'validate-bad-interface', 'graph-two-hosts', 'ssh-macs-leaf1', 'status-demo', 'plan-demo-killed', 'destroy-demo'] as const;

test('every marked block names a check, and every check finds its one block', () => {
  expect([...blocks.keys()].filter((name) => !(BLOCKS as readonly string[]).includes(name))).toEqual([]);
  for (const name of BLOCKS) block(name);
});

test('the normalisations mask only what they say', () => {
  const table = ['┌────┬─────┬──────┐', '│ node │ pid │ uptime │', '├──────┼─────┼────────┤', '│ a │ 123 │ 5s │', '└────┴─────┴──────┘'].join('\n');
  expect(maskStatusColumns(table)).toBe(['┌────┬─┬─┐', '│ node │ pid │ uptime │', '├──────┼─┼─┤', '│ a │ <pid> │ <uptime> │', '└────┴─┴─┘'].join('\n'));
  expect(maskStatusColumns(table.replace('│ pid │', '│ pid    │').replace('│ 123 │', '│ 123456 │'))).toBe(maskStatusColumns(table));
  expect(progressTimes('[ 12.5s] leaf1: destroying\nLab destroyed.\n')).toBe('[ …s] leaf1: destroying\nLab destroyed.\n');
  expect(shownHome(`Lab "demo" (${home}/labs/demo)`)).toBe('Lab "demo" (/root/.vmlab/labs/demo)');
});

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped (but `-` and `_`), spaces to `-`. */
const anchor = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

/** The anchors of a markdown file's headings (not counting lines inside fenced blocks). */
function anchorsOf(file: string): Set<string> {
  let fenced = false;
  const found = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    const heading = fenced ? null : /^#+ (.*)$/.exec(line);
    if (heading) found.add(anchor(heading[1]!));
  }
  return found;
}

test('every relative link of README.md and docs/ leads to a file, and every #anchor to a heading of it', () => {
  const broken: string[] = [];
  for (const file of DOCS) {
    const text = readFileSync(join(REPO, file), 'utf8').replace(/^```[\s\S]*?^```/gm, '');
    for (const [, link] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(link!)) continue; // https:, mailto:
      const [path, hash] = link!.split('#') as [string, string | undefined];
      const target = path === '' ? join(REPO, file) : normalize(join(REPO, dirname(file), path));
      if (!existsSync(target)) broken.push(`${file}: ${link} (no such file)`);
      else if (hash !== undefined && target.endsWith('.md') && !anchorsOf(target).has(hash)) broken.push(`${file}: ${link} (no such heading)`);
    }
  }
  expect(broken).toEqual([]);
});

test("docs/architecture.md's source map names every folder under src/", () => {
  const text = readFileSync(join(REPO, 'docs', 'architecture.md'), 'utf8');
  const map = /^## Source map\n[\s\S]*?^```\n([\s\S]*?)^```/m.exec(text)?.[1] ?? '';
  const folders = (dir: string): string[] =>
    readdirSync(join(REPO, 'src', dir), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .flatMap((e) => [join(dir, e.name), ...folders(join(dir, e.name))]);
  // A top folder begins its line (`  engine/ …`); a folder inside one is named as `execute/` in its parent's lines.
  const missing = folders('').filter((f) => (f.includes('/') ? !map.includes(`${f.slice(f.lastIndexOf('/') + 1)}/`) : !new RegExp(`^  ${f}/ `, 'm').test(map)));
  expect(missing).toEqual([]);
});

test('plan of the demo before anything is deployed (README tour)', async () => {
  const b = block('plan-demo');
  const run = await vmlab(argsOf(b));
  expect(run.code).toBe(0);
  expectShown(b, run);
});

test('validate of a spec with a wrong interface name', async () => {
  const b = block('validate-bad-interface');
  const run = await vmlab(argsOf(b));
  expect(run.code).toBe(3);
  expectShown(b, run);
});

test('graph of the two-hosts lab', async () => {
  const b = block('graph-two-hosts');
  const run = await vmlab(argsOf(b));
  expect(run.code).toBe(0);
  expectShown(b, run);
});

test("the MACs a guest shows are the ones vmlab planned for leaf1's NICs, in NIC order; its hostname is the node's name", async () => {
  const b = block('ssh-macs-leaf1');
  expect(b.command).toBe("npx vmlab ssh leaf1 -- 'hostname; cat /sys/class/net/eth*/address'");
  const planned = JSON.parse((await vmlab(['plan', '-S', 'fixtures/demo', '--json'])).stdout);
  const macs = planned.nodes.leaf1.nics.map((n: { mac: string }) => n.mac);
  expect(b.output).toBe(['leaf1', ...macs].map((l) => `${l}\n`).join(''));
});

describe('the demo deployed (QEMUs are stand-ins)', () => {
  beforeAll(async () => {
    expect(await apply()).toEqual(['create:leaf1', 'create:leaf2', 'create:spine1', 'patch-profile:leaf1', 'patch-profile:leaf2', 'patch-profile:spine1']);
  });

  test('status: every node running, every link up', async () => {
    const b = block('status-demo');
    const run = await vmlab(argsOf(b));
    expect(run.code).toBe(0);
    expectShown(b, run, maskStatusColumns);
  });

  test("kill -9 of leaf1's QEMU, then plan: leaf1 starts, and nothing else", async () => {
    await crash('leaf1');
    const b = block('plan-demo-killed');
    const run = await vmlab(argsOf(b));
    expect(run.code).toBe(0);
    expectShown(b, run);
  });

  test('apply heals it; destroy stops every QEMU and puts the profiles back', async () => {
    const patched = readFileSync(join(specs, 'profiles', 'leaf1.json'), 'utf8');
    expect(await apply()).toEqual(['start:leaf1']);
    expect([...live.keys()].sort()).toEqual(['leaf1', 'leaf2', 'spine1']);
    const b = block('destroy-demo');
    const run = await vmlab(argsOf(b));
    expect(run.code).toBe(0);
    expectShown(b, run, progressTimes);
    expect(live.size).toBe(0);
    expect(readFileSync(join(specs, 'profiles', 'leaf1.json'), 'utf8')).toBe(readFileSync(join(REPO, 'fixtures', 'demo', 'profiles', 'leaf1.json'), 'utf8'));
    expect(patched).not.toBe(readFileSync(join(specs, 'profiles', 'leaf1.json'), 'utf8'));
  });
});
