import type { SpecIssue } from '../errors.js';
import type { InterfaceMap } from './interface-map.js';
import { derivedHostAddress, parseCidr, parseIpv4, sameSubnet, type Cidr } from './ipv4.js';
import { splitEndpoint } from './links.js';
import { unsafeNameReason } from './names.js';
import type { ResolvedHostInterface, ResolvedLink, ResolvedNode, ResolvedTestHost, TestHostLogin } from './resolved.js';
import type { SpecSet } from './types.js';

/**
 * Test hosts: devices whose platform says `"device_type": "host"`. They get
 * no VM of their own. All test hosts of one server share one VM (or, with
 * `"host_vms": "per-host"`, each gets a VM named after it), in which each host
 * is a network namespace named after the host. The VM's NIC 0 is management;
 * each host gets a contiguous block of its data NICs, as many as the highest
 * port the host uses, blocks in host-name order. Inside the VM the block's
 * NICs move into the host's namespace under the names the specs use.
 */

/** The VM that holds the test hosts of a server (null: a lab on one machine). */
export function hostVmName(server: string | null): string {
  return server === null ? 'hostvm' : `hostvm-${server}`;
}

/** Is this device a test host (its platform says `"device_type": "host"`)? */
export function isTestHost(specs: SpecSet, device: string): boolean {
  const platform = specs.profiles[device]?.value.platform ?? specs.topology.vmlab?.default_platform;
  return platform !== undefined && Object.hasOwn(specs.platforms, platform) && specs.platforms[platform]!.device_type === 'host';
}

/** What a Linux interface name inside a namespace may be: at most 15 bytes, none of '/', ':' or blanks. */
const LINUX_IFNAME = /^[A-Za-z0-9_.-]{1,15}$/;

interface HostPort {
  iface: string;
  peer: string;
}

/** The `ip` newtron gives an interface in topology.json (`devices.<d>.interfaces.<if>.ip`), if any. */
function interfaceIp(specs: SpecSet, endpoint: string): string | null {
  const [device, iface] = splitEndpoint(endpoint);
  const ip = iface === undefined ? undefined : specs.topology.devices[device]?.interfaces?.[iface]?.ip;
  return typeof ip === 'string' ? ip : null;
}

/**
 * The addresses of one host: `host_ip` (on its first linked interface) and
 * `host_gateway` from its profile; otherwise each linked interface takes an
 * address on the subnet of the switch port at the other end of its link, and
 * that port (of the first linked interface) is the default gateway.
 */
function addressHost(specs: SpecSet, host: string, interfaces: ResolvedHostInterface[], issues: SpecIssue[], warnings: string[]): string | null {
  const profile = specs.profiles[host];
  const file = profile?.file ?? `profiles/${host}.json`;
  const hostIp = profile?.value.host_ip;
  const hostGateway = profile?.value.host_gateway;
  let own: Cidr | null = null;
  if (hostIp !== undefined) {
    own = parseCidr(hostIp);
    if (own === null) issues.push({ file, path: '/host_ip', message: `"${hostIp}" is not an IPv4 address with a prefix length; write it like "10.0.1.2/24"` });
  }
  let gateway: number | null = null;
  if (hostGateway !== undefined) {
    gateway = parseIpv4(hostGateway);
    if (gateway === null) issues.push({ file, path: '/host_gateway', message: `"${hostGateway}" is not an IPv4 address; write it like "10.0.1.1"` });
  }

  const linked = interfaces.filter((i) => i.peer !== null);
  if (linked.length === 0) {
    if (hostIp !== undefined || hostGateway !== undefined)
      warnings.push(`${file}: host_ip and host_gateway of test host ${host} are not used: it has no links, so its namespace has no interface to put them on`);
    return null;
  }
  const derived = new Map<ResolvedHostInterface, { address: string; gateway: string; port: Cidr }>();
  for (const i of linked) {
    const ip = interfaceIp(specs, i.peer!);
    const port = ip === null ? null : parseCidr(ip);
    const d = port === null ? null : derivedHostAddress(port);
    if (d && port) derived.set(i, { ...d, port });
    i.address = d?.address ?? null;
  }
  const first = linked[0]!;
  const firstDerived = derived.get(first);
  if (own !== null) first.address = hostIp!;
  const firstCidr = first.address === null ? null : parseCidr(first.address);
  if (first.address === null) {
    warnings.push(`test host ${host}: ${first.name} gets no address (no host_ip in ${file}, no "ip" on ${first.peer} in topology.json)`);
  }
  if (gateway !== null) {
    if (firstCidr !== null && !sameSubnet(firstCidr, gateway)) {
      issues.push({
        file,
        path: '/host_gateway',
        message: `${hostGateway} is not on the subnet of ${host}'s address ${first.address} (on ${first.name}); a default route needs a gateway it can reach`,
      });
    }
    if (firstCidr === null)
      issues.push({ file, path: '/host_gateway', message: `${host} has no address on ${first.name} to reach ${hostGateway} through; set host_ip too` });
    return hostGateway!;
  }
  // The switch port is the gateway when the host's address is on its subnet.
  if (firstDerived && firstCidr !== null && sameSubnet(firstDerived.port, firstCidr.addr)) return firstDerived.gateway;
  return null;
}

