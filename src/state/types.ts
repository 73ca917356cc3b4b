import type { Impairment } from '../model/impairment.js';
import type { DesiredLink, QemuConfig, TestHost } from '../model/types.js';
import type { ImageIdentity } from './image-identity.js';
import type { MgmtNetwork } from '../model/mgmt-network.js';

/**
 * What vmlab intends for a node: `running`, or `stopped` by the user (then it
 * stays stopped on later applies until started).
 */
export type NodeIntent = 'running' | 'stopped';

export interface NodeRecord {
  intent: NodeIntent;
  host: string | null;
  pid: number | null;
  ssh_port: number;
  console_port: number;
  bind_address: string;
  /** Where the serial console listens (127.0.0.1); absent in older state files, where it listened on bind_address. */
  console_bind?: string;
  /** Login for `vmlab ssh` and readiness (the profile or platform credentials). */
  credentials: { user: string | null; pass: string | null };
  /** The settings the running QEMU was started with; a change means replace. */
  config: QemuConfig;
  /** sha256 of `config`, for quick comparison and for saved plans. */
  config_hash: string;
  started_at: string | null;
  /** The base image the overlay was made over, as it was then (absent in older state files). */
  image_identity?: ImageIdentity | null;
  /** Did the guest answer SSH after its last start? false while booting, or if readiness failed or vmlab was killed meanwhile. */
  ready: boolean;
  /**
   * A VM holding test hosts: the hosts (namespaces, NICs, addresses) as set up
   * inside it. Written at start (set up before the VM counts as ready) and by
   * each live update. Absent for other VMs.
   */
  test_hosts?: TestHost[];
  /**
   * Data interfaces whose carrier vmlab turned off on this QEMU (QMP
   * set_link), sorted; absent when none. QEMU cannot be asked (see
   * netinfo.ts), so this is all vmlab knows of the carriers. A new QEMU starts
   * with every carrier on, so each start writes it afresh.
   */
  carrier_off?: string[];
  /**
   * The management network its QEMU was started with: `isolated` (restrict=on)
   * or `outbound` (vm_mgmt_outbound). Absent in records of QEMUs started
   * before vmlab isolated guests: those run unrestricted.
   */
  mgmt_network?: MgmtNetwork;
  /** Warm start: the key of the template its overlay was cloned from (the overlay's backing file lives there); absent: a cold boot's overlay over the base image. */
  template?: string;
}

/** The profile fields vmlab owns: the only ones it ever writes. */
export type OwnedProfileField = 'mgmt_ip' | 'ssh_port' | 'console_port';

/** The undo of one owned field, recorded the first time vmlab changes it. */
export interface ProfileFieldUndo {
  /** Was the field in the file before vmlab first wrote it? If not, destroy removes it. */
  had: boolean;
  /** When `had`: the original value's exact JSON source text (`1500.0`, a huge integer, an object as laid out). */
  original_text?: string;
  /** The value vmlab wrote last: destroy puts the original back only while the file still holds it. */
  written: string | number;
}

/** How to put a profile back as it was before vmlab touched it, field by field. */
export interface ProfileRestore {
  /** The profile's path inside the spec directory, `profiles/<node>.json` (`nodes/<node>.json` in a network directory). */
  file: string;
  /** false when vmlab created the profile: destroy removes it if nothing but vmlab's fields is left in it. */
  existed: boolean;
  /** Only the fields vmlab has changed; the others were never touched. */
  fields: Partial<Record<OwnedProfileField, ProfileFieldUndo>>;
}

/** A lab-wide snapshot: every node's RAM and disk at one instant, kept inside the overlays. */
export interface SnapshotRecord {
  name: string;
  created: string;
  nodes: string[];
  /** Hash of the desired graph when it was taken: restoring into a changed topology is refused. */
  desired_hash: string;
}

