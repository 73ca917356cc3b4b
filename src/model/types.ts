import type { Impairment } from './impairment.js';
import type { NodePlacement } from '../specs/resolved.js';
import type { SonicBootstrap } from '../specs/sonic.js';
import type { ConsoleStep, LinkTransport } from '../specs/types.js';

/**
 * The link kind: how a TCP link is built. `stream` (QEMU 8 and later, what
 * vmlab runs): a stream netdev whose connector reconnects by itself, so a
 * node restarts alone; `socket`: the socket netdev of QEMU 7.2, whose
 * connector never reconnects (start order, cascade restarts). The two speak
 * the same wire format. One concept, written under keys that are part of
 * files and output and keep their names: `DesiredGraph.tcpBackend` (in the
 * desired hash), `NicLink.backend` (state.json), `QemuCapabilities.links`
 * (the capability cache), `plan --json` `qemu.links` and link states'
 * `transport`.
 */
export type LinkKind = 'socket' | 'stream';

/** How one data NIC reaches its peer. */
export type NicLink =
  | {
      mode: 'listen' | 'connect';
      address: string;
      port: number;
      peer: string;
      /** `stream`; absent for a socket netdev (so records from before stream links read the same). */
      backend?: 'stream';
      /** A stream connector: how often it retries its listener. It reconnects by itself after the listener restarts. */
      reconnect_ms?: number;
    }
  /** UDP point-to-point: sends to address:port, receives on local_address:local_port. */
  | { mode: 'udp'; address: string; port: number; local_address: string; local_port: number; peer: string };

export interface Nic {
  index: number;
  kind: 'mgmt' | 'link' | 'filler';
  mac: string;
  interface?: string;
  link?: NicLink;
}

/** One interface of a test host: a NIC of its VM, moved into the host's namespace and renamed. */
export interface TestHostInterface {
  /** Its name in the namespace, as the specs write it (`eth0`). */
  name: string;
  /** Its NIC on the VM. */
  nic: number;
  mac: string;
  /** The endpoint at the other end of its link (`sw1:Ethernet0`), null when unlinked. */
  peer: string | null;
  /** IPv4 address with prefix length, or null. */
  address: string | null;
}

/** A test host: a network namespace, named after it, in the VM that holds it. */
export interface TestHost {
  name: string;
  /** Its contiguous block of the VM's data NICs, in port order (empty: no links, an empty namespace). */
  interfaces: TestHostInterface[];
  /** Default route via this address, or null. */
  gateway: string | null;
}

/** One VM as the specs want it. */
export interface DesiredNode {
  name: string;
  index: number;
  host: string | null;
  platform: string;
  image: string;
  memoryMb: number;
  cpus: number;
  nicDriver: string;
  cpuFeatures: string | null;
  credentials: { user: string | null; pass: string | null };
  bootTimeoutS: number;
  /** The platform's own console steps. */
  consoleBootstrap: ConsoleStep[];
  /** vmlab's built-in SONiC console bootstrap (a SONiC platform without steps of its own), else null. */
  sonicBootstrap: SonicBootstrap | null;
  /** Extra `-fw_cfg name=…,string=…` entries, name → value. */
  fwCfg: Record<string, string>;
  /**
   * The platform opted out of isolation (vm_mgmt_outbound): its management
   * network is QEMU user networking without restrict=on. Absent (the
   * default): isolated; absent so that the graphs (and hashes) of labs
   * without it stay as they were.
   */
  mgmtOutbound?: true;
  /**
   * Where vmlab placed it by capacity and why (absent when the specs send it:
   * vm_host, default_host, one host). Shown by the plan; not part of the
   * graph's hash, whose meaning is where nodes run (`host`), not why.
   */
  placement?: NodePlacement;
  /** Address the SSH forward binds to (and the profile's mgmt_ip): 127.0.0.1, or the host's IP in a multi-host lab. */
  bindAddress: string;
  /**
   * Address the serial console binds to: always 127.0.0.1, also in a
   * multi-host lab (a console is an unauthenticated root shell). Other
   * servers reach it through `vmlab console`, over SSH to the node's host.
   */
  consoleBind: string;
  sshPort: number;
  consolePort: number;
  /** NIC 0 (management) first, then data NICs by index, fillers in the gaps. */
  nics: Nic[];
  /** The test hosts this VM holds, in name order; empty for any other VM. */
  testHosts: TestHost[];
  /**
   * A VM holding test hosts whose logins differ by value (or whose first host
   * has none): whose login vmlab uses on it, and which hosts differ. Absent
   * when it is simply its first host's, so that such graphs (and their
   * hashes) stay as they were.
   */
  testHostLogin?: { host: string; differing: string[] };
  /**
   * Warm start (vm_warm_start): new QEMUs of this node start from a booted
   * template of its platform, then are re-identified by these commands (null:
   * the built-in Linux steps). Absent or null: every start is a cold boot.
   */
  warm?: { reidentify: string[] | null } | null;
}

export interface DesiredLink {
  index: number;
  a: string;
  z: string;
  /** TCP: the one port; UDP: side a's local port (side z's is port + 1). */
  port: number;
  /** The node whose end listens (TCP), null for UDP links. */
  listener: string | null;
  /** Which end listens (TCP); tells the two ends of a link between two interfaces of one node apart. */
  listenEnd: 'a' | 'z' | null;
  transport: LinkTransport;
}

/**
 * One impaired direction of a link: the frames `from` sends to `to` go
 * through vmlab's impairment relay, diverted on the sender's NIC (its host
 * does it: nothing but the link itself crosses servers).
 */
export interface LinkImpairment {
  /** The sending end, in the graph's terms (a test host's is `hostvm:h1/eth0`). */
  from: string;
  to: string;
  /** The sending VM and its NIC. */
  node: string;
  nic: number;
  impairment: Impairment;
}

/** The whole lab as the specs want it: the planner's input, free of I/O. */
export interface DesiredGraph {
  lab: string;
  transport: LinkTransport;
  /** How TCP links are built on the QEMU at hand; absent: socket. */
  tcpBackend?: LinkKind;
  hosts: Record<string, string>;
  /** Sorted by name; `index` is the position. */
  nodes: DesiredNode[];
  links: DesiredLink[];
  /** Where profiles are patched when not profiles/ (newtron's network directory: nodes/); absent for profiles/. */
  profileDir?: 'nodes';
  /** Impaired directions declared in the specs, by sending end; absent when none (so the graphs and hashes of other labs stay as they were). */
  impairments?: LinkImpairment[];
}

/**
 * The settings of a node that only a new QEMU process can change. Stored in
 * state.json at each start; a difference means `replace`.
 */
export interface QemuConfig {
  image: string;
  memory_mb: number;
  cpus: number;
  nic_driver: string;
  cpu_features: string | null;
  nics: Nic[];
  /** Extra fw_cfg strings; absent when there are none (so records from before it compare equal). */
  fw_cfg?: Record<string, string>;
}
