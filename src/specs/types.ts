import type { Secrets } from './secrets.js';

// SpecSources has a file of its own so that secrets.ts, which types.ts names, need not import types.ts (an import cycle).
export type { SpecSources } from './sources.js';

/**
 * The parts of the shared spec files that vmlab reads. Other tools (newtron)
 * keep more fields in the same files; those pass through untouched.
 */
export type LinkTransport = 'tcp' | 'udp';
export type InterfaceMapKind = 'sequential' | 'stride-4' | 'custom' | 'linux';
/** How test hosts (platforms with `device_type: "host"`) get VMs: all of a server's in one, or one each. */
export type HostVmsMode = 'per-server' | 'per-host';

/**
 * A host as topology.json writes it: its address, or an object with the
 * address and how to reach it, where vmlab is there, and what it takes of
 * the nodes vmlab places (see resolved.ts HostSpec for the resolved form).
 */
export type HostEntry =
  | string
  | {
      address: string;
      /** SSH destination (`[user@]host`); default: the address. */
      ssh?: string;
      /** vmlab on that host (a path or a command on its PATH); default: `vmlab`. */
      vmlab?: string;
      /** How many VMs vmlab may run there; a host without it takes only the nodes sent to it (vm_host, default_host). */
      max_nodes?: number;
      /** vCPUs the host's VMs may add up to. */
      cpus?: number;
      /** MiB of memory the host's VMs may add up to. */
      memory_mb?: number;
    };

export interface VmlabSettings {
  name?: string;
  link_port_base?: number;
  console_port_base?: number;
  ssh_port_base?: number;
  hosts?: Record<string, HostEntry>;
  default_host?: string;
  default_platform?: string;
  link_transport?: LinkTransport;
  /** Port bases below 1024 are refused unless this is true (binding them needs root). */
  allow_privileged_ports?: boolean;
  /** Test hosts: one shared VM per server (default), or a VM per host. */
  host_vms?: HostVmsMode;
  /** Lab-wide default of the platforms' vm_warm_start (off unless set). */
  warm_start?: boolean;
  /** Link impairments: link end → impairment (both directions) or {out, in} (specs/impairments.ts). */
  impairments?: Record<string, unknown>;
}

/** newtron's own section of topology.json: vmlab reads the port bases and hosts (or servers) from it. */
export interface NewtlabSettings {
  link_port_base?: number;
  console_port_base?: number;
  ssh_port_base?: number;
  hosts?: Record<string, HostEntry>;
  servers?: { name: string; address: string; max_nodes?: number; cpus?: number; memory_mb?: number; [other: string]: unknown }[];
  [other: string]: unknown;
}

export interface InterfaceSpec {
  link?: string;
  [other: string]: unknown;
}

export interface DeviceSpec {
  interfaces?: Record<string, InterfaceSpec>;
  [other: string]: unknown;
}

export interface LinkSpec {
  a: string;
  z: string;
}

export interface TopologySpec {
  /** The devices; in a network directory, made from its `nodes` (which carry no wiring for vmlab). */
  devices: Record<string, DeviceSpec>;
  links?: LinkSpec[];
  /** newtron's default platform for every node. */
  platform?: string;
  vmlab?: VmlabSettings;
  newtlab?: NewtlabSettings;
  [other: string]: unknown;
}

export interface ConsoleStep {
  expect: string;
  send: string;
}

export interface PlatformSpec {
  vm_image?: string;
  vm_memory?: number;
  vm_cpus?: number;
  vm_nic_driver?: string;
  vm_interface_map?: InterfaceMapKind;
  /** For `custom` maps: interface name → data NIC index (1 = first data NIC). */
  vm_interface_custom_map?: Record<string, number>;
  /** The same table, under the name the design's detailed documents give it. */
  vm_interface_map_custom?: Record<string, number>;
  /** newtron's port inventory: interface name → data NIC (1 = first data NIC); beats vm_interface_map. */
  ports?: { name: string; nic_index: number; [other: string]: unknown }[];
  vm_cpu_features?: string;
  vm_credentials?: { user?: string; pass?: string };
  /** newtron's newer name for vm_credentials. */
  credentials?: { user?: string; pass?: string };
  /** Who logs in on the serial console (the built-in SONiC bootstrap); default: vm_credentials, then admin/YourPaSsWoRd. */
  vm_console_credentials?: { user?: string; pass?: string };
  vm_boot_timeout?: number;
  /** Extra QEMU fw_cfg strings: `-fw_cfg name=KEY,string=VALUE` (keys under `opt/`). */
  vm_fw_cfg?: Record<string, string>;
  /**
   * true: the management NIC's user network is not restricted, so the guest
   * reaches this machine's loopback services and, through it, its networks.
   * Default false: restrict=on (the SSH forward and DHCP still work).
   */
  vm_mgmt_outbound?: boolean;
  vm_console_bootstrap?: ConsoleStep[];
  port_count?: number;
  /** Start nodes from a booted template of this platform (see README, "Warm start"); default: vmlab.warm_start, else off. */
  vm_warm_start?: boolean;
  /** Commands that re-identify a clone (placeholders {hostname}, {mac}, {template_mac}, {interface}); default: the Linux steps. */
  vm_reidentify?: string[];
  /** `"host"` marks lightweight test hosts: packed into a shared VM, one network namespace each. */
  device_type?: string;
  [other: string]: unknown;
}

export interface ProfileSpec {
  platform?: string;
  ssh_user?: string;
  ssh_pass?: string;
  vm_image?: string;
  vm_memory?: number;
  vm_cpus?: number;
  vm_host?: string;
  /** A test host's address (CIDR, on its first linked interface) and default gateway. */
  host_ip?: string;
  host_gateway?: string;
  mgmt_ip?: string;
  ssh_port?: number;
  console_port?: number;
  [other: string]: unknown;
}

/** A profile as found on disk: parsed value plus the raw text, kept for byte-faithful patching. */
export interface ProfileFile {
  file: string;
  text: string;
  value: ProfileSpec;
}

/**
 * The two layouts vmlab reads. `specs`: topology.json with `devices`,
 * platforms.json, profiles/*.json. `network` (newtron today): topology.json
 * with `nodes`, nodes/*.json as profiles, one file per platform in a shared
 * platforms/ directory.
 */
export type SpecLayout = 'specs' | 'network';

/** Where a platform is written, for messages: the file and the JSON pointer of the platform in it. */
export interface PlatformPlace {
  file: string;
  /** '/platforms/<name>' in platforms.json, '' for a file of its own. */
  path: string;
}

/** Everything read from one spec directory, already schema-checked. */
export interface SpecSet {
  dir: string;
  /** Default: `specs`. */
  layout?: SpecLayout;
  topology: TopologySpec;
  platforms: Record<string, PlatformSpec>;
  /** Where each platform is written (default: platforms.json /platforms/<name>). */
  platformPlaces?: Record<string, PlatformPlace>;
  /** Where the platforms come from, as messages say it: `platforms.json defines`, `../../platforms/ has` (the default: the first). */
  platformsFrom?: string;
  /** The platforms.json or platforms/ directory they were read from, absolute (a controller ships it with the specs). */
  platformsPath?: string;
  /** Every platform there is (of a platforms/ directory only the lab's are read); default: the keys of `platforms`. */
  platformNames?: string[];
  /** Keyed by device name (the profile's base name). */
  profiles: Record<string, ProfileFile>;
  /** Resolves `${secret:KEY}` references (absent: the specs hold none that count). */
  secrets?: Secrets;
  /** Found while reading, worth a word, stopping nothing. */
  warnings?: string[];
}
