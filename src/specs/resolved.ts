import type { Impairment } from './impairment.js';
import type { MapKind } from './interface-map.js';
import type { SettingSource } from './settings.js';
import type { SonicBootstrap } from './sonic.js';
import type { ConsoleStep, InterfaceMapKind, LinkTransport } from './types.js';

/** A device with every VM setting resolved (profile > platform > built-in default). */
export interface ResolvedNode {
  name: string;
  /** Position in the name-sorted device list: fixes the node's SSH and console ports. */
  index: number;
  platform: string;
  /** Absolute path of the base image. */
  image: string;
  /** Where the image was named, for the "image not found" message. */
  imageSource: { file: string; path: string };
  memoryMb: number;
  cpus: number;
  nicDriver: string;
  interfaceMap: MapKind;
  cpuFeatures: string | null;
  /** As written in the specs: a `${secret:KEY}` reference stays one (Secrets.reveal() at the moment of use). */
  credentials: { user: string | null; pass: string | null };
  bootTimeoutS: number;
  /** The platform's own console steps (`vm_console_bootstrap`). */
  consoleBootstrap: ConsoleStep[];
  /** vmlab's built-in console bootstrap: for a SONiC platform without `vm_console_bootstrap`; else null. */
  sonicBootstrap: SonicBootstrap | null;
  /** Extra QEMU fw_cfg strings (`vm_fw_cfg`), name → value. */
  fwCfg: Record<string, string>;
  /** vm_mgmt_outbound: the guest's management network reaches the host and beyond (default false: isolated, restrict=on). */
  mgmtOutbound: boolean;
  /** Started from a booted template of its platform (vm_warm_start, else vmlab.warm_start), else null; with its re-identification steps (null: the built-in Linux steps). */
  warm: { reidentify: string[] | null } | null;
  /** Host this node runs on in a multi-host lab, null for a single-host lab. */
  host: string | null;
  /** Where vmlab placed it and why (placement.ts); null when the specs say where it runs (vm_host, default_host, the only host). */
  placement: NodePlacement | null;
  /** For a VM that holds test hosts: those hosts, in name order (each a network namespace). Empty otherwise. */
  testHosts: ResolvedTestHost[];
  /** For a VM whose test hosts' logins differ (by value), or whose first host has none: whose login it uses. Absent otherwise (its first host's). */
  testHostLogin?: TestHostLogin;
}

/** Whose login vmlab uses on a VM holding test hosts, and the hosts whose own login differs from it (by value; no value is kept). */
export interface TestHostLogin {
  host: string;
  differing: string[];
}

/** A node vmlab placed by capacity: on which host, and why, in words for the plan. */
export interface NodePlacement {
  host: string;
  /** `placed on server-b: most free capacity (3 of 8 slots used)`, `kept on server-a (placed there before)`. */
  reason: string;
  /** It stays where an earlier placement put it (not placed afresh). */
  kept: boolean;
}

/**
 * A host of a lab across machines, resolved: how to reach it and what it
 * takes. The capacity fields are null when the specs give none (a host
 * without max_nodes takes only the nodes sent to it by vm_host or
 * default_host; without cpus or memory_mb that budget is not checked).
 */
export interface HostSpec {
  /** IPv4 address: links and SSH forwards bind to it, the other hosts dial it. */
  address: string;
  /** SSH destination (`[user@]host`) a controller reaches it with; default: the address. */
  ssh: string;
  /** vmlab on that host: a path, or a command on its PATH; default: `vmlab`. */
  vmlab: string;
  maxNodes: number | null;
  cpus: number | null;
  memoryMb: number | null;
}

/** One interface of a test host: a NIC of the VM that holds it, moved into its namespace. */
export interface ResolvedHostInterface {
  /** Its name inside the host's namespace, as the specs write it (`eth0`). */
  name: string;
  /** Its NIC on the VM that holds the host. */
  nic: number;
  /** Its position among the host's own ports (1 = the first NIC of the host's block). */
  ordinal: number;
  /** The endpoint at the other end of its link, as the specs write it; null when unlinked. */
  peer: string | null;
  /** Its IPv4 address with prefix length, or null. */
  address: string | null;
}