export interface LabState {
  format_version: 1;
  name: string;
  created: string;
  spec_dir: string;
  host: string | null;
  /** Bumped on every write; a saved plan records it to detect staleness. */
  serial: number;
  /** Random id of this lab's state history; a destroyed and re-created lab gets a new one. */
  lineage: string;
  nodes: Record<string, NodeRecord>;
  links: DesiredLink[];
  profiles: Record<string, ProfileRestore>;
  snapshots?: Record<string, SnapshotRecord>;
  /** Links taken down on purpose (`vmlab link down`), sorted; absent in older state files and when none is. */
  link_intents?: LinkIntent[];
  /** Impairments set live (`vmlab link impair`), by direction, sorted; absent when none is. */
  link_impairments?: ImpairmentIntent[];
}

/**
 * An impairment set live on one direction of a link (`vmlab link impair`):
 * it takes the place of what the specs declare for that direction (null: a
 * plain wire, `--clear`) until `vmlab link impair … --declared`. Named by the
 * sending and receiving ends as the graph names them.
 */
export interface ImpairmentIntent {
  from: string;
  to: string;
  impairment: Impairment | null;
  since: string;
}

/** One direction in the impairment relay, as it reports it. */
export interface RelayDirection {
  impairment: Impairment;
  counters: Record<string, number>;
  /** Are the sender QEMU's two chardevs connected (tap: frames in, back: frames out)? */
  connected: { tap: boolean; back: boolean };
}

/** The lab's impairment relay on this host, as it answers for itself. */
export interface ImpairRelayStatus {
  pid: number;
  /** By direction id (`leaf1.nic1`: the sender and its NIC). */
  directions: Record<string, RelayDirection>;
}

/**
 * A link the user took down (`vmlab link down`): the carrier of both its
 * ends stays off on this host's nodes, through applies and restarts, until
 * `vmlab link up`. Named by its two endpoints as the specs write them.
 */
export interface LinkIntent {
  a: string;
  z: string;
  admin: 'down';
  since: string;
}

/** What the runtime reported for a node's QEMU (QMP query-status), or why it could not. */
export type VmStatus = 'running' | 'paused' | 'shutdown' | 'guest-panicked' | 'unreachable' | (string & {});

/**
 * What QEMU says of a data NIC's netdev (HMP info network, see
 * exec/qemu/netinfo.ts): connected; a stream listener nobody is connected
 * to; a reconnecting stream connector retrying; a socket with no connection
 * (a listener waiting, or a connector that lost its listener for good); a
 * stream connect that failed; or a connectionless (UDP) netdev.
 */
export type NetdevState = 'connected' | 'listening' | 'connecting' | 'unconnected' | 'failed' | 'datagram';

export interface ObservedNode {
  record: NodeRecord;
  /** running: the PID is alive and is this lab's QEMU; exited: no such process (or it is someone else's). */
  process: 'running' | 'exited';
  /** Why process is `exited` when the PID lives on as another program. */
  pidReused: boolean;
  vm: VmStatus | null;
  overlay: boolean;
  /** The base image now, null when it cannot be read (or was not looked at). */
  image: ImageIdentity | null;
  /** Per data interface of a TCP connector: is its socket connected? null when not observed. */
  links: Record<string, 'up' | 'down'> | null;
  /** Per linked data interface (either role, any transport): its netdev's state. Absent or null when not observed. */
  netdevs?: Record<string, NetdevState> | null;
  /** Its SSH forward relay, for a running node that has one (model/mgmt-network.ts); absent when it has none or it was not looked at. */
  relay?: 'running' | 'gone';
  /** NICs whose outgoing frames are diverted to the impairment relay (QMP: its filters exist); absent or null when not observed. */
  diverted?: number[] | null;
}

/** The profile fields vmlab writes, as currently found in the profile files. */
export interface ObservedProfile {
  exists: boolean;
  mgmt_ip?: unknown;
  ssh_port?: unknown;
  console_port?: unknown;
}

export interface ObservedLab {
  state: LabState | null;
  nodes: Record<string, ObservedNode>;
  profiles: Record<string, ObservedProfile>;
  /** The impairment relay here: what it answers, null when none runs; absent when not looked at. */
  impairRelay?: ImpairRelayStatus | null;
}
