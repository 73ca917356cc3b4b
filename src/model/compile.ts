import { hostAddresses, type LabSpec, type ResolvedNode } from '../specs/resolved.js';
import { LOOPBACK, wireLink } from './links.js';
import { MacAllocator } from './mac.js';
import { templateMac } from './template-nics.js';
import type { DesiredGraph, DesiredNode, LinkImpairment, Nic, NicLink, QemuConfig, LinkKind } from './types.js';
import { display, endpointNic } from './link-endpoint.js';

export interface CompileOptions {
  /**
   * How TCP links are built on the QEMU that runs them: stream where it can
   * reconnect (QEMU 8 and later), socket on QEMU 7.2. Always said, never
   * assumed: the plan of one differs from the other's (start order, cascades).
   */
  links: LinkKind;
}

/**
 * For readers of a lab that need its nodes, hosts, ports and logins only
 * (status, ssh, link admin, the controller): these are the same whichever
 * kind the links are, so they read the graph users run, with stream links.
 */
export const NODES_ONLY: CompileOptions = { links: 'stream' };

/**
 * Compiles a resolved lab into the desired-state graph: ports, NIC lists with
 * fillers, MACs and link roles. Pure: the same LabSpec always gives the same
 * graph.
 */
export function compile(lab: LabSpec, options: CompileOptions): DesiredGraph {
  const tcpBackend = options.links;
  const byName = new Map(lab.nodes.map((n) => [n.name, n]));
  const nodeIndex = new Map(lab.nodes.map((n) => [n.name, listenRank(n, lab.nodes.length)]));
  const dataNics = new Map<string, Map<number, { iface: string; link: NicLink }>>();
  for (const node of lab.nodes) dataNics.set(node.name, new Map());

  const links = lab.links.map((link) => {
    const wired = wireLink(lab, link, byName, nodeIndex, tcpBackend);
    for (const end of wired.ends) dataNics.get(end.endpoint.node)!.set(end.endpoint.nic, { iface: end.endpoint.iface, link: end.link });
    return wired.desired;
  });

  const macs = new MacAllocator(lab.name);
  const shapes = warmShapes(lab, dataNics);
  const nodes = lab.nodes.map((node) => desiredNode(lab, node, dataNics.get(node.name)!, macs, shapes.get(node.platform)));
  // profileDir only when it is not profiles/: the graphs (and their hashes) of specs directories stay as they were.
  // tcpBackend only when it is stream: socket graphs (and their hashes) stay as they were.
  const graph: DesiredGraph = {
    lab: lab.name,
    transport: lab.transport,
    ...(tcpBackend === 'stream' && lab.transport === 'tcp' ? { tcpBackend } : {}),
    hosts: hostAddresses(lab.hosts),
    nodes,
    links,
    ...(lab.profileDir === 'nodes' ? { profileDir: 'nodes' as const } : {}),
  };
  const impairments = linkImpairments(graph, lab.impairments ?? []);
  return impairments.length > 0 ? { ...graph, impairments } : graph;
}

/** The declared impairments in the graph's terms: each direction's sending VM and NIC. */
function linkImpairments(graph: DesiredGraph, declared: LabSpec['impairments']): LinkImpairment[] {
  const byName = new Map<string, string>(); // as the specs name an end → as the graph does
  for (const link of graph.links) for (const end of [link.a, link.z]) byName.set(display(graph, end), end);
  return declared.map((d) => {
    const from = byName.get(d.from)!;
    const end = endpointNic(graph, from);
    return { from, to: byName.get(d.to)!, node: end.node, nic: end.nic, impairment: d.impairment };
  });
}

/**
 * A link's listener is the end whose node ranks first: VMs by name, except
 * that VMs holding test hosts rank after every other VM. Host VMs are then
 * always the connecting end towards switches, so a host VM that restarts
 * (a host added or rewired) restarts nothing else, while a switch that
 * restarts takes its (cheap) host VMs with it.
 */
function listenRank(node: ResolvedNode, count: number): number {
  return node.testHosts.length > 0 ? count + node.index : node.index;
}