export interface PackedLab {
  /** The VMs: the devices that are not test hosts, and the VMs holding the hosts; sorted by name, `index` = position. */
  nodes: ResolvedNode[];
  /** The links, with test host endpoints moved onto the NICs of their VMs (`hostvm:host1/eth0`). */
  links: ResolvedLink[];
}

/**
 * The fields every host of one VM must agree on (the VM has one of each).
 * Logins are not among them: they are compared by value (vmLogin).
 */
const SHARED: [keyof ResolvedNode, string][] = [
  ['image', 'vm_image'],
  ['nicDriver', 'vm_nic_driver'],
  ['cpuFeatures', 'vm_cpu_features'],
  ['consoleBootstrap', 'vm_console_bootstrap'],
  ['mgmtOutbound', 'vm_mgmt_outbound'],
];

/** Do two values come to the same text once their `${secret:KEY}` references are resolved (Secrets.same)? */
export type SameValue = (a: string | null, b: string | null) => boolean;

/**
 * How vmlab logs in to a VM its test hosts share. newtron gives each host a
 * login of its own, usually `${secret:<host>_ssh_pass}` keys of one value:
 * logins are one when their values are, whatever the references. The VM has
 * one login: that of its first host in name order that has one (newtlab
 * takes its first host's; name order is also the order of the hosts' NIC
 * blocks). Hosts whose login differs by value are named, never their values.
 */
function vmLogin(vm: string, members: ResolvedNode[], same: SameValue, warnings: string[]): { from: ResolvedNode; login: TestHostLogin } {
  const from = members.find((m) => m.credentials.user !== null) ?? members[0]!;
  const differing: string[] = [];
  for (const m of members) {
    if (m === from) continue;
    const fields = [
      ...(same(m.credentials.user, from.credentials.user) ? [] : ['user']),
      ...(same(m.credentials.pass, from.credentials.pass) ? [] : ['password']),
    ];
    if (fields.length === 0) continue;
    differing.push(m.name);
    const which = from === members[0] ? 'the first test host in name order' : 'the first test host in name order that has a login';
    warnings.push(
      `test host ${m.name} shares the VM ${vm} with ${from.name} but its ${fields.join(' and ')} ${fields.length === 1 ? 'differs' : 'differ'} (compared by value; no value is shown): vmlab logs in to ${vm} as ${from.name}, ${which} (as newtlab does), for all it does there, "vmlab ssh ${m.name}" too; newtron, which logs in to each host with its own login, reaches ${m.name} only if ${vm}'s image accepts that login as well. To give each test host a VM of its own, with its own login, set "host_vms": "per-host" in topology.json's vmlab section`,
    );
  }
  return { from, login: { host: from.name, differing } };
}

/**
 * Packs the test hosts among the resolved devices into the VMs that hold them.
 * Pure; every problem goes to `issues`, things worth a note to `warnings`.
 */
