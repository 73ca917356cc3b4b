import type { DesiredGraph, DesiredNode } from '../../model/types.js';

export type GraphFormat = 'mermaid' | 'dot';

const safeId = (name: string) => name.replace(/[^A-Za-z0-9_]/g, '_');

/** Hosts as clusters: host name → nodes on it (null: a single-host lab). */
function byHost(graph: DesiredGraph): Map<string | null, DesiredNode[]> {
  const groups = new Map<string | null, DesiredNode[]>();
  for (const node of graph.nodes) groups.set(node.host, [...(groups.get(node.host) ?? []), node]);
  return new Map([...groups].sort(([a], [b]) => String(a).localeCompare(String(b))));
}

function linkLabel(graph: DesiredGraph, index: number): { a: string; z: string; aIf: string; zIf: string; label: string } {
  const link = graph.links[index]!;
  const [a, aIf] = link.a.split(':') as [string, string];
  const [z, zIf] = link.z.split(':') as [string, string];
  const how = link.transport === 'udp' ? `udp ${link.port}/${link.port + 1}` : `tcp ${link.port}`;
  return { a, z, aIf, zIf, label: `${aIf} ↔ ${zIf} (${how})` };
}

/** A Mermaid flowchart: nodes with their SSH port, links with interfaces and ports, hosts as subgraphs. */
export function mermaid(graph: DesiredGraph): string {
  const lines = ['flowchart LR'];
  const node = (n: DesiredNode) => `${safeId(n.name)}["${n.name}<br/>ssh ${n.bindAddress}:${n.sshPort}"]`;
  for (const [host, nodes] of byHost(graph)) {
    if (host === null) {
      for (const n of nodes) lines.push(`  ${node(n)}`);
      continue;
    }
    lines.push(`  subgraph ${safeId(host)}["${host} ${graph.hosts[host] ?? ''}"]`);
    for (const n of nodes) lines.push(`    ${node(n)}`);
    lines.push('  end');
  }
  graph.links.forEach((_, i) => {
    const { a, z, label } = linkLabel(graph, i);
    lines.push(`  ${safeId(a)} ---|"${label}"| ${safeId(z)}`);
  });
  return `${lines.join('\n')}\n`;
}

/** Graphviz: the same picture, hosts as clusters. */
export function dot(graph: DesiredGraph): string {
  const lines = [`graph "${graph.lab}" {`, '  node [shape=box];'];
  const node = (n: DesiredNode) => `"${n.name}" [label="${n.name}\\nssh ${n.bindAddress}:${n.sshPort}"];`;
  for (const [host, nodes] of byHost(graph)) {
    if (host === null) {
      for (const n of nodes) lines.push(`  ${node(n)}`);
      continue;
    }
    lines.push(`  subgraph "cluster_${host}" {`, `    label="${host} ${graph.hosts[host] ?? ''}";`);
    for (const n of nodes) lines.push(`    ${node(n)}`);
    lines.push('  }');
  }
  graph.links.forEach((_, i) => {
    const { a, z, label } = linkLabel(graph, i);
    lines.push(`  "${a}" -- "${z}" [label="${label}"];`);
  });
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

export function renderGraph(graph: DesiredGraph, format: GraphFormat): string {
  return format === 'dot' ? dot(graph) : mermaid(graph);
}
