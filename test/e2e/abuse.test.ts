/**
 * The fault and abuse suite on real QEMU (issue 8): `kill -9` of `vmlab apply`
 * at randomly chosen moments of a real lab's apply, each followed by an apply
 * that must converge with no leaked QEMU and the profiles intact; profile
 * files in odd formats that must come back byte for byte after all of it;
 * damaged state.json with real QEMUs running, cleaned up by
 * `destroy --force`, which must kill the lab's QEMUs and no other.
 * The figures go to the table printed at the end of the run (figures.ts).
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { execa } from 'execa';
import { DAMAGED_STATES, damage } from '../helpers/damaged-states.js';
import { recordFigure } from '../support/figures.js';
import { cleanUp, labQemus, makeLab, requireQemu, type TestLab } from './harness.js';

jest.setTimeout(900_000);

const ROUNDS = 10;
/** Profiles as people write them: CRLF, a 19-digit integer, 1500.0, inline arrays, tabs, no final newline. */
const ODD_PROFILES: Record<string, string> = {
  sw1: '{\r\n\t"mgmt_ip": "PLACEHOLDER",\r\n\t"asn":  4200000000123456789,\r\n\t"mtu": 1500.0,\r\n\t"vlans": [10, 20,30],\r\n\t"site": "lab"\r\n}',
  sw2: '{ "site" : "lab",   "loopback": "10.0.0.2",\n  "ssh_port": 1e3 }\n',
};

/** A small seeded PRNG (mulberry32): the kill points are random but can be replayed with VMLAB_ABUSE_SEED. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let lab: TestLab;
const apply = () => lab.run(['apply', '-S', lab.specs, '--yes']);
const profile = (node: string) => join(lab.specs, 'profiles', `${node}.json`);
const statePids = () =>
  Object.values<any>(lab.state().nodes)
    .map((r) => r.pid)
    .sort((a, b) => a - b);

beforeAll(() => {
  requireQemu();
  lab = makeLab('labs/two-node', 'e2e-abuse', { link: 47000, console: 47010, ssh: 47020 });
  for (const [node, text] of Object.entries(ODD_PROFILES)) writeFileSync(profile(node), text);
});

afterAll(async () => {
  if (lab) await cleanUp(lab);
});

/** After a converging apply: nothing left to do, exactly the recorded QEMUs run, the profiles say where the nodes are. */
async function expectConverged(): Promise<void> {
  const again = await lab.run(['plan', '-S', lab.specs, '--detailed-exitcode']);
  expect({ code: again.code, out: again.stdout }).toMatchObject({ code: 0 });
  expect(labQemus(lab)).toEqual(statePids());
  expect(statePids()).toHaveLength(2);
  for (const [node, record] of Object.entries<any>(lab.state().nodes)) {
    expect(record.ready).toBe(true);
    const text = readFileSync(profile(node), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ mgmt_ip: '127.0.0.1', ssh_port: record.ssh_port, console_port: record.console_port });
  }
  // vmlab changed only its own values in sw1's odd profile: every other byte is still there.
  const sw1 = readFileSync(profile('sw1'), 'utf8');
  for (const kept of ['\r\n\t"asn":  4200000000123456789,\r\n', '"mtu": 1500.0,', '"vlans": [10, 20,30]']) expect(sw1).toContain(kept);
}

