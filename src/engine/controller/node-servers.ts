import { UsageError } from '../../errors.js';
import { NODES_ONLY } from '../../model/compile.js';
import { desiredLab } from '../desired-lab.js';
import type { DesiredGraph } from '../../model/types.js';
import type { ControllerRecord, ServerAccess } from '../../state/controller-record.js';

/** The lab as the controller applied it: its specs, with the nodes where it placed them. */
function graphOf(record: ControllerRecord): DesiredGraph {
  return desiredLab({ specDir: record.spec_dir, sources: { ...record.sources, placement: record.placement } }, NODES_ONLY).graph;
}

/** Which server runs each node (and each test host, through the VM that holds it), from a compiled graph. */
function serversIn(graph: DesiredGraph, record: ControllerRecord): Map<string, ServerAccess> {
  const byName = new Map(record.servers.map((s) => [s.name, s]));
  const where = new Map<string, ServerAccess>();
  for (const node of graph.nodes) {
    const server = node.host === null ? undefined : byName.get(node.host);
    if (!server) continue;
    where.set(node.name, server);
    for (const h of node.testHosts) where.set(h.name, server);
  }
  return where;
}

/** Which server runs each node of a lab this machine drives, from the specs it applied. */
export function nodeServers(record: ControllerRecord): Map<string, ServerAccess> {
  return serversIn(graphOf(record), record);
}

/** The server of one node; an unknown node is a usage error listing the nodes there are. */
function serverIn(where: Map<string, ServerAccess>, record: ControllerRecord, node: string): ServerAccess {
  const server = where.get(node);
  if (server) return server;
  throw new UsageError(`no node "${node}" in lab "${record.name}"; nodes: ${[...where.keys()].sort().join(', ')}`);
}

export function serverOfNode(record: ControllerRecord, node: string): ServerAccess {
  return serverIn(nodeServers(record), record, node);
}

/** Nodes grouped by the server that runs them, servers in name order. */
export function groupByServer(record: ControllerRecord, nodes: string[]): { server: ServerAccess; nodes: string[] }[] {
  const where = nodeServers(record);
  const groups = new Map<string, { server: ServerAccess; nodes: string[] }>();
  for (const node of nodes) {
    const server = serverIn(where, record, node);
    const group = groups.get(server.name) ?? { server, nodes: [] };
    group.nodes.push(node);
    groups.set(server.name, group);
  }
  return [...groups.values()].sort((a, b) => a.server.name.localeCompare(b.server.name));
}

/**
 * The servers that run the ends of the link `endpoint` (NODE:INTERFACE)
 * names: the named end's server first, then its peer's when that is another.
 * An endpoint on no link is left to the server's vmlab to refuse.
 */
export function linkServers(record: ControllerRecord, endpoint: string): string[] {
  const graph = graphOf(record);
  const where = serversIn(graph, record);
  const servers = [serverIn(where, record, endpoint.split(':')[0] ?? endpoint).name];
  const link = graph.links.find((l) => l.a === endpoint || l.z === endpoint);
  const peerServer = link ? where.get((link.a === endpoint ? link.z : link.a).split(':')[0]!)?.name : undefined;
  if (peerServer !== undefined && !servers.includes(peerServer)) servers.push(peerServer);
  return servers;
}
