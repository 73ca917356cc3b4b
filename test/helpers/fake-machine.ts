import { nicPlace } from '../../src/exec/qemu/pci.js';
import type { CaptureOutcome, CaptureRequest, CaptureStopReason, GuestLogin, LabQemu, Machine, RunningCapture } from '../../src/ports/machine.js';
import type { QemuCapabilities } from '../../src/ports/qemu.js';
import type { Runtime, RuntimeOptions } from '../../src/ports/runtime.js';
import type { LabPaths } from '../../src/state/paths.js';
import type { WorldReader } from '../../src/state/world.js';
import { observingThrough, type PlanningMachine, type WorldSource } from '../../src/engine/plan-lab.js';
import { FakeRuntime } from './fake-runtime.js';

/** QEMU 10 as the machines of this project have it: stream links that reconnect. */
export const QEMU_10: QemuCapabilities = {
  binary: '/usr/bin/qemu-system-x86_64',
  version: '10.0.2',
  streamReconnect: 'reconnect-ms',
  links: 'stream',
  size: 1,
  mtime_ms: 1,
};

/** A fake machine planning through a fixed world (a lab nobody runs, say). */
export function planningThrough(world: WorldSource, qemu: QemuCapabilities | null = QEMU_10): PlanningMachine {
  return observingThrough(new FakeMachine(qemu), world);
}

/** A capture the fake started: what it was asked, and a way to end it as QEMU or the user would. */
export interface FakeCapture {
  request: CaptureRequest;
  stopped: CaptureStopReason | null;
  finish(outcome?: Partial<CaptureOutcome>): void;
}

/**
 * The machine port in memory, for unit tests of the use cases (engine/): one
 * FakeRuntime per lab directory (so what apply started, destroy sees),
 * snapshots kept per node, carriers, captures and guest logins recorded in
 * `log` (what each runtime did: in its own log), in the order the use case
 * asked for them. Nothing touches QEMU.
 */
export class FakeMachine implements Machine {
  readonly log: string[] = [];
  readonly runtimes = new Map<string, FakeRuntime>();
  /** Saved states by node. */
  readonly saved = new Map<string, Set<string>>();
  readonly captureRuns: FakeCapture[] = [];
  /** Ports something else holds. */
  readonly busyPorts = new Set<number>();
  /** Nodes whose QMP fails a snapshot command, and why. */
  readonly snapshotFailures = new Map<string, string>();
  /** What each guest command returns. */
  guestAnswer: (login: GuestLogin, command: string) => { code: number; stdout: string; stderr: string } = () => ({ code: 0, stdout: '', stderr: '' });
  /** Captures of killed vmlab runs that a sweep would find, by node. */
  readonly staleCaptures = new Map<string, string>();

  /** The runtimes a use case asked for (to carry out a plan), in order. */
  readonly runtimesAsked: FakeRuntime[] = [];

  constructor(
    readonly qemuHere: QemuCapabilities | null = QEMU_10,
    private readonly makeRuntime: (paths: LabPaths) => FakeRuntime = (paths) => new FakeRuntime(paths),
  ) {}

  /** The lab's fake runtime, made on first use: its processes are the lab's QEMUs. */
  lab(paths: LabPaths): FakeRuntime {
    let fake = this.runtimes.get(paths.dir);
    if (!fake) {
      fake = this.makeRuntime(paths);
      this.runtimes.set(paths.dir, fake);
    }
    return fake;
  }

  addresses() {
    return ['127.0.0.1'];
  }

  /** The machine of this project: 2 cores, 24 GiB. */
  facts() {
    return { cpus: 2, memoryMb: 24 * 1024, freeMemoryMb: 20 * 1024 };
  }

  world(paths: LabPaths): WorldReader {
    return this.lab(paths).world();
  }

  get processWorld(): WorldReader {
    const all = () => [...this.runtimes.values()];
    return {
      process: (pid) =>
        all()
          .map((r) => r.world().process(pid))
          .find((p) => p !== null) ?? null,
      fileExists: (path) => all().some((r) => r.files.has(path)),
    };
  }

  async runtime(paths: LabPaths, options: RuntimeOptions): Promise<Runtime> {
    if (options.accel) this.log.push(`runtime ${options.accel}`);
    const fake = this.lab(paths);
    this.runtimesAsked.push(fake);
    return fake;
  }

  accel(requested?: string) {
    return { accel: requested === 'kvm' ? ('kvm' as const) : ('tcg' as const), why: 'the fake machine' };
  }

  async qemu() {
    return this.qemuHere;
  }

  rememberQemu(_home: string, capabilities: QemuCapabilities) {
    this.log.push(`remember QEMU ${capabilities.version}`);
  }

