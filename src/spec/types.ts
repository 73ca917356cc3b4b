/**
 * The parts of the shared spec files that vmlab reads. Other tools (newtron)
 * keep more fields in the same files; those pass through untouched.
 */
export type LinkTransport = 'tcp' | 'udp';
export type InterfaceMapKind = 'sequential' | 'stride-4' | 'custom' | 'linux';
/** How test hosts (platforms with `device_type: "host"`) get VMs: all of a server's in one, or one each. */
export type HostVmsMode = 'per-server' | 'per-host';

export interface VmlabSettings {
  name?: string;
  link_port_base?: number;
  console_port_base?: number;
  ssh_port_base?: number;
  hosts?: Record<string, string>;
  default_host?: string;
  default_platform?: string;
  link_transport?: LinkTransport;
  /** Port bases below 1024 are refused unless this is true (binding them needs root). */
  allow_privileged_ports?: boolean;
  /** Test hosts: one shared VM per server (default), or a VM per host. */
  host_vms?: HostVmsMode;
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
  devices: Record<string, DeviceSpec>;
  links?: LinkSpec[];
  vmlab?: VmlabSettings;
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
  vm_cpu_features?: string;
  vm_credentials?: { user?: string; pass?: string };
  vm_boot_timeout?: number;
  vm_console_bootstrap?: ConsoleStep[];
  port_count?: number;
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

/** Everything read from one spec directory, already schema-checked. */
export interface SpecSet {
  dir: string;
  topology: TopologySpec;
  platforms: Record<string, PlatformSpec>;
  /** Keyed by device name (the profile's base name). */
  profiles: Record<string, ProfileFile>;
}
