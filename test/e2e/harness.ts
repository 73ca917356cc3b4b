import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execa, type ResultPromise } from 'execa';
import { isLabQemu } from '../../src/state/identity.js';
import { procProcess } from '../../src/state/proc-world.js';

export const ROOT = resolve(process.cwd());
export const IMAGE = join(ROOT, 'fixtures', 'image', 'out', 'vmlab-tiny.qcow2');
const CLI = join(ROOT, 'bin', 'vmlab.js');

/**
 * End-to-end tests need QEMU and the test image. Missing either is a
 * failure, loudly, never a skip: `npm test` (scripts/setup.sh) installs both.
 */
export function requireQemu(): void {
  const qemu = execaSyncWhich('qemu-system-x86_64');
  if (!qemu) throw new Error('qemu-system-x86_64 is not installed: run scripts/setup.sh (apt-get install qemu-system-x86 qemu-utils)');
  if (!existsSync(IMAGE)) throw new Error(`test image ${IMAGE} is missing: run scripts/setup.sh (fixtures/image/build.sh)`);
}

function execaSyncWhich(binary: string): boolean {
  return (process.env.PATH ?? '').split(':').some((dir) => existsSync(join(dir, binary)));
}

export interface TestLab {
  /** The temp directory of this lab's copy (removed by cleanUp). */
  root: string;
  specs: string;
  home: string;
  name: string;
  labDir: string;
  run(args: string[], opts?: { reject?: boolean }): Promise<{ code: number; stdout: string; stderr: string }>;
  /** The CLI running in the background; `stdin: 'pipe'` to type into it (console). */
  spawn(args: string[], opts?: { stdin?: 'pipe' | 'ignore' }): ResultPromise;
  topology(): any;
  writeTopology(t: unknown): void;
  state(): any;
  profileText(node: string): string;
}

/**
 * A copy of a fixture lab in a temp directory, with its own VMLAB_HOME and
 * port bases, so that tests never collide with each other or with a lab
 * someone is running. The image path points at the built test image.
 */
export function makeLab(fixture: string, name: string, bases: { link: number; console: number; ssh: number }, options: { home?: string } = {}): TestLab {
  const root = mkdtempSync(join(tmpdir(), `vmlab-e2e-${name}-`));
  const specs = join(root, 'specs');
  // Labs that share a vmlab home (warm-start templates) name the first one's.
  const home = options.home ?? join(root, 'home');
  cpSync(join(ROOT, 'fixtures', fixture), specs, { recursive: true });
  const platformsFile = join(specs, 'platforms.json');
  const platforms = JSON.parse(readFileSync(platformsFile, 'utf8'));
  for (const p of Object.values<any>(platforms.platforms)) p.vm_image = IMAGE;
  writeFileSync(platformsFile, `${JSON.stringify(platforms, null, 2)}\n`);
  const topologyFile = join(specs, 'topology.json');
  const topology = JSON.parse(readFileSync(topologyFile, 'utf8'));
  topology.vmlab = { ...topology.vmlab, name, link_port_base: bases.link, console_port_base: bases.console, ssh_port_base: bases.ssh };
  writeFileSync(topologyFile, `${JSON.stringify(topology, null, 2)}\n`);
  const env = { VMLAB_HOME: home, VMLAB_SPECS: '', VMLAB_ACCEL: process.env.VMLAB_ACCEL ?? '' };
  const lab: TestLab = {
    root,
    specs,
    home,
    name,
    labDir: join(home, 'labs', name),
    async run(args, opts) {
      const r = await execa('node', [CLI, ...args], { env, reject: opts?.reject ?? false, timeout: 600_000, stdin: 'ignore' });
      return { code: r.exitCode ?? -1, stdout: String(r.stdout), stderr: String(r.stderr) };
    },
    spawn(args, opts) {
      return execa('node', [CLI, ...args], { env, reject: false, stdin: opts?.stdin ?? 'ignore', timeout: 600_000 });
    },
    topology: () => JSON.parse(readFileSync(topologyFile, 'utf8')),
    writeTopology: (t) => writeFileSync(topologyFile, `${JSON.stringify(t, null, 2)}\n`),
    state: () => JSON.parse(readFileSync(join(home, 'labs', name, 'state.json'), 'utf8')),
    profileText: (node) => readFileSync(join(specs, 'profiles', `${node}.json`), 'utf8'),
  };
  return lab;
}

/** PIDs of every live QEMU of this lab, found through /proc (exe + command line naming the lab dir). */
export function labQemus(lab: TestLab): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => isLabQemu(procProcess(pid), lab.labDir))
    .sort((a, b) => a - b);
}

/** Tear-down that runs even when a test failed: destroy, then kill anything of the lab left. */
export async function cleanUp(lab: TestLab): Promise<void> {
  await lab.run(['destroy', '--lab', lab.name, '--force', '--lock-wait', '30']);
  for (const pid of labQemus(lab)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
  rmSync(lab.root, { recursive: true, force: true });
}

/** Reads from a TCP port until `pattern` shows up (e.g. a console prompt). */
export function readUntil(port: number, pattern: RegExp, timeoutMs: number, nudge = '\r'): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const socket = connect({ host: '127.0.0.1', port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no ${pattern} on port ${port} within ${timeoutMs} ms; got: ${JSON.stringify(seen.slice(-300))}`));
    }, timeoutMs);
    socket.on('connect', () => socket.write(nudge));
    socket.on('data', (d) => {
      seen += d.toString();
      if (pattern.test(seen)) {
        clearTimeout(timer);
        socket.destroy();
        resolve(seen);
      }
    });
    socket.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}
