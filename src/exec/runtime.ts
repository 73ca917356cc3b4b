import type { DesiredNode, Nic } from '../model/types.js';
import type { FieldChange } from '../plan/types.js';
import type { NodeRecord } from '../state/types.js';

/** Where the executor reports progress; the CLI prints it on stderr. */
export interface Progress {
  node(name: string, message: string): void;
}

/**
 * The write side of the world, as the executor sees it. The real one drives
 * QEMU; tests of the executor's bookkeeping pass a fake.
 */
/** A listener on another host that a node connects to. */
export interface RemoteListener {
  iface: string;
  peer: string;
  host: string;
  address: string;
  port: number;
}

export interface Runtime {
  /**
   * Waits until every listener on another host answers. QEMU 7.2 does not
   * fail when a connect is refused: the link would just stay dead.
   */
  waitForListeners(node: DesiredNode, remote: RemoteListener[], progress: Progress): Promise<void>;
  /** Starts the node's QEMU (a fresh overlay when `fresh`), returns its PID once it runs. */
  start(node: DesiredNode, fresh: boolean): Promise<number>;
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
  /** Changes what QEMU can change while running: SSH forward, console port, NIC carrier, pause. */
  updateLive(node: DesiredNode, record: NodeRecord, changes: FieldChange[]): Promise<void>;
  /**
   * Turns the carrier of these NICs of a running node off or on (QMP set_link
   * on the NIC device: the guest sees its link go down or up; the netdev
   * stays connected).
   */
  setCarrier(name: string, nics: Nic[], up: boolean): Promise<void>;
  /** Removes a node's overlay, pidfile, monitor socket and logs. */
  removeFiles(name: string): void;
}