/**
 * A test host (`device_type: "host"`): no VM of its own but a network
 * namespace, named after it, in the VM that holds it. Its NICs are a
 * contiguous block of that VM's data NICs, as many as its highest used port.
 */
export interface ResolvedTestHost {
  name: string;
  /** Its block of NICs, in port order; empty for a host without links. */
  interfaces: ResolvedHostInterface[];
  /** Default route via this address, or null. */
  gateway: string | null;
}

export interface ResolvedEndpoint {
  node: string;
  iface: string;
  /** Data NIC index on the node (1 = first data NIC). */
  nic: number;
}

export interface ResolvedLink {
  /** Position in the links array: fixes the link's port. */
  index: number;
  a: ResolvedEndpoint;
  z: ResolvedEndpoint;
}

/** One impaired direction of a link as the specs declare it: frames `from` sends to `to`. */
export interface DeclaredImpairment {
  /** The sending end, as the specs name it (`leaf1:Ethernet0`, a test host's `h1:eth0`). */
  from: string;
  to: string;
  impairment: Impairment;
}

export interface PortBases {
  link: number;
  console: number;
  ssh: number;
}

/** The whole lab as the specs describe it, checked and resolved. */
export interface LabSpec {
  name: string;
  dir: string;
  transport: LinkTransport;
  ports: PortBases;
  /** Where each port base came from: the vmlab section, newtron's newtlab section, or vmlab's default. */
  portsFrom: Record<keyof PortBases, SettingSource>;
  /** Where the profiles are: profiles/, or nodes/ in newtron's network directory. */
  profileDir: 'profiles' | 'nodes';
  /** Host name → how to reach it and what it takes; empty for a single-host lab. */
  hosts: Record<string, HostSpec>;
  nodes: ResolvedNode[];
  links: ResolvedLink[];
  /** Impaired directions of links (vmlab.impairments), by sending end as the specs name it. */
  impairments: DeclaredImpairment[];
  /** Things in the specs worth a word that do not stop the lab (shown with the plan). */
  warnings: string[];
}

/** Host name → address: what the model and the local-host lookup need of the hosts. */
export function hostAddresses(hosts: Record<string, HostSpec>): Record<string, string> {
  return Object.fromEntries(Object.entries(hosts).map(([name, host]) => [name, host.address]));
}

export const DEFAULTS = {
  memoryMb: 4096,
  cpus: 2,
  nicDriver: 'e1000',
  interfaceMap: 'stride-4' as InterfaceMapKind,
  bootTimeoutS: 300,
  ports: { link: 20000, console: 30000, ssh: 40000 } satisfies PortBases,
  transport: 'tcp' as LinkTransport,
};

/** What QEMU (7.2, `-machine pc`) takes: beyond this a VM cannot start at all. */
export const QEMU_LIMITS = {
  /** Less memory boots nothing (QEMU itself would take less; no firmware or kernel runs in it). */
  minMemoryMb: 16,
  /** `Invalid SMP CPUs 256. The max CPUs supported by machine 'pc-i440fx-7.2' is 255`. */
  maxCpus: 255,
  /**
   * 2^32 MiB (4 PiB): what 52 physical address bits, the most of any x86-64
   * machine, can address; no QEMU starts a bigger VM. (Under TCG, `-cpu max`
   * has 40 bits: QEMU 10 stops at about 1 TiB, "phys-bits too low (40)".)
   * More than the machine's RAM is a warning of the plan, not an error.
   */
  maxMemoryMb: 2 ** 32,
  /** Data NICs a VM can have: exec/qemu/pci.ts MAX_NICS (root-bus slots and two bridges) less the management NIC. */
  maxDataNics: 87,
};
