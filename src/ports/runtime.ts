import type { RemoteListener } from '../model/topology.js';
import type { DesiredNode, Nic } from '../model/types.js';
import type { BuildTemplateAction, NicImpairment, TemplateRef, UpdateStep } from '../plan/types.js';
import type { Secrets } from '../specs/secrets.js';
import type { ImageIdentity } from '../state/image-identity.js';
import type { LabPaths } from '../state/paths.js';
import type { Accel, QemuCapabilities } from './qemu.js';

export type { RemoteListener };

/** Where the executor reports progress; the CLI prints it on stderr. */
export interface Progress {
  node(name: string, message: string): void;
}

/** How a node's QEMU starts. */
export interface StartOptions {
  /** A new overlay (else the one there is kept). */
  fresh: boolean;
  /** Halted before its first instruction (-S), for a snapshot to be loaded. */
  paused: boolean;
  /** Warm start: the clone's template. */
  template?: TemplateRef;
  /** Its impaired directions: the relay is told first, the NICs are diverted from the QEMU's start. */
  impaired?: NicImpairment[];
}

/** The steps of an update that QEMU's monitor carries out (the test hosts' setup runs over SSH). */
export type LiveStep = Exclude<UpdateStep, { step: 'setup-test-hosts' }>;

/**
 * The write side of the world, as the executor sees it: QEMU processes,
 * their files, the guests, and the clock. The real one drives QEMU; tests of
 * the executor pass a fake that keeps everything in memory.
 */
export interface Runtime {
  /**
   * Waits until every listener on another host answers. QEMU 7.2 does not
   * fail when a connect is refused: the link would just stay dead.
   */
  waitForListeners(node: DesiredNode, remote: RemoteListener[], progress: Progress): Promise<void>;
  /**
   * Starts the node's QEMU (a fresh overlay when `fresh`; halted before its
   * first instruction when `paused`, for a snapshot to be loaded), returns
   * its PID once it runs.
   */
  start(node: DesiredNode, options: StartOptions): Promise<number>;
  /**
   * Warm start, with `template` (and `fresh`): the overlay is a clone over the
   * template's disk, the QEMU restores the template's saved state and runs
   * with every data NIC's carrier off. This re-identifies its guest (MACs,
   * hostname, host keys) over SSH, within the node's boot timeout.
   */
  reidentify(node: DesiredNode, progress: Progress): Promise<void>;
  /** Builds a warm-start template: cold boot, readiness, state saved, QEMU stopped; then moved into the home's templates/. */
  buildTemplate(action: BuildTemplateAction, progress: Progress): Promise<void>;
  /** Stops the node's QEMU if it is ours and alive; how it ended. */
  stop(name: string, pid: number | null, graceful: boolean): Promise<string>;
  /** Interfaces whose connecting socket did not connect. */
  unconnectedLinks(node: DesiredNode): Promise<string[]>;
  /** Waits until the guest answers SSH and the credentials log in. */
  waitReady(node: DesiredNode, progress: Progress): Promise<void>;
  /**
   * Sets up the test hosts of a VM that holds them, inside the running guest
   * (namespaces, NICs, addresses, routes), removing the namespaces of
   * `remove` (hosts that left it). Idempotent.
   */
  setupTestHosts(node: DesiredNode, remove: string[]): Promise<void>;
  /** Changes what QEMU can change while running: SSH forward, console, NIC unplug and carrier, resume. */
  updateLive(name: string, steps: LiveStep[]): Promise<void>;
  /**
   * Turns the carrier of these NICs of a running node off or on (QMP set_link
   * on the NIC device: the guest sees its link go down or up; the netdev
   * stays connected).
   */
  setCarrier(name: string, nics: Pick<Nic, 'index'>[], up: boolean): Promise<void>;
  /** Removes a node's overlay, pidfile, monitor socket and logs. */
  removeFiles(name: string): void;
  /** Who a base image is now (a new overlay is made over it); null when it cannot be read. */
  imageIdentity(image: string): Promise<ImageIdentity | null>;
  /** The time now. */
  now(): Date;
}

/** What a use case knows when it asks for a runtime. */
export interface RuntimeOptions {
  /** The accelerator to start QEMUs with; absent: the best this machine has. */
  accel?: Accel;
  /** Reveals `${secret:KEY}` in logins and console text at the moment they are used; absent: there are none. */
  secrets?: Secrets;
  /** What the QEMU here can do (how a stream connector spells its retry); null or absent: not known. */
  qemu?: QemuCapabilities | null;
}

/** Makes the runtime of one lab: the one seam through which use cases get QEMU (tests pass fakes). */
export type RuntimeFactory = (paths: LabPaths, options: RuntimeOptions) => Runtime;
