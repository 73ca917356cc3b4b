// Compile + plan time of the pure core for generated labs of growing size.
// Runs on the built code (dist/), with no I/O inside the timed region.
import Table from 'cli-table3';
import { performance } from 'node:perf_hooks';
import { compile } from '../dist/model/compile.js';
import { plan } from '../dist/plan/plan.js';
import { recordFor } from '../dist/state/record.js';
import { resolveLab } from '../dist/specs/resolve.js';

/** n nodes, 2 links per node (each node wired to the next and to the 7th next): degree 4. */
function specSet(n) {
  const name = (i) => `n${String(i).padStart(5, '0')}`;
  const devices = {};
  for (let i = 0; i < n; i++) devices[name(i)] = {};
  const used = new Map();
  const port = (i) => {
    const k = used.get(i) ?? 0;
    used.set(i, k + 1);
    return `Ethernet${k * 4}`;
  };
  const links = [];
  for (let i = 0; i < n; i++) {
    for (const step of [1, 7]) {
      const j = (i + step) % n;
      if (j !== i) links.push({ a: `${name(i)}:${port(i)}`, z: `${name(j)}:${port(j)}` });
    }
  }
  return {
    dir: '/bench/lab',
    topology: { devices, links, vmlab: { name: 'bench', default_platform: 'sw', link_port_base: 10000, console_port_base: 40000, ssh_port_base: 50000 } },
    platforms: { sw: { vm_image: '/images/sw.qcow2', vm_interface_map: 'stride-4' } },
    profiles: {},
  };
}

function deployed(graph) {
  const nodes = {};
  const profiles = {};
  for (const node of graph.nodes) {
    const record = recordFor(node, 1, null);
    nodes[node.name] = { record, process: 'running', pidReused: false, vm: 'running', overlay: true, image: null, links: {} };
    profiles[node.name] = { exists: true, mgmt_ip: node.bindAddress, ssh_port: node.sshPort, console_port: node.consolePort };
  }
  return { state: { links: graph.links }, nodes, profiles };
}

/** Median of several runs, in milliseconds. */
function time(fn, runs) {
  const samples = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)], result };
}

export function benchCore() {
  const rows = [];
  for (const n of [100, 1000, 5000]) {
    const specs = specSet(n);
    const runs = n >= 5000 ? 5 : 9;
    const compiled = time(() => compile(resolveLab(specs, { homeDir: '/home/bench' }), { links: 'stream' }), runs);
    const graph = compiled.result;
    const empty = { state: null, nodes: {}, profiles: {} };
    const fresh = time(() => plan(graph, empty, { host: null }), runs);
    const running = deployed(graph);
    const noop = time(() => plan(graph, running, { host: null }), runs);
    rows.push({ n, links: graph.links.length, compile: compiled.ms, fresh: fresh.ms, noop: noop.ms, actions: fresh.result.actions.length });
  }
  const table = new Table({
    style: { head: [], border: [] },
    head: ['nodes', 'links', 'resolve+compile ms', 'plan (empty lab) ms', 'plan (no-op) ms', 'total ms', 'µs per n·log2 n'],
  });
  for (const r of rows) {
    const total = r.compile + r.fresh;
    table.push([
      r.n,
      r.links,
      r.compile.toFixed(1),
      r.fresh.toFixed(1),
      r.noop.toFixed(1),
      total.toFixed(1),
      ((total * 1000) / (r.n * Math.log2(r.n))).toFixed(3),
    ]);
  }
  console.log('Pure core: compile + plan (median of several runs; target: 5,000 nodes under 1,000 ms, growth no faster than n log n)');
  console.log(table.toString());
  const last = rows[rows.length - 1];
  console.log(`5,000 nodes: ${(last.compile + last.fresh).toFixed(0)} ms (target < 1000 ms): ${last.compile + last.fresh < 1000 ? 'met' : 'NOT met'}`);
  return rows;
}
