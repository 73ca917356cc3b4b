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