test(`kill -9 of vmlab apply at ${ROUNDS} random moments: each next apply converges, no QEMU leaks, profiles come back byte for byte`, async () => {
  const seed = Number(process.env.VMLAB_ABUSE_SEED ?? Date.now() % 1_000_000);
  const random = prng(seed);
  // One clean apply first: how long a whole apply takes here sets the range of kill moments.
  const t0 = Date.now();
  const first = await apply();
  expect(first.code).toBe(0);
  const applyMs = Date.now() - t0;
  await expectConverged();
  expect((await lab.run(['destroy', '--lab', lab.name])).code).toBe(0);
  for (const [node, text] of Object.entries(ODD_PROFILES)) expect(readFileSync(profile(node), 'utf8')).toBe(text);

  // Stratified: one moment drawn at random in each tenth of a whole apply (up to 95% of it), so the kills
  // spread over reading the specs, creating overlays, starting QEMUs, booting, and patching profiles.
  const span = applyMs * 0.95;
  const moments = Array.from({ length: ROUNDS }, (_, i) => Math.round((span * (i + random())) / ROUNDS));
  const rows: string[] = [];
  let converged = 0;
  for (const [i, at] of moments.entries()) {
    const child = lab.spawn(['apply', '-S', lab.specs, '--yes']);
    let seen = '';
    child.stderr?.on('data', (d: Buffer) => (seen += d.toString()));
    await new Promise((r) => setTimeout(r, at));
    child.kill('SIGKILL');
    await child;
    const lastStep =
      seen
        .trim()
        .split('\n')
        .filter((l) => /^\[/.test(l))
        .pop() ?? '(before the first step)';
    const t1 = Date.now();
    const heal = await apply();
    expect({ round: i, code: heal.code, stderr: heal.code === 0 ? '' : heal.stderr }).toEqual({ round: i, code: 0, stderr: '' });
    await expectConverged();
    converged++;
    rows.push(
      `  round ${String(i + 1).padStart(2)}: killed at ${(at / 1000).toFixed(2).padStart(5)} s after ${lastStep.replace(/^\[\s*[\d.]+s\]\s*/, '')}; converged in ${((Date.now() - t1) / 1000).toFixed(1)} s`,
    );
    // The next round starts from nothing again, so every kill lands inside a real apply.
    expect((await lab.run(['destroy', '--lab', lab.name])).code).toBe(0);
    expect(labQemus(lab)).toEqual([]);
  }
  process.stdout.write(`\nkill -9 of vmlab apply (seed ${seed}, a whole apply took ${(applyMs / 1000).toFixed(1)} s):\n${rows.join('\n')}\n`);
  recordFigure('kill-apply', {
    what: 'kill -9 of vmlab apply, then apply',
    tried: ROUNDS,
    ok: converged,
    detail: `converged, no leaked QEMU, profiles intact (seed ${seed})`,
  });

  // After all of it, destroy put every profile back exactly as it was written.
  const same = Object.entries(ODD_PROFILES).filter(([node, text]) => readFileSync(profile(node), 'utf8') === text).length;
  recordFigure('profiles-bytes', {
    what: 'odd profiles after apply + kills + destroy',
    tried: Object.keys(ODD_PROFILES).length,
    ok: same,
    detail: `byte for byte (CRLF, tabs, 4200000000123456789, 1500.0, inline arrays, 1e3, no final newline; ${ROUNDS + 1} applies)`,
  });
  expect(same).toBe(Object.keys(ODD_PROFILES).length);
});

test('a deployed lab is private: lab directory 0700, state.json and console logs 0600, no password in its files', async () => {
  expect((await apply()).code).toBe(0);
  const mode = (p: string) => statSync(p).mode & 0o777;
  expect(mode(lab.labDir)).toBe(0o700);
  expect(mode(join(lab.labDir, 'state.json'))).toBe(0o600);
  for (const node of ['sw1', 'sw2']) expect(mode(join(lab.labDir, 'logs', `${node}.log`))).toBe(0o600);
  const { stdout } = await execa('grep', ['-rl', 'YourPaSsWoRd', join(lab.labDir, 'logs')], { reject: false });
  expect(stdout).toBe('');
});

/**
 * Every damaged shape is cleaned up in test/guard/state.test.ts (no VMs). Here a few of them, each with the lab's
 * QEMUs really running: one that leaves nothing readable, one that breaks a node record, one that breaks a profile record.
 */
const LIVE_DAMAGES = DAMAGED_STATES.filter(([what]) => ['not JSON', 'a PID that is a string', 'a garbled profile record'].includes(what));

test('damaged state.json with the lab running: destroy --force kills exactly its QEMUs, restores the profiles, removes the lab', async () => {
  // A decoy: a QEMU that is not this lab's but names the lab's directory on its command line.
  const decoyPidfile = join(lab.home, '..', 'decoy.pid');
  await execa('qemu-system-x86_64', [
    '-machine',
    'none',
    '-display',
    'none',
    '-nodefaults',
    '-daemonize',
    '-pidfile',
    decoyPidfile,
    '-name',
    `${lab.labDir}/qemu/sw1.pid`,
  ]);
  const decoy = Number(readFileSync(decoyPidfile, 'utf8'));
  let cleaned = 0;
  let killedAndRemoved = 0;
  try {
    for (const [what, how] of LIVE_DAMAGES) {
      if ((await apply()).code !== 0) throw new Error(`apply before "${what}" failed`);
      const running = labQemus(lab);
      expect(running).toHaveLength(2);
      damage(join(lab.labDir, 'state.json'), how);
      const status = await lab.run(['status', '--lab', lab.name]);
      expect({ what, code: status.code }).toEqual({ what, code: 1 });
      const r = await lab.run(['destroy', '--force', '--lab', lab.name]);
      expect({ what, code: r.code, removed: existsSync(lab.labDir), left: labQemus(lab) }).toEqual({ what, code: 0, removed: false, left: [] });
      expect(existsSync(`/proc/${decoy}`)).toBe(true);
      killedAndRemoved++;
      // Shapes that keep the profiles' undo records readable put the profiles back; the others leave them patched, and say so.
      if (readFileSync(profile('sw1'), 'utf8') === ODD_PROFILES.sw1) cleaned++;
      else expect(r.stderr).toMatch(/profile/);
      for (const [node, text] of Object.entries(ODD_PROFILES)) writeFileSync(profile(node), text);
    }
  } finally {
    process.kill(decoy, 'SIGKILL');
  }
  recordFigure('state-live', {
    what: 'damaged state.json, lab running',
    tried: LIVE_DAMAGES.length,
    ok: killedAndRemoved,
    detail: `destroy --force killed the lab's QEMUs (and never a decoy naming its path), removed the lab; profiles put back in ${cleaned}`,
  });
});
