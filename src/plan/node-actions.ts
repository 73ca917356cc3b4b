import { qemuConfig } from '../model/compile.js';
import type { DesiredNode } from '../model/types.js';
import type { ObservedNode } from '../state/types.js';
import { configChanges, formatChange, ignoringLinkBackend } from './field-changes.js';
import type { Action, ActionKind, FieldChange } from './types.js';
import { liveUnplugs } from './unplug.js';
import { sameImage } from '../state/image-identity.js';
import { describeTestHost, testHostChanges } from './test-host-changes.js';

export function action(kind: ActionKind, node: string, host: string | null, reasons: string[], extra: Partial<Action> = {}): Action {
  return { id: `${kind}:${node}`, action: kind, node, host, reasons, depends_on: [], ...extra };
}

/** The drift a running node can have that only a restart heals. */
function runtimeDrift(observed: ObservedNode): string[] {
  const reasons: string[] = [];
  // Older state files have no `ready`: treat them as ready.
  if (observed.record.ready === false) reasons.push('it never became ready after its last start (that apply failed or was interrupted)');
  if (observed.vm === 'shutdown' || observed.vm === 'guest-panicked') reasons.push(`guest is ${observed.vm}`);
  if (observed.vm === 'unreachable') reasons.push('QEMU monitor does not answer');
  for (const [iface, state] of Object.entries(observed.links ?? {}).sort()) {
    if (state === 'down') {
      const nic = observed.record.config.nics.find((n) => n.interface === iface);
      // A reconnecting connector takes its listener back by itself: waiting for it is no reason to restart.
      if (nic?.link?.mode === 'connect' && nic.link.reconnect_ms !== undefined) continue;
      const peer = nic?.link?.peer ?? 'its peer';
      reasons.push(`link ${iface} to ${peer} is down: its listener restarted or was never reached`);
    }
  }
  return reasons;
}

/** SSH forward and console moved: both change live through the monitor. */
function portChanges(desired: DesiredNode, observed: ObservedNode): FieldChange[] {
  const changes: FieldChange[] = [];
  const record = observed.record;
  if (record.ssh_port !== desired.sshPort) changes.push({ field: 'ssh_port', old: record.ssh_port, new: desired.sshPort });
  if (record.console_port !== desired.consolePort) changes.push({ field: 'console_port', old: record.console_port, new: desired.consolePort });
  if (record.bind_address !== desired.bindAddress) changes.push({ field: 'bind_address', old: record.bind_address, new: desired.bindAddress });
  // Consoles of nodes started before they moved to 127.0.0.1 listen on the host's address: move them, live.
  const consoleBind = record.console_bind ?? record.bind_address;
  if (consoleBind !== desired.consoleBind) changes.push({ field: 'console_bind', old: consoleBind, new: desired.consoleBind });
  return changes;
}

/**
 * Why a VM holding test hosts is replaced: what changes for its hosts (the
 * NIC changes behind it are in `changes`), then any other field that changed.
 */
function replaceReasons(desired: DesiredNode, hostLines: string[], changes: FieldChange[]): string[] {
  if (hostLines.length === 0) return changes.map(formatChange);
  const nics = (n: number) => `${n} data NIC${n === 1 ? '' : 's'}`;
  const nicsChange = changes.some((c) => c.field.startsWith('nics'));
  const others = changes.filter((c) => !c.field.startsWith('nics')).map(formatChange);
  const layout = nicsChange ? [`its NICs change (now ${nics(desired.nics.length - 1)}): a running QEMU gets no new NICs`] : [];
  return [...hostLines, ...layout, ...others];
}

/**
 * What one desired node needs, given what was observed of it. Returns null
 * when the node is as the specs want it.
 */
export function nodeAction(desired: DesiredNode, observed: ObservedNode | undefined, wantsRunning: boolean, startRequested: boolean, stopRequested: boolean): Action | null {
  const { name, host } = desired;
  if (observed === undefined) {
    return wantsRunning ? action('create', name, host, ['not deployed', ...desired.testHosts.map(describeTestHost)]) : null;
  }
  const running = observed.process === 'running';

  if (!wantsRunning) {
    return running ? action('stop', name, host, [stopRequested ? 'stop requested' : 'stopped by user']) : null;
  }

  const wanted = qemuConfig(desired);
  const { unplugs, effective } = liveUnplugs(observed.record.config, wanted);
  const changes = configChanges(ignoringLinkBackend(effective), ignoringLinkBackend(wanted));
  // What is set up inside a VM holding test hosts, against what the specs want now.
  const hostLines = testHostChanges(observed.record.test_hosts ?? [], desired.testHosts);
  if (changes.length > 0) return action('replace', name, host, replaceReasons(desired, hostLines, changes), { changes });
  if (!observed.overlay) return action('replace', name, host, [`overlay disks/${name}.qcow2 is missing`]);
  const was = observed.record.image_identity;
  if (was && observed.image && !sameImage(was, observed.image)) {
    return action('replace', name, host, [
      `base image ${observed.record.config.image} changed under the overlay (size ${was.size} → ${observed.image.size}, modified ${observed.image.mtime}): an overlay on a changed backing file is corrupt`,
    ]);
  }

  if (!running) {
    let reason = 'process exited';
    if (observed.record.intent === 'stopped') reason = startRequested ? 'start requested' : 'stopped by user';
    else if (observed.pidReused) reason = `process exited (PID ${observed.record.pid} now belongs to another program)`;
    return action('start', name, host, [reason, ...hostLines]);
  }

  const drift = runtimeDrift(observed);
  if (drift.length > 0) return action('restart', name, host, [...drift, ...hostLines]);

  const moved = [...portChanges(desired, observed), ...unplugs];
  if (observed.vm === 'paused') moved.push({ field: 'vm', old: 'paused', new: 'running' });
  if (hostLines.length > 0) {
    moved.push({ field: 'test_hosts', old: (observed.record.test_hosts ?? []).map((h) => h.name), new: desired.testHosts.map((h) => h.name) });
  }
  if (moved.length > 0) {
    const reasons = moved.flatMap((c) => {
      if (c.field === 'vm') return ['guest is paused: resume it'];
      if (c.field === 'test_hosts') return hostLines.map((line) => `${line} (set up inside the running VM, over SSH)`);
      return [`${formatChange(c)} (changed live through the monitor)`];
    });
    return action('update', name, host, reasons, { changes: moved });
  }
  return null;
}
