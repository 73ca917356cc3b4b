import { qemuConfig } from '../model/compile.js';
import { reconnects } from '../model/links.js';
import type { DesiredNode } from '../model/types.js';
import { mgmtNetwork } from '../model/mgmt-network.js';
import type { NodeRecord, ObservedNode } from '../state/types.js';
import { configChanges, ignoringLinkBackend } from './field-changes.js';
import type { Action, FieldChange, UpdateStep } from './types.js';
import { liveUnplugs } from './unplug.js';
import { sameImage } from '../state/image-identity.js';
import { describeTestHost, testHostChanges } from './test-host-changes.js';
import { destroyAction, freshAction, releasedHosts, stopAction, updateAction, type LabContext } from './action-builders.js';
import type { PassOutput, PlanInput } from './passes.js';
import { reason, type Reason } from './reasons.js';

/** The drift a running node can have that only a restart heals. */
function runtimeDrift(observed: ObservedNode): Reason[] {
  const reasons: Reason[] = [];
  // Older state files have no `ready`: treat them as ready.
  if (observed.record.ready === false) reasons.push(reason('never-ready'));
  if (observed.vm === 'shutdown' || observed.vm === 'guest-panicked') reasons.push(reason('guest-state', { state: observed.vm }));
  if (observed.vm === 'unreachable') reasons.push(reason('monitor-unreachable'));
  for (const [iface, state] of Object.entries(observed.links ?? {}).sort()) {
    if (state === 'down') {
      const nic = observed.record.config.nics.find((n) => n.interface === iface);
      // A reconnecting connector takes its listener back by itself: waiting for it is no reason to restart.
      if (reconnects(nic?.link)) continue;
      reasons.push(reason('link-down', { interface: iface, peer: nic?.link?.peer ?? 'its peer' }));
    }
  }
  return reasons;
}

/**
 * The management network the node wants against the one its QEMU runs with.
 * Only a new QEMU changes it, but the disk stays: a restart, not a replace.
 * A record without it is of a QEMU started before vmlab isolated guests.
 */
function mgmtNetworkChange(desired: DesiredNode, record: NodeRecord): Reason[] {
  const now = record.mgmt_network ?? 'open';
  const wanted = mgmtNetwork(desired);
  return now === wanted ? [] : [reason('mgmt-network', { old: now, new: wanted })];
}

/** SSH forward and console moved: both change live through the monitor. Steps, and a reason per field that moved. */
function portMoves(desired: DesiredNode, observed: ObservedNode): { steps: UpdateStep[]; reasons: Reason[] } {
  const record = observed.record;
  const moved: FieldChange[] = [];
  if (record.ssh_port !== desired.sshPort) moved.push({ field: 'ssh_port', old: record.ssh_port, new: desired.sshPort });
  if (record.console_port !== desired.consolePort) moved.push({ field: 'console_port', old: record.console_port, new: desired.consolePort });
  if (record.bind_address !== desired.bindAddress) moved.push({ field: 'bind_address', old: record.bind_address, new: desired.bindAddress });
  // Consoles of nodes started before they moved to 127.0.0.1 listen on the host's address: move them, live.
  const consoleBind = record.console_bind ?? record.bind_address;
  if (consoleBind !== desired.consoleBind) moved.push({ field: 'console_bind', old: consoleBind, new: desired.consoleBind });
  const has = (...fields: string[]) => moved.some((c) => fields.includes(c.field));
  const steps: UpdateStep[] = [];
  if (has('ssh_port', 'bind_address')) {
    steps.push({
      step: 'move-ssh',
      from: { address: record.bind_address, port: record.ssh_port },
      to: { address: desired.bindAddress, port: desired.sshPort },
    });
  }
  if (has('console_port', 'bind_address', 'console_bind'))
    steps.push({ step: 'move-console', to: { address: desired.consoleBind, port: desired.consolePort } });
  return { steps, reasons: moved.map((c) => reason('moved-live', c)) };
}

/**
 * Why a VM holding test hosts is replaced: what changes for its hosts (the
 * NIC changes behind it are in `changes`), then any other field that changed.
 */
function replaceReasons(desired: DesiredNode, hostLines: string[], changes: FieldChange[]): Reason[] {
  const changed = (c: FieldChange) => reason('config-changed', c);
  if (hostLines.length === 0) return changes.map(changed);
  const nicsChange = changes.some((c) => c.field.startsWith('nics'));
  const others = changes.filter((c) => !c.field.startsWith('nics')).map(changed);
  const layout = nicsChange ? [reason('test-host-nics', { data_nics: desired.nics.length - 1 })] : [];
  return [...hostLines.map((change) => reason('test-hosts-change', { change })), ...layout, ...others];
}

/**
 * What one desired node needs, given what was observed of it. Returns null
 * when the node is as the specs want it.
 */