function desiredNode(
  lab: LabSpec,
  node: ResolvedNode,
  wired: Map<number, { iface: string; link: NicLink }>,
  macs: MacAllocator,
  warmDataNics: number | undefined,
): DesiredNode {
  // A warm node keeps its template's management MAC (part of the restored device state; its user network is its own).
  const mgmtMac = macs.allocate(node.name, 0);
  const nics: Nic[] = [{ index: 0, kind: 'mgmt', mac: node.warm ? templateMac(0) : mgmtMac }];
  // A warm node has its platform's one NIC shape in this lab, so that one template serves every node of it.
  const highest = node.warm && warmDataNics !== undefined ? warmDataNics : Math.max(0, ...wired.keys());
  // A test host's NIC is hashed by the host and its own port, so it keeps its
  // MAC when its block moves (a host before it in name order grew or went).
  const hostPort = new Map<number, [string, number]>();
  for (const h of node.testHosts) for (const i of h.interfaces) hostPort.set(i.nic, [h.name, i.ordinal]);
  // Data NICs up to the highest wired one; gaps get isolated fillers so that
  // the Nth NIC stays the Nth port inside the guest.
  for (let index = 1; index <= highest; index++) {
    const [owner, port] = hostPort.get(index) ?? [node.name, index];
    const mac = macs.allocate(owner, port);
    const data = wired.get(index);
    nics.push(data ? { index, kind: 'link', mac, interface: data.iface, link: data.link } : { index, kind: 'filler', mac });
  }
  const multiHost = Object.keys(lab.hosts).length > 1;
  return {
    name: node.name,
    index: node.index,
    host: node.host,
    platform: node.platform,
    image: node.image,
    memoryMb: node.memoryMb,
    cpus: node.cpus,
    nicDriver: node.nicDriver,
    cpuFeatures: node.cpuFeatures,
    credentials: node.credentials,
    bootTimeoutS: node.bootTimeoutS,
    consoleBootstrap: node.consoleBootstrap,
    sonicBootstrap: node.sonicBootstrap,
    fwCfg: node.fwCfg,
    ...(node.mgmtOutbound ? { mgmtOutbound: true as const } : {}),
    ...(node.placement === null ? {} : { placement: node.placement }),
    bindAddress: multiHost && node.host !== null ? (lab.hosts[node.host]?.address ?? LOOPBACK) : LOOPBACK,
    consoleBind: LOOPBACK,
    sshPort: lab.ports.ssh + node.index,
    consolePort: lab.ports.console + node.index,
    nics,
    testHosts: node.testHosts.map((h) => ({
      name: h.name,
      interfaces: h.interfaces.map((i) => ({ name: i.name, nic: i.nic, mac: nics[i.nic]!.mac, peer: i.peer, address: i.address })),
      gateway: h.gateway,
    })),
    ...(node.testHostLogin ? { testHostLogin: { host: node.testHostLogin.host, differing: [...node.testHostLogin.differing] } } : {}),
    // Only on warm nodes: the graphs (and hashes) of cold labs stay as they were.
    ...(node.warm ? { warm: node.warm } : {}),
  };
}

/**
 * Per warm platform, the data NICs every one of its nodes gets: the largest
 * need among its nodes in this lab (fillers pad the others). Restoring a
 * template needs exactly the template's device set, so nodes that differ in
 * NIC count could not share one.
 */
function warmShapes(lab: LabSpec, dataNics: Map<string, Map<number, unknown>>): Map<string, number> {
  const shapes = new Map<string, number>();
  for (const node of lab.nodes) {
    if (!node.warm) continue;
    const need = Math.max(0, ...dataNics.get(node.name)!.keys());
    shapes.set(node.platform, Math.max(shapes.get(node.platform) ?? 0, need));
  }
  return shapes;
}

/** The part of a node that needs a new QEMU to change. */
export function qemuConfig(node: DesiredNode): QemuConfig {
  return {
    image: node.image,
    memory_mb: node.memoryMb,
    cpus: node.cpus,
    nic_driver: node.nicDriver,
    cpu_features: node.cpuFeatures,
    nics: node.nics,
    ...(Object.keys(node.fwCfg).length > 0 ? { fw_cfg: sortedKeys(node.fwCfg) } : {}),
  };
}

function sortedKeys(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
