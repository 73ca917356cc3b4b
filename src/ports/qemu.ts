/**
 * The words the engine and the QEMU adapters share about QEMU itself: which
 * accelerator runs the guests, what the binary here can do, and which
 * programs to run. Types and plain data only; exec/qemu/ finds them out.
 */
import type { LinkKind } from '../model/types.js';

export type Accel = 'kvm' | 'tcg';

/** The accelerator chosen for this run, and why (printed before an apply). */
export interface AccelChoice {
  accel: Accel;
  why: string;
}

/** The option that makes a stream netdev's connector reconnect, in the spelling this QEMU accepts. */
export type StreamReconnect = 'reconnect-ms' | 'reconnect';

/** What vmlab found out about the QEMU it runs. */
export interface QemuCapabilities {
  /** The binary's real path. */
  binary: string;
  version: string;
  /** null: this QEMU's stream netdevs cannot reconnect (before 8.0). */
  streamReconnect: StreamReconnect | null;
  /** How TCP links are built on it. */
  links: LinkKind;
  /** The binary's size and mtime when asked: the cache key beside its path. */
  size: number;
  mtime_ms: number;
}

/**
 * The programs vmlab runs and how long it waits for a guest, as the CLI's
 * entry read them from the environment (VMLAB_QEMU, VMLAB_QEMU_IMG,
 * VMLAB_STOP_GRACE_MS, PATH). Handed down as a value, so no module below the
 * CLI reads process.env, and tests name a fake QEMU without touching theirs.
 */
export interface QemuTools {
  /** The QEMU system emulator: a path, or a bare name looked up on `searchPath`. */
  qemu: string;
  /** qemu-img: overlays, snapshots of stopped VMs, image import. */
  qemuImg: string;
  /** How long a guest gets to power down cleanly before QEMU is told to quit. */
  stopGraceMs: number;
  /** Where a bare `qemu` name is looked up (PATH), to find its real file for the capability cache. */
  searchPath: string;
}

/** What vmlab uses when the environment says nothing. */
export const DEFAULT_QEMU_TOOLS: Omit<QemuTools, 'searchPath'> = {
  qemu: 'qemu-system-x86_64',
  qemuImg: 'qemu-img',
  stopGraceMs: 10_000,
};