export function packTestHosts(
  specs: SpecSet,
  devices: ResolvedNode[],
  links: ResolvedLink[],
  maps: Map<string, InterfaceMap>,
  same: SameValue,
  issues: SpecIssue[],
  warnings: string[],
): PackedLab {
  const hosts = devices.filter((n) => isTestHost(specs, n.name));
  if (hosts.length === 0) return { nodes: devices, links };
  const perHost = specs.topology.vmlab?.host_vms === 'per-host';
  const vmOf = new Map(hosts.map((h) => [h.name, perHost ? h.name : hostVmName(h.host)]));
  const groups = new Map<string, ResolvedNode[]>();
  for (const h of hosts) groups.set(vmOf.get(h.name)!, [...(groups.get(vmOf.get(h.name)!) ?? []), h]);

  if (!perHost) {
    for (const [vm, members] of groups) {
      const server = members[0]!.host;
      const unsafe = unsafeNameReason(vm);
      if (unsafe) {
        issues.push({
          file: 'topology.json',
          path: `/vmlab/hosts/${server}`,
          message: `the VM for the test hosts on ${server} would be named ${unsafe}; use a shorter host name`,
        });
      }
      if (Object.hasOwn(specs.topology.devices, vm)) {
        issues.push({
          file: 'topology.json',
          path: `/devices/${vm}`,
          message: `device name "${vm}" is taken: it names the VM that holds the test hosts ${members.map((m) => m.name).join(', ')}; rename the device, or set "host_vms": "per-host" in topology.json's vmlab section`,
        });
      }
    }
  }

  // Which ports of each host are wired, and to what.
  const ports = new Map<string, Map<number, HostPort>>();
  for (const link of links) {
    for (const [end, other] of [
      [link.a, link.z],
      [link.z, link.a],
    ] as const) {
      if (!vmOf.has(end.node)) continue;
      const used = ports.get(end.node) ?? new Map<number, HostPort>();
      used.set(end.nic, { iface: end.iface, peer: `${other.node}:${other.iface}` });
      ports.set(end.node, used);
    }
  }

  const firstNic = new Map<string, number>();
  const vms: ResolvedNode[] = [];
  for (const [vm, members] of groups) {
    let next = 1;
    const testHosts: ResolvedTestHost[] = members.map((host) => {
      const used = ports.get(host.name) ?? new Map<number, HostPort>();
      const count = Math.max(0, ...used.keys());
      firstNic.set(host.name, next);
      const map = maps.get(host.platform);
      const interfaces: ResolvedHostInterface[] = [];
      for (let ordinal = 1; ordinal <= count; ordinal++) {
        const port = used.get(ordinal);
        const name = port?.iface ?? map?.interfaceName(ordinal) ?? `eth${ordinal - 1}`;
        if (!LINUX_IFNAME.test(name)) {
          issues.push({
            file: 'topology.json',
            path: `/devices/${host.name}`,
            message: `test host ${host.name}: "${name}" cannot name an interface in its network namespace (Linux takes at most 15 letters, digits, '.', '_' or '-')`,
          });
        }
        interfaces.push({ name, nic: next + ordinal - 1, ordinal, peer: port?.peer ?? null, address: null });
      }
      next += count;
      return { name: host.name, interfaces, gateway: addressHost(specs, host.name, interfaces, issues, warnings) };
    });

    const first = members[0]!;
    for (const other of members.slice(1)) {
      for (const [field, label] of SHARED) {
        if (JSON.stringify(other[field]) === JSON.stringify(first[field])) continue;
        issues.push({
          file: specs.profiles[other.name]?.file ?? `profiles/${other.name}.json`,
          path: '',
          message: `test hosts ${first.name} and ${other.name} share the VM ${vm} but differ in ${label}; give them the same, or set "host_vms": "per-host" in topology.json's vmlab section`,
        });
      }
    }
    const { from, login } = vmLogin(vm, members, same, warnings);
    vms.push({
      ...first,
      name: vm,
      credentials: from.credentials,
      // Only when it is not simply the first host's: the graphs (and hashes) of labs whose hosts agree stay as they were.
      ...(from !== first || login.differing.length > 0 ? { testHostLogin: login } : {}),
      memoryMb: Math.max(...members.map((m) => m.memoryMb)),
      cpus: Math.max(...members.map((m) => m.cpus)),
      bootTimeoutS: Math.max(...members.map((m) => m.bootTimeoutS)),
      testHosts,
    });
  }

  const moved = links.map((link) => {
    const move = (end: ResolvedLink['a']) => {
      const vm = vmOf.get(end.node);
      return vm === undefined ? end : { node: vm, iface: `${end.node}/${end.iface}`, nic: firstNic.get(end.node)! + end.nic - 1 };
    };
    return { ...link, a: move(link.a), z: move(link.z) };
  });
  const nodes = [...devices.filter((n) => !vmOf.has(n.name)), ...vms]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((n, index) => ({ ...n, index }));
  return { nodes, links: moved };
}
