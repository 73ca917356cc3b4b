/**
 * The machine port: everything the use cases (engine/) ask of the machine
 * they run on, other than starting and stopping nodes through a plan (the
 * Runtime). The real one (exec/machine.ts) reads /proc, talks QMP and runs
 * qemu-img; unit tests of the use cases pass an in-memory fake. Types only.
 */
import type { Writable } from 'node:stream';
import type { Nic } from '../model/types.js';
import type { LabPaths } from '../state/paths.js';
import type { LabState } from '../state/types.js';
import type { WorldReader } from '../state/world.js';
import type { AccelChoice, QemuCapabilities } from './qemu.js';
import type { Runtime, RuntimeOptions } from './runtime.js';

/** A live QEMU of a lab, proven to be that lab's by its -pidfile. */
export interface LabQemu {
  pid: number;
  node: string;
}

/** Who listens on a TCP port, for "port in use by …" messages. */
export interface PortHolder {
  pid: number | null;
  description: string;
}

/** The node's saved states, while its QEMU runs (QMP) or on its overlay while it is stopped (qemu-img). */
export interface Snapshots {
  /**
   * Runs `fn` with the QEMUs of these nodes paused, all at once, and resumes
   * them afterwards whatever happens: saved or loaded together, the nodes
   * see one instant.
   */
  whilePaused(paths: LabPaths, nodes: string[], fn: (vm: LiveSnapshots) => Promise<void>): Promise<void>;
  /** Deletes a saved state of a running node. */
  deleteLive(paths: LabPaths, node: string, name: string): Promise<void>;
  /** Saves (`create`) or deletes a saved state in a stopped node's overlay. */
  offline(paths: LabPaths, node: string, op: 'create' | 'delete', name: string): Promise<void>;
  /** Bytes of saved state per snapshot name in a node's overlay (empty when it cannot be read). */
  sizes(paths: LabPaths, node: string): Promise<Map<string, number>>;
}

/** Saving and loading the state of paused, running nodes. */
export interface LiveSnapshots {
  save(node: string, name: string): Promise<void>;
  load(node: string, name: string): Promise<void>;
}

/** Where a capture taps: a linked NIC of a running VM. */
export interface CaptureTap {
  /** As the user wrote it (`leaf1:Ethernet0`, or a test host's `h1:eth0`). */
  endpoint: string;
  /** The VM that runs the NIC (for a test host: the VM that holds it). */
  vm: string;
  nic: Nic;
  /** The other end of the link. */
  peer: string;
}

export type CaptureStopReason = 'count' | 'duration' | 'interrupted' | 'output closed' | 'source closed' | 'bad stream';

export interface CaptureOutcome {
  packets: number;
  /** Packets not written because the output did not keep up. */
  dropped: number;
  reason: CaptureStopReason;
  /** Why the output failed, when it did for another reason than its reader going away. */
  outputError: string | null;
  /** Why the stream ended early (the VM stopped, a stream that is not pcap). */
  sourceError: string | null;
  /** false: QMP could not remove the filter; the next vmlab command on the lab removes it. */
  filterRemoved: boolean;
}

export interface CaptureRequest {
  paths: LabPaths;
  tap: CaptureTap;
  /** Where the pcap goes. */
  output: Writable;
  /** Stop after this many packets. */
  count?: number;
  durationMs?: number;
  /** Is the VM's QEMU still running? (A filter cannot outlive its QEMU.) */
  qemuAlive(): boolean;
}

export interface RunningCapture {
  /** The QEMU object that taps the NIC, named in messages when it cannot be removed. */
  filter: string;
  /** The netdev tapped, for the "Capturing …" line. */
  netdev: string;
  stop(reason: CaptureStopReason): void;
  done: Promise<CaptureOutcome>;
}

/** Packet capture on a running VM's link, and the cleanup of captures whose vmlab was killed. */
export interface Captures {
  start(request: CaptureRequest): Promise<RunningCapture>;
  /** Removes filters and files of captures whose vmlab is gone; says what it removed. */
  sweep(paths: LabPaths, state: LabState, say: (node: string, message: string) => void): Promise<void>;
}

/** Where a login to a guest goes: a VM's SSH forward, and for a test host the namespace inside it. */
export interface GuestLogin {
  host: string;
  port: number;
  user: string;
  pass: string | null;
  /** The test host's network namespace in the VM; null: the VM itself. */
  namespace: string | null;
}

export interface GuestRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * How to reach a node's serial console. Consoles listen on 127.0.0.1 of the
 * node's host only: a node on this machine is a TCP connection, one on
 * another server goes through `ssh -W` to that server.
 */
export type ConsoleRoute = { via: 'tcp'; host: string; port: number } | { via: 'ssh'; argv: string[] };

/** Logins to running guests over SSH, and their serial consoles. */
export interface Guests {
  /** Attaches this process's terminal to the console (raw mode) until Ctrl-] or the line closes; rejects when it cannot be reached. */
  console(route: ConsoleRoute): Promise<void>;
  /** Runs one command (in the login's namespace, if any) and collects its output and exit code. */
  run(login: GuestLogin, command: string): Promise<GuestRun>;
  /** An interactive shell on this process's terminal (`term` as TERM); resolves with the remote exit code. */
  shell(login: GuestLogin, term: string): Promise<number>;
}

export interface Machine {
  /** This machine's own IP addresses. */
  addresses(): string[];
  /** Its cores and memory now: how many VMs may boot at once, and which nodes are bigger than it. */
  facts(): { cpus: number; memoryMb: number; freeMemoryMb: number };
  /** How a lab is observed here: /proc for processes, QMP for each QEMU. */
  world(paths: LabPaths): WorldReader;
  /** /proc only: processes and files, no monitor asked (fast, for link admin and status of stopped labs). */
  processWorld: WorldReader;
  /** Makes the runtime that carries out a plan on this lab. */
  runtime(paths: LabPaths, options: RuntimeOptions): Promise<Runtime>;
  /** The accelerator to run guests with: `requested` (kvm, tcg, auto) or the best that works here. */
  accel(requested?: string): AccelChoice;
  /** The QEMU here and what it can do (asked once per binary, cached), or null when none is installed. */
  qemu(home: string): Promise<QemuCapabilities | null>;
  /** Records in the home what this QEMU can do, for servers and later runs. */
  rememberQemu(home: string, capabilities: QemuCapabilities): void;
  /** Where NIC `index` sits on the guest's PCI buses (`bus/addr`): part of a warm start template's identity. */
  nicSlot(index: number): string;
  /** Every live QEMU of the lab in this directory, in PID order. */
  labQemus(labDir: string): LabQemu[];
  /** Kills a QEMU proven to be this lab's (SIGKILL), and waits for it to go. */
  killQemu(pid: number, labDir: string): Promise<void>;
  /** Turns the carrier of these NICs of a running node on or off (QMP set_link). */
  setCarrier(paths: LabPaths, node: string, nics: Pick<Nic, 'index'>[], up: boolean): Promise<void>;
  snapshots: Snapshots;
  captures: Captures;
  guests: Guests;
  ports: {
    free(address: string, port: number): Promise<boolean>;
    /** Does something accept a TCP connection there within `timeoutMs`? */
    answers(address: string, port: number, timeoutMs: number): Promise<boolean>;
    holder(port: number): PortHolder;
    /** The TCP states (as /proc/net/tcp writes them) of sockets on this local port. */
    socketStates(port: number): string[];
  };
}