  nicSlot(index: number) {
    const p = nicPlace(index);
    return `${p.bus}/${p.addr}`;
  }

  labQemus(labDir: string): LabQemu[] {
    const fake = this.runtimes.get(labDir);
    return [...(fake?.processes ?? new Map<number, string>()).entries()].map(([pid, node]) => ({ pid, node })).sort((a, b) => a.pid - b.pid);
  }

  async killQemu(pid: number, labDir: string) {
    this.log.push(`kill ${pid}`);
    this.runtimes.get(labDir)?.processes.delete(pid);
  }

  /** Starts a QEMU of the lab that state.json does not know (a vmlab killed before recording it). */
  stray(paths: LabPaths, node: string): number {
    const fake = this.lab(paths);
    const pid = fake.nextPid++;
    fake.processes.set(pid, node);
    return pid;
  }

  async setCarrier(_paths: LabPaths, node: string, nics: { index: number }[], up: boolean) {
    this.log.push(`carrier ${node} nic${nics.map((n) => n.index).join(',')} ${up ? 'on' : 'off'}`);
  }

  private savedOf(node: string): Set<string> {
    let names = this.saved.get(node);
    if (!names) this.saved.set(node, (names = new Set()));
    return names;
  }

  private failing(node: string, command: string): void {
    const why = this.snapshotFailures.get(node);
    if (why) throw new Error(`${node}: "${command}" failed: ${why}`);
  }

  readonly snapshots: Machine['snapshots'] = {
    whilePaused: async (_paths, nodes, fn) => {
      this.log.push(`pause ${nodes.join(',')}`);
      try {
        await fn({
          save: async (node, name) => {
            this.failing(node, `savevm ${name}`);
            this.savedOf(node).add(name);
            this.log.push(`savevm ${node} ${name}`);
          },
          load: async (node, name) => {
            this.failing(node, `loadvm ${name}`);
            if (!this.savedOf(node).has(name)) throw new Error(`${node}: "loadvm ${name}" failed: no snapshot`);
            this.log.push(`loadvm ${node} ${name}`);
          },
        });
      } finally {
        this.log.push(`resume ${nodes.join(',')}`);
      }
    },
    deleteLive: async (_paths, node, name) => {
      this.savedOf(node).delete(name);
      this.log.push(`delvm ${node} ${name}`);
    },
    offline: async (_paths, node, op, name) => {
      if (op === 'create') this.savedOf(node).add(name);
      else this.savedOf(node).delete(name);
      this.log.push(`qemu-img ${op} ${node} ${name}`);
    },
    sizes: async (_paths, node) => new Map([...this.savedOf(node)].map((name) => [name, 1024 * 1024] as const)),
  };

  readonly captures: Machine['captures'] = {
    start: async (request) => {
      this.log.push(`capture ${request.tap.vm} nic${request.tap.nic.index}`);
      let resolve!: (o: CaptureOutcome) => void;
      const done = new Promise<CaptureOutcome>((r) => (resolve = r));
      const run: FakeCapture = {
        request,
        stopped: null,
        finish: (outcome = {}) =>
          resolve({ packets: 0, dropped: 0, reason: run.stopped ?? 'source closed', outputError: null, sourceError: null, filterRemoved: true, ...outcome }),
      };
      this.captureRuns.push(run);
      const running: RunningCapture = {
        filter: `vmlab-capture-fake-${this.captureRuns.length}`,
        netdev: `net${request.tap.nic.index}`,
        stop: (reason) => {
          run.stopped = reason;
          run.finish({ reason });
        },
        done,
      };
      return running;
    },
    sweep: async (_paths, _state, say) => {
      for (const [node, what] of this.staleCaptures) say(node, what);
      this.log.push('sweep captures');
      this.staleCaptures.clear();
    },
  };

  readonly guests: Machine['guests'] = {
    console: async (route) => {
      this.log.push(`console ${route.via === 'tcp' ? `${route.host}:${route.port}` : route.argv.join(' ')}`);
    },
    run: async (login, command) => {
      this.log.push(`ssh ${login.user}@${login.host}:${login.port}${login.namespace ? ` in ${login.namespace}` : ''}: ${command}`);
      return this.guestAnswer(login, command);
    },
    shell: async (login) => {
      this.log.push(`shell ${login.user}@${login.host}:${login.port}`);
      return 0;
    },
  };

  readonly ports: Machine['ports'] = {
    free: async (_address, port) => !this.busyPorts.has(port),
    answers: async (_address, port) => this.busyPorts.has(port),
    holder: (port) => ({ pid: null, description: `the test's holder of ${port}` }),
    socketStates: () => [],
  };
}
