import type { DesiredGraph } from '../../src/model/types.js';
import { profileOwners } from '../../src/plan/profile-actions.js';
import { recordFor } from '../../src/state/record.js';
import type { LabState, ObservedLab, ObservedNode } from '../../src/state/types.js';

/**
 * The observed state right after a successful apply of `graph`: every node
 * running with the config it wants, links up, profiles patched.
 */
export function deployed(graph: DesiredGraph): ObservedLab {
  const nodes: Record<string, ObservedNode> = {};
  const state: LabState = {
    format_version: 1,
    name: graph.lab,
    created: '2026-01-01T00:00:00.000Z',
    spec_dir: '/specs/lab',
    host: null,
    serial: 1,
    lineage: 'test',
    nodes: {},
    links: graph.links,
    profiles: {},
  };
  graph.nodes.forEach((node, i) => {
    const record = recordFor(node, 1000 + i, '2026-01-01T00:00:00.000Z');
    state.nodes[node.name] = record;
    const links: Record<string, 'up' | 'down'> = {};
    for (const nic of node.nics) if (nic.link?.mode === 'connect') links[nic.interface!] = 'up';
    nodes[node.name] = { record, process: 'running', pidReused: false, vm: 'running', overlay: true, image: null, links };
  });
  const profiles: ObservedLab['profiles'] = {};
  for (const node of graph.nodes) {
    for (const owner of profileOwners(node))
      profiles[owner] = { exists: true, mgmt_ip: node.bindAddress, ssh_port: node.sshPort, console_port: node.consolePort };
  }
  return { state, nodes, profiles };
}

/** Nothing deployed yet. */
export function empty(): ObservedLab {
  return { state: null, nodes: {}, profiles: {} };
}

/** Applies small edits to a deployed lab, for readable scenarios. */
export function edit(observed: ObservedLab, change: (o: ObservedLab) => void): ObservedLab {
  const copy = structuredClone(observed);
  change(copy);
  return copy;
}
