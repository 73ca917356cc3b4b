import type { DesiredGraph } from '../model/types.js';
import type { PlanLinkView, PlanNodeView } from './types.js';

/** The desired graph as `plan --json` shows it (stable key order). */
export function graphView(graph: DesiredGraph): { nodes: Record<string, PlanNodeView>; links: PlanLinkView[] } {
  const nodes: Record<string, PlanNodeView> = {};
  for (const n of graph.nodes) {
    nodes[n.name] = {
      host: n.host,
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
      ...(n.testHosts.length > 0 ? { test_hosts: n.testHosts } : {}),
    };
  }
  const links = graph.links.map((l) => ({ a: l.a, z: l.z, port: l.port, listener: l.listener, transport: l.transport }));
  return { nodes, links };
}
