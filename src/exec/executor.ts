import { VmlabError } from '../errors.js';
import { reconnects } from '../model/links.js';
import type { DesiredGraph, DesiredNode } from '../model/types.js';
import { FRESH_QEMU } from '../plan/cascade.js';
import type { Action, Plan } from '../plan/types.js';
import { imageIdentity } from '../state/read-image-identity.js';
import { recordFor } from '../state/record.js';
import type { StateStore } from '../state/state-store.js';
import type { NodeRecord } from '../state/types.js';
import { Semaphore, Signal } from './deferred.js';
import { reapplyAdminDown, recordCarrierChanges } from './link-carrier.js';
import { applyProfilePatch, restoreProfile } from './profile-io.js';
import type { Progress, RemoteListener, Runtime } from './runtime.js';

export interface StepResult {
  id: string;
  status: 'done' | 'failed' | 'skipped';
  seconds: number;
  error?: string;
}

export interface ExecuteOptions {
  /** How many VMs may boot at once. */
  parallel: number;
  progress: Progress;
  specDir: string;
}

/**
 * Walks a plan. Independent actions run in parallel; each waits for what it
 * depends on. A connector waits only until its listener's QEMU is up (its
 * socket listens from the first moment), not until that guest has booted, so
 * a whole lab boots in parallel. When a step fails, whatever depends on it is
 * skipped and independent work goes on. Every step is recorded in state.json
 * as soon as it happens.
 */
