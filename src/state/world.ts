import type { ImageIdentity } from './image-identity.js';
import type { ImpairRelayStatus, NetdevState, NodeRecord, VmStatus } from './types.js';

/** What a process is, as far as vmlab needs to know to trust a PID. */
export interface ProcessInfo {
  exe: string;
  cmdline: string[];
}

export interface VmObservation {
  status: VmStatus;
  /** Per data interface that connects to a TCP listener: is the socket connected? */
  links: Record<string, 'up' | 'down'>;
  /** Per linked data interface: what its netdev says (absent from worlds that do not look). */
  netdevs?: Record<string, NetdevState>;
  /** NICs whose frames go through the impairment relay (absent from worlds that do not look). */
  diverted?: number[];
}

/**
 * The read side of the world, as gather() sees it. The real one reads /proc
 * and asks QEMU over QMP; unit tests pass plain objects.
 */
export interface WorldReader {
  process(pid: number): ProcessInfo | null;
  fileExists(path: string): boolean;
  /** Size and content hash of a base image (cached in `home`), null if unreadable; `known`: the recorded one (read-image-identity.ts). */
  imageIdentity?(home: string, path: string, known?: ImageIdentity | null): Promise<ImageIdentity | null>;
  /** Does the node's SSH forward relay run? Absent when it is not to be looked at. */
  relayRunning?(node: string): boolean;
  /** Asks the node's QEMU how it is; absent when the monitor is not to be asked. */
  queryVm?(node: string, record: NodeRecord): Promise<VmObservation>;
  /** Asks the lab's impairment relay how it is (null: none runs); absent when it is not to be asked. */
  impairRelay?(): Promise<ImpairRelayStatus | null>;
}
