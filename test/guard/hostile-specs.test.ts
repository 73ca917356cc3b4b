// Issue 18: hostile spec directories. Each is run through the real CLI
// (bin/vmlab.js, the built bundle: run `npm run build` after changing src/),
// validate and plan, in a child process with a timeout: every one must be
// refused with exit 3 naming the file and JSON path, none may crash (exit
// 70) or hang, and nothing may be written (VMLAB_HOME stays empty, the spec
// directory unchanged).
import { execFile } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordFigure } from '../support/figures.js';
import { hostileCases, writeLab, type HostileCase, type HostileClass, type Layout } from './hostile-cases.js';

/** The CLI under test: the repository's, unless HOSTILE_VMLAB names another build (to see the suite fail on old code). */
const CLI = process.env.HOSTILE_VMLAB ?? join(process.cwd(), 'bin', 'vmlab.js');
/** Each run must end well within this; a hang is killed here and counts as a failure. */
const TIMEOUT_MS = 15000;
const SLOW_MS = 8000;
/** The classes that crashed or hung vmlab before (issue 18): run through `plan` as well as `validate`. */
const PLANNED = new Set<HostileClass>(['special files', 'proto keys', 'nesting']);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  killed: boolean;
}

function vmlab(args: string[], home: string): Promise<Run> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [CLI, ...args],
      { timeout: TIMEOUT_MS, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024, env: { PATH: process.env.PATH, HOME: home, VMLAB_HOME: join(home, 'vmlab') } },
      (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : null) : 0;
        resolve({
          code,
          stdout: String(stdout),
          stderr: String(stderr),
          ms: Date.now() - started,
          killed: child.killed || (err as { killed?: boolean } | null)?.killed === true,
        });
      },
    );
  });
}

/** Everything below a directory as lstat sees it (never opening a file: some are FIFOs or devices). */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = lstatSync(p);
      out.push(`${p} ${s.mode} ${s.size} ${s.mtimeMs}${s.isSymbolicLink() ? ` -> ${readlinkSync(p)}` : ''}`);
      if (s.isDirectory()) walk(p);
    }
  };
  walk(dir);
  return out;
}

/** Runs jobs `width` at a time (2 cores: the CLI runs are what takes time). */
async function pool<T, R>(items: T[], width: number, job: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await job(items[i]!);
      }
    }),
  );
  return results;
}

interface Outcome {
  c: HostileCase;
  problems: string[];
  ms: number;
}

const root = mkdtempSync(join(tmpdir(), 'vmlab-hostile-'));
const cases = hostileCases();
let outcomes: Outcome[] = [];

async function tryCase(c: HostileCase, i: number): Promise<Outcome> {
  const caseRoot = join(root, `case-${i}`);
  const home = join(caseRoot, 'home');
  mkdirSync(home, { recursive: true });
  const dir = await writeLab(join(caseRoot, 'lab'), c);
  const before = snapshot(join(caseRoot, 'lab'));
  const problems: string[] = [];
  const where = `error: ${c.file}${c.path ? ` ${c.path}` : ''}: `;
  let ms = 0;
  // validate plans too (read-only); plan itself is run on the classes that crashed or hung it.
  for (const command of PLANNED.has(c.cls) ? ['validate', 'plan'] : ['validate']) {
    const run = await vmlab([command, '-S', dir], home);
    ms = Math.max(ms, run.ms);
    if (run.killed || run.code === null) problems.push(`${command}: killed after ${run.ms} ms (a hang)`);
    else if (run.code !== 3) problems.push(`${command}: exit ${run.code}${run.code === 70 ? ' (a crash)' : ''}: ${run.stderr.slice(0, 400)}`);
    else if (!run.stderr.includes(where)) problems.push(`${command}: does not say ${JSON.stringify(where)}: ${run.stderr.slice(0, 400)}`);
    else if (c.says !== undefined && !run.stderr.includes(c.says))
      problems.push(`${command}: does not say ${JSON.stringify(c.says)}: ${run.stderr.slice(0, 400)}`);
    if (run.ms > SLOW_MS && !run.killed) problems.push(`${command}: took ${run.ms} ms`);
    // Nothing a spec names may reach the terminal raw: no ESC, NUL, bell or C1 control in the output.
    if (/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u.test(run.stderr)) problems.push(`${command}: control characters in the output`);
  }
  const home2 = join(home, 'vmlab');
  if (existsSync(home2) && readdirSync(home2).length > 0) problems.push(`VMLAB_HOME not empty: ${readdirSync(home2).join(', ')}`);
  if (JSON.stringify(snapshot(join(caseRoot, 'lab'))) !== JSON.stringify(before)) problems.push('the spec directory changed');
  rmSync(caseRoot, { recursive: true, force: true });
  return { c, problems, ms };
}