export function nodeAction(
  desired: DesiredNode,
  observed: ObservedNode | undefined,
  wantsRunning: boolean,
  startRequested: boolean,
  stopRequested: boolean,
  ctx: LabContext,
): Action | null {
  const { name, host } = desired;
  if (observed === undefined) {
    if (!wantsRunning) return null;
    const hosts = desired.testHosts.map((h) => reason('test-host', { test_host: h.name, description: describeTestHost(h) }));
    return freshAction('create', desired, undefined, [reason('not-deployed'), ...hosts], ctx);
  }
  const record = observed.record;
  const running = observed.process === 'running';

  if (!wantsRunning) {
    return running ? stopAction(name, host, [reason(stopRequested ? 'stop-requested' : 'stopped-by-user')]) : null;
  }

  const wanted = qemuConfig(desired);
  const { unplugs, effective } = liveUnplugs(record.config, wanted);
  const changes = configChanges(ignoringLinkBackend(effective), ignoringLinkBackend(wanted));
  // What is set up inside a VM holding test hosts, against what the specs want now.
  const hostLines = testHostChanges(record.test_hosts ?? [], desired.testHosts);
  if (changes.length > 0) return freshAction('replace', desired, record, replaceReasons(desired, hostLines, changes), ctx);
  if (!observed.overlay) return freshAction('replace', desired, record, [reason('overlay-missing', { overlay: `disks/${name}.qcow2` })], ctx);
  const was = record.image_identity;
  if (was && observed.image && !sameImage(was, observed.image)) {
    const values = { image: record.config.image, old_size: was.size, new_size: observed.image.size, modified: observed.image.mtime };
    return freshAction('replace', desired, record, [reason('image-changed', values)], ctx);
  }
  const hostReasons = hostLines.map((change) => reason('test-hosts-change', { change }));

  if (!running) {
    let why = reason('process-exited');
    if (record.intent === 'stopped') why = reason(startRequested ? 'start-requested' : 'stopped-by-user');
    else if (observed.pidReused) why = reason('pid-reused', { pid: record.pid });
    return freshAction('start', desired, record, [why, ...hostReasons], ctx);
  }

  const drift = [...runtimeDrift(observed), ...mgmtNetworkChange(desired, record)];
  if (drift.length > 0) return freshAction('restart', desired, record, [...drift, ...hostReasons], ctx);

  const ports = portMoves(desired, observed);
  const steps: UpdateStep[] = [...ports.steps, ...unplugs.map((u) => u.step)];
  const reasons: Reason[] = [...ports.reasons, ...unplugs.map((u) => u.reason)];
  // A move of the SSH forward starts a new relay anyway.
  if (observed.relay === 'gone' && !steps.some((s) => s.step === 'move-ssh')) {
    steps.push({ step: 'restart-relay', address: record.bind_address, port: record.ssh_port });
    reasons.push(reason('relay-gone', { address: record.bind_address, port: record.ssh_port }));
  }
  if (observed.vm === 'paused') {
    steps.push({ step: 'resume' });
    reasons.push(reason('guest-paused'));
  }
  if (hostLines.length > 0) {
    const remove = (record.test_hosts ?? []).map((h) => h.name).filter((h) => !desired.testHosts.some((t) => t.name === h));
    steps.push({ step: 'setup-test-hosts', hosts: desired.testHosts, remove });
    reasons.push(...hostLines.map((change) => reason('test-hosts-setup', { change })));
  }
  return steps.length > 0 ? updateAction(desired, steps, reasons, releasedHosts(name, record, ctx)) : null;
}

/** Pass: each node of this run that the specs want, compared with what runs (create, start, replace, restart, update, stop). */
export function nodeActionsPass(input: PlanInput): PassOutput {
  const { graph, observed, request, ctx } = input;
  const start = new Set(request.start ?? []);
  const stop = new Set(request.stop ?? []);
  const put: Action[] = [];
  for (const node of graph.nodes) {
    if (!input.inScope(node) || !input.targeted(node.name)) continue;
    const seen = observed.nodes[node.name];
    const wantsRunning = stop.has(node.name) ? false : start.has(node.name) || seen?.record.intent !== 'stopped';
    const a = nodeAction(node, seen, wantsRunning, start.has(node.name), stop.has(node.name), ctx);
    if (a) put.push(a);
  }
  return { put };
}

/** Pass: every deployed node of this run that the specs no longer have is destroyed (not with --only). */
export function goneNodesPass(input: PlanInput): PassOutput {
  const { graph, observed, request, ctx } = input;
  if (request.only) return {};
  const desiredNames = new Set(graph.nodes.map((n) => n.name));
  const put: Action[] = [];
  for (const [name, seen] of Object.entries(observed.nodes)) {
    if (desiredNames.has(name) || !input.inScope(seen.record)) continue;
    const hosts = (seen.record.test_hosts ?? []).map((h) => h.name);
    const held = hosts.length === 0 ? [] : [reason('holds-test-hosts', { test_hosts: hosts })];
    // Its own profile goes back, and those of its test hosts that no VM of the specs holds now.
    const release = [name, ...releasedHosts(name, seen.record, ctx)];
    put.push(destroyAction(name, seen.record.host, [reason('not-in-specs'), ...held], release));
  }
  return { put };
}
