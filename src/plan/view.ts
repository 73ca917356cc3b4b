import { type WantedImpairment, withImpairments } from './impairments.js';
import type { DesiredGraph, DesiredNode } from '../model/types.js';
import { qemuConfig } from '../model/compile.js';
import { mgmtNetwork } from '../model/mgmt-network.js';
import { userToCreate } from '../specs/sonic.js';
import type { ConsoleBootstrapView, PlanLinkView, PlanNodeView } from './types.js';

/** What a node's console bootstrap is, without anything it types. */
export function consoleBootstrapView(node: DesiredNode): ConsoleBootstrapView {
  if (node.sonicBootstrap) {
    const b = node.sonicBootstrap;
    return { source: 'sonic', because: b.because, console_user: b.console.user, creates_user: userToCreate(b, node.credentials) };
  }
  return node.consoleBootstrap.length > 0 ? { source: 'platform', steps: node.consoleBootstrap.length } : null;
}

/** The desired graph as `plan --json` shows it (stable key order). */
export function graphView(graph: DesiredGraph, wanted: readonly WantedImpairment[] = []): { nodes: Record<string, PlanNodeView>; links: PlanLinkView[] } {
  const nodes: Record<string, PlanNodeView> = {};
  for (const n of graph.nodes) {
    nodes[n.name] = {
      host: n.host,
      placement: n.placement === undefined ? null : { host: n.placement.host, reason: n.placement.reason, kept: n.placement.kept },
      platform: n.platform,
      ssh_port: n.sshPort,
      console_port: n.consolePort,
      bind_address: n.bindAddress,
      console_bind: n.consoleBind,
      image: n.image,
      memory_mb: n.memoryMb,
      cpus: n.cpus,
      nic_driver: n.nicDriver,
      cpu_features: n.cpuFeatures,
      nics: n.nics,
      fw_cfg: qemuConfig(n).fw_cfg ?? {},
      console_bootstrap: consoleBootstrapView(n),
      mgmt_network: mgmtNetwork(n),
      ...(n.testHosts.length > 0 ? { test_hosts: n.testHosts, test_host_login: n.testHostLogin ?? { host: n.testHosts[0]!.name, differing: [] } } : {}),
    };
  }
  const links = withImpairments(
    graph.links.map((l) => ({ a: l.a, z: l.z, port: l.port, listener: l.listener, transport: l.transport })),
    wanted,
  );
  return { nodes, links };
}