export async function execute(plan: Plan, graph: DesiredGraph, store: StateStore, runtime: Runtime, options: ExecuteOptions): Promise<StepResult[]> {
  const nodes = new Map(graph.nodes.map((n) => [n.name, n]));
  const started = new Map(plan.actions.map((a) => [a.id, new Signal()]));
  const done = new Map(plan.actions.map((a) => [a.id, new Signal()]));
  const results = new Map<string, StepResult>();
  const boots = new Semaphore(Math.max(1, options.parallel));
  const listenersOf = listenerMap(graph);
  const log = (a: Action, message: string) => options.progress.node(a.node, message);
  // Test hosts that no VM of the specs holds any more: their profiles are put back when their VM lets them go.
  const wantedHosts = new Set(graph.nodes.flatMap((n) => n.testHosts.map((h) => h.name)));
  const releaseHosts = (a: Action, before: NodeRecord | undefined) => {
    for (const h of before?.test_hosts ?? []) {
      if (wantedHosts.has(h.name) || h.name === a.node) continue;
      for (const note of restoreProfile(options.specDir, h.name, store)) log(a, note);
    }
  };

  // A QEMU that is replaced or restarted goes down before anything starts:
  // another node may be about to take over its ports.
  await Promise.all(
    plan.actions
      .filter((a) => a.action === 'replace' || a.action === 'restart')
      .map(async (a) => {
        const record = store.state.nodes[a.node];
        if (!record?.pid) return;
        log(a, `stopping the old QEMU (pid ${record.pid}) for ${a.action}`);
        await runtime.stop(a.node, record.pid, true);
        store.update((d) => {
          d.nodes[a.node]!.pid = null;
        });
      }),
  );

  const run = async (a: Action): Promise<void> => {
    const t0 = Date.now();
    const finish = (status: StepResult['status'], error?: string) => {
      results.set(a.id, { id: a.id, status, seconds: (Date.now() - t0) / 1000, ...(error ? { error } : {}) });
      started.get(a.id)!.fire(status === 'done');
      done.get(a.id)!.fire(status === 'done');
    };
    for (const dep of a.depends_on) {
      const linkOnly = FRESH_QEMU.has(a.action) && listenersOf.get(a.node)?.has(dep.split(':')[1]!) === true;
      const ok = await (linkOnly ? started : done).get(dep)?.promise;
      if (ok === false) return finish('skipped', `${dep} did not succeed`);
    }
    try {
      if (FRESH_QEMU.has(a.action)) {
        await boot(a, nodes.get(a.node)!, () => started.get(a.id)!.fire(true));
      } else {
        await small(a);
      }
      finish('done');
    } catch (err) {
      const message = (err as Error).message;
      log(a, `failed: ${message.split('\n')[0]}`);
      finish('failed', message);
    }
  };

  const boot = async (a: Action, node: DesiredNode, signalStarted: () => void): Promise<void> => {
    const release = await boots.acquire();
    const t0 = Date.now();
    try {
      const remote = remoteListeners(node, nodes);
      if (remote.length > 0) await runtime.waitForListeners(node, remote, options.progress);
      const fresh = a.action === 'create' || a.action === 'replace';
      const before = store.state.nodes[node.name];
      log(a, fresh ? 'creating overlay and starting QEMU' : 'starting QEMU');
      const pid = await runtime.start(node, fresh);
      store.update((d) => {
        const before = d.nodes[node.name]?.image_identity ?? null;
        d.nodes[node.name] = recordFor(node, pid, new Date().toISOString(), false);
        // A new overlay is made over the image as it is now; a restarted one keeps what it was made over.
        d.nodes[node.name]!.image_identity = fresh ? imageIdentity(node.image) : before;
      });
      await reapplyAdminDown(node, store, runtime);
      signalStarted();
      const down = await runtime.unconnectedLinks(node);
      if (down.length > 0) throw new VmlabError(`link${down.length > 1 ? 's' : ''} ${down.join(', ')} did not connect to ${down.length > 1 ? 'their listeners' : 'its listener'}`);
      log(a, `booting (pid ${pid})`);
      await runtime.waitReady(node, options.progress);
      // A fresh guest has no namespaces: its test hosts are set up before it counts as ready.
      if (node.testHosts.length > 0) {
        log(a, `setting up test hosts ${node.testHosts.map((h) => h.name).join(', ')}`);
        await runtime.setupTestHosts(node, []);
      }
      releaseHosts(a, before);
      store.update((d) => {
        d.nodes[node.name]!.ready = true;
      });
      log(a, `ready (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } finally {
      release();
    }
  };

  const small = async (a: Action): Promise<void> => {
    const record = store.state.nodes[a.node];
    switch (a.action) {
      case 'destroy': {
        log(a, 'destroying');
        await runtime.stop(a.node, record?.pid ?? null, true);
        runtime.removeFiles(a.node);
        for (const note of restoreProfile(options.specDir, a.node, store)) log(a, note);
        releaseHosts(a, record);
        store.update((d) => {
          delete d.nodes[a.node];
        });
        return;
      }
      case 'stop': {
        log(a, 'stopping');
        const how = await runtime.stop(a.node, record?.pid ?? null, true);
        store.update((d) => {
          d.nodes[a.node]!.intent = 'stopped';
          d.nodes[a.node]!.pid = null;
        });
        log(a, `stopped (${how})`);
        return;
      }
      case 'update': {
        const node = nodes.get(a.node)!;
        log(a, `updating in place: ${(a.changes ?? []).map((c) => c.field).join(', ')}`);
        await runtime.updateLive(node, record!, a.changes ?? []);
        store.update((d) => {
          const r = d.nodes[a.node]!;
          r.ssh_port = node.sshPort;
          r.console_port = node.consolePort;
          r.bind_address = node.bindAddress;
          r.console_bind = node.consoleBind;
          for (const change of a.changes ?? []) {
            const nic = /^nics\[(\d+)\]$/.exec(change.field);
            if (nic) r.config.nics[Number(nic[1])] = { index: Number(nic[1]), kind: 'filler', mac: r.config.nics[Number(nic[1])]!.mac };
          }
          recordCarrierChanges(r, a.changes ?? []);
        });
        // Inside the guest, after the monitor's part is done and recorded: NICs unplugged above may leave namespaces.
        if ((a.changes ?? []).some((c) => c.field === 'test_hosts')) {
          const gone = (record!.test_hosts ?? []).map((h) => h.name).filter((h) => !node.testHosts.some((t) => t.name === h));
          log(a, `setting up test hosts ${node.testHosts.map((h) => h.name).join(', ') || '(none)'}${gone.length ? `; removing ${gone.join(', ')}` : ''}`);
          await runtime.setupTestHosts(node, gone);
          store.update((d) => {
            d.nodes[a.node]!.test_hosts = node.testHosts;
          });
          releaseHosts(a, record);
        }
        return;
      }
      case 'patch-profile':
        for (const note of applyProfilePatch(options.specDir, a, store)) log(a, note);
        log(a, `profile ${a.profile!.file} patched`);
        return;
      default:
        throw new VmlabError(`internal error: no executor for ${a.action}`);
    }
  };

  await Promise.all(plan.actions.map(run));
  store.update((d) => {
    d.links = graph.links;
  });
  return plan.actions.map((a) => results.get(a.id)!);
}

/** The listeners on other hosts that a node connects to with a socket link (a stream link waits by itself). */
function remoteListeners(node: DesiredNode, nodes: Map<string, DesiredNode>): RemoteListener[] {
  const out: RemoteListener[] = [];
  for (const nic of node.nics) {
    if (nic.link?.mode !== 'connect' || reconnects(nic.link)) continue;
    const peer = nodes.get(nic.link.peer.split(':')[0]!);
    if (!peer || peer.host === node.host) continue;
    out.push({ iface: nic.interface!, peer: nic.link.peer, host: peer.host ?? '?', address: nic.link.address, port: nic.link.port });
  }
  return out;
}

/** node → names of the nodes whose TCP listener it connects to. */
function listenerMap(graph: DesiredGraph): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const node of graph.nodes) {
    for (const nic of node.nics) {
      if (nic.link?.mode !== 'connect') continue;
      const set = map.get(node.name) ?? new Set<string>();
      set.add(nic.link.peer.split(':')[0]!);
      map.set(node.name, set);
    }
  }
  return map;
}