beforeAll(async () => {
  outcomes = await pool(
    cases.map((c, i) => [c, i] as const),
    2,
    ([c, i]) => tryCase(c, i),
  );
}, 300_000);

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  const classes = [...new Set(cases.map((c) => c.cls))].sort();
  for (const cls of classes) {
    const mine = outcomes.filter((o) => o.c.cls === cls);
    const layouts = [...new Set(mine.map((o) => o.c.layout))].join(' and ');
    const slowest = Math.max(0, ...mine.map((o) => o.ms));
    recordFigure(`hostile-specs-${cls}`, {
      table: 'hostile',
      what: `hostile spec dirs: ${cls}`,
      tried: mine.length,
      ok: mine.filter((o) => o.problems.length === 0).length,
      detail: `${PLANNED.has(cls) ? 'validate + plan' : 'validate'} via bin/vmlab.js (${layouts} layouts): exit 3 naming file + JSON path, no crash, no hang (slowest ${slowest} ms), nothing written`,
    });
  }
});

test('at least 100 hostile spec directories, in both layouts, of every class', () => {
  expect(cases.length).toBeGreaterThanOrEqual(100);
  const classes: HostileClass[] = ['names', 'numbers', 'nesting', 'special files', 'sizes', 'proto keys'];
  for (const cls of classes) {
    const layouts = new Set<Layout>(cases.filter((c) => c.cls === cls).map((c) => c.layout));
    expect([cls, [...layouts].sort()]).toEqual([cls, ['network', 'specs']]);
  }
});

test("the lab they start from is valid in both layouts (so each refusal is the hostile part's)", async () => {
  for (const layout of ['specs', 'network'] as const) {
    const base = join(root, `valid-${layout}`);
    const home = join(base, 'home');
    mkdirSync(home, { recursive: true });
    const dir = await writeLab(join(base, 'lab'), { layout });
    const run = await vmlab(['validate', '-S', dir], home);
    expect([layout, run.code, run.stderr]).toEqual([layout, 0, expect.stringContaining('valid')]);
  }
});

describe.each(['names', 'numbers', 'nesting', 'special files', 'sizes', 'proto keys'])('%s', (cls) => {
  test('every directory: exit 3 with file and JSON path, no crash, no hang, nothing written', () => {
    const failed = outcomes.filter((o) => o.c.cls === cls && o.problems.length > 0).map((o) => `${o.c.label} (${o.c.layout}): ${o.problems.join('; ')}`);
    expect(failed).toEqual([]);
  });
});

test("devices and hosts named like Object's own properties are refused by the name rule, exit 3 (they crashed with exit 70)", async () => {
  const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'];
  const base = join(root, 'proto-names');
  const home = join(base, 'home');
  mkdirSync(home, { recursive: true });
  for (const layout of ['specs', 'network'] as const) {
    const key = layout === 'specs' ? 'devices' : 'nodes';
    const dir = await writeLab(join(base, layout), {
      layout,
      edit: (f) => {
        f.topology[key] = Object.fromEntries(names.map((n) => [n, {}]));
        f.topology.links = [
          { a: 'constructor:Ethernet0', z: 'toString:Ethernet0' },
          { a: 'valueOf:Ethernet0', z: 'hasOwnProperty:Ethernet0' },
        ];
        f.profiles = { constructor: { platform: 'p' }, toString: { platform: 'p', vm_host: 'valueOf' } };
        const section = layout === 'specs' ? 'vmlab' : 'newtlab';
        f.topology[section].hosts = { valueOf: '127.0.0.1', constructor: '10.0.0.2' };
      },
    });
    for (const command of ['validate', 'plan']) {
      const run = await vmlab([command, '-S', dir], home);
      expect([layout, command, run.code]).toEqual([layout, command, 3]);
      for (const name of names)
        expect(run.stderr).toContain(
          `error: topology.json /${key}/${name}: device name "${name}" is not a safe name: it is the name of a property every JavaScript object has`,
        );
      expect(run.stderr).toContain(`/hosts/valueOf: host name "valueOf" is not a safe name`);
    }
  }
});
