import { VmlabError } from '../../errors.js';
import {
  isFreshQemu,
  type Action,
  type BuildTemplateAction,
  type DestroyAction,
  type FreshQemuAction,
  type PatchProfileAction,
  type Plan,
  type StopAction,
  type UpdateAction,
} from '../../plan/types.js';
import { recordFor } from '../../state/record.js';
import type { NodeRecord } from '../../state/types.js';
import { Semaphore, Signal } from './deferred.js';
import { recordCarrierChanges } from './link-carrier.js';
import type { LiveStep, Progress, Runtime } from '../../ports/runtime.js';
import type { StateSink } from './state-sink.js';

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
}

/**
 * Walks a plan: the plan alone says what to do (each action carries what
 * its execution needs), the runtime does it, the sink records it. Independent
 * actions run in parallel; each waits for what it depends on, until that has
 * started (a socket connector, for its listener's QEMU: its socket listens
 * from the first moment, so a whole lab boots in parallel) or is done. When
 * a step fails, whatever depends on it is skipped and independent work goes
 * on. Every step is recorded as soon as it happens.
 */
export async function execute(plan: Plan, runtime: Runtime, sink: StateSink, options: ExecuteOptions): Promise<StepResult[]> {
  const started = new Map(plan.actions.map((a) => [a.id, new Signal()]));
  const done = new Map(plan.actions.map((a) => [a.id, new Signal()]));
  const results = new Map<string, StepResult>();
  const boots = new Semaphore(Math.max(1, options.parallel));
  const log = (a: Action, message: string) => options.progress.node(a.node, message);
  const clock = () => runtime.now().getTime();
  const release = (a: Action, owners: readonly string[]) => {
    for (const owner of owners) for (const note of sink.restoreProfile(owner)) log(a, note);
  };
  const record = (name: string, change: (r: NodeRecord) => void) =>
    sink.update((d) => {
      const r = d.nodes[name];
      if (r) change(r);
    });

  // A QEMU that is replaced or restarted goes down before anything starts:
  // another node may be about to take over its ports.
  await Promise.all(
    plan.actions.map(async (a) => {
      if (!isFreshQemu(a) || !a.stop_first) return;
      const pid = sink.state.nodes[a.node]?.pid ?? null;
      if (pid === null) return;
      log(a, `stopping the old QEMU (pid ${pid}) for ${a.action}`);
      await runtime.stop(a.node, pid, true);
      record(a.node, (r) => (r.pid = null));
    }),
  );

  const boot = async (a: FreshQemuAction, signalStarted: () => void): Promise<void> => {
    const node = a.desired;
    const free = await boots.acquire();
    const t0 = clock();
    try {
      if (a.wait_for.length > 0) await runtime.waitForListeners(node, a.wait_for, options.progress);
      const before = sink.state.nodes[node.name];
      const template = a.fresh_overlay && !a.paused ? a.from_template : undefined;
      log(
        a,
        a.paused
          ? 'starting paused to load the snapshot'
          : template
            ? `cloning template ${template.key} (restoring its booted state)`
            : a.fresh_overlay
              ? 'creating overlay and starting QEMU'
              : 'starting QEMU',
      );
      const pid = await runtime.start(node, {
        fresh: a.fresh_overlay,
        paused: a.paused,
        ...(template ? { template } : {}),
        ...(a.impaired ? { impaired: a.impaired } : {}),
      });
      // A new overlay is made over the image as it is now; a restarted one keeps what it was made over.
      const madeOver = a.fresh_overlay ? await runtime.imageIdentity(node.image) : (before?.image_identity ?? null);
      const startedAt = runtime.now().toISOString();
      // A paused QEMU is as ready as it gets: its guest is whatever the snapshot loaded into it holds.
      // A clone's overlay stands on its template's disk (kept in the record: such a template is in use); a restart keeps what it had.
      const clonedFrom = template ? template.key : a.fresh_overlay ? undefined : before?.template;
      sink.update((d) => {
        d.nodes[node.name] = { ...recordFor(node, pid, startedAt, a.paused), image_identity: madeOver, ...(clonedFrom ? { template: clonedFrom } : {}) };
      });
      // A new QEMU starts with every carrier on: admin-down links go down again before its guest sees them up.
      // (A clone starts with every data carrier off: see below.)
      if (a.admin_down.length > 0 && !template) {
        await runtime.setCarrier(
          node.name,
          node.nics.filter((n) => n.interface !== undefined && a.admin_down.includes(n.interface)),
          false,
        );
        record(node.name, (r) =>
          recordCarrierChanges(
            r,
            a.admin_down.map((iface) => ({ interface: iface, up: false })),
          ),
        );
      }
      signalStarted();
      if (a.paused) return;
      const down = await runtime.unconnectedLinks(node);
      if (down.length > 0)
        throw new VmlabError(`link${down.length > 1 ? 's' : ''} ${down.join(', ')} did not connect to ${down.length > 1 ? 'their listeners' : 'its listener'}`);
      if (template) {
        // Its guest still has the template's MACs, hostname and host keys: no wire sees it until it has its own.
        log(a, `restored (pid ${pid}): re-identifying (MACs, hostname, SSH host keys), links down until then`);
        await runtime.reidentify(node, options.progress);
        const wired = node.nics.filter((n) => n.index > 0 && !(n.interface !== undefined && a.admin_down.includes(n.interface)));
        await runtime.setCarrier(node.name, wired, true);
        if (a.admin_down.length > 0)
          record(node.name, (r) =>
            recordCarrierChanges(
              r,
              a.admin_down.map((iface) => ({ interface: iface, up: false })),
            ),
          );
      } else log(a, `booting (pid ${pid})`);
      await runtime.waitReady(node, options.progress);
      // A fresh guest has no namespaces: its test hosts are set up before it counts as ready.
      if (node.testHosts.length > 0) {
        log(a, `setting up test hosts ${node.testHosts.map((h) => h.name).join(', ')}`);
        await runtime.setupTestHosts(node, []);
      }
      release(a, a.release_profiles);
      record(node.name, (r) => (r.ready = true));
      log(a, `ready (${((clock() - t0) / 1000).toFixed(1)} s)`);
    } finally {
      free();
    }
  };

  const destroy = async (a: DestroyAction): Promise<void> => {
    log(a, 'destroying');
    await runtime.stop(a.node, sink.state.nodes[a.node]?.pid ?? null, true);
    runtime.removeFiles(a.node);
    release(a, a.release_profiles);
    sink.update((d) => {
      delete d.nodes[a.node];
    });
  };

  const stop = async (a: StopAction): Promise<void> => {
    log(a, 'stopping');
    const how = await runtime.stop(a.node, sink.state.nodes[a.node]?.pid ?? null, true);
    record(a.node, (r) => {
      r.intent = 'stopped';
      r.pid = null;
    });
    log(a, `stopped (${how})`);
  };

  const update = async (a: UpdateAction): Promise<void> => {
    const live = a.steps.filter((s): s is LiveStep => s.step !== 'setup-test-hosts');
    if (live.length > 0) {
      log(a, `updating in place: ${live.map((s) => s.step).join(', ')}`);
      await runtime.updateLive(a.node, live);
      record(a.node, (r) => recordLiveSteps(r, live));
    }
    // Inside the guest, after the monitor's part is done and recorded: NICs unplugged above may leave namespaces.
    for (const step of a.steps) {
      if (step.step !== 'setup-test-hosts') continue;
      const names = step.hosts.map((h) => h.name).join(', ') || '(none)';
      log(a, `setting up test hosts ${names}${step.remove.length ? `; removing ${step.remove.join(', ')}` : ''}`);
      await runtime.setupTestHosts(a.desired, step.remove);
      record(a.node, (r) => (r.test_hosts = step.hosts));
    }
    release(a, a.release_profiles);
  };

  const buildTemplate = async (a: BuildTemplateAction): Promise<void> => {
    const free = await boots.acquire();
    const t0 = clock();
    try {
      log(a, `building template ${a.template.key} for platform ${a.desired.platform}: a cold boot, then its state is saved`);
      await runtime.buildTemplate(a, options.progress);
      log(a, `template ${a.template.key} built (${((clock() - t0) / 1000).toFixed(1)} s)`);
    } finally {
      free();
    }
  };

  const patchProfile = async (a: PatchProfileAction): Promise<void> => {
    for (const note of sink.patchProfile(a.node, a.profile)) log(a, note);
    log(a, `profile ${a.profile.file} patched`);
  };

  const perform = (a: Action, signalStarted: () => void): Promise<void> => {
    switch (a.action) {
      case 'create':
      case 'replace':
      case 'start':
      case 'restart':
        return boot(a, signalStarted);
      case 'destroy':
        return destroy(a);
      case 'stop':
        return stop(a);
      case 'update':
        return update(a);
      case 'patch-profile':
        return patchProfile(a);
      case 'build-template':
        return buildTemplate(a);
    }
  };

  const run = async (a: Action): Promise<void> => {
    const t0 = clock();
    const finish = (status: StepResult['status'], error?: string) => {
      results.set(a.id, { id: a.id, status, seconds: (clock() - t0) / 1000, ...(error ? { error } : {}) });
      started.get(a.id)?.fire(status === 'done');
      done.get(a.id)?.fire(status === 'done');
    };
    for (const dep of a.depends_on) {
      const ok = await (dep.until === 'started' ? started : done).get(dep.on)?.promise;
      if (ok === false) return finish('skipped', `${dep.on} did not succeed`);
    }
    try {
      await perform(a, () => started.get(a.id)?.fire(true));
      finish('done');
    } catch (err) {
      const message = (err as Error).message;
      log(a, `failed: ${message.split('\n')[0]}`);
      finish('failed', message);
    }
  };

  await Promise.all(plan.actions.map(run));
  return plan.actions.flatMap((a) => results.get(a.id) ?? []);
}

/** What a live update changed, into the node's record (a draft). */
function recordLiveSteps(r: NodeRecord, steps: readonly LiveStep[]): void {
  for (const step of steps) {
    switch (step.step) {
      case 'move-ssh':
        r.ssh_port = step.to.port;
        r.bind_address = step.to.address;
        break;
      case 'move-console':
        r.console_port = step.to.port;
        r.console_bind = step.to.address;
        break;
      case 'unplug-nic': {
        // The NIC stays in the QEMU, a filler now.
        const mac = r.config.nics[step.nic]?.mac ?? '';
        r.config.nics[step.nic] = { index: step.nic, kind: 'filler', mac };
        break;
      }
      case 'set-carrier':
        recordCarrierChanges(r, [{ interface: step.interface, up: step.up }]);
        break;
      case 'resume':
      case 'restart-relay':
      // Impairments are observed afresh (the QEMU's filters, the relay), never recorded.
      case 'impair':
        break;
    }
  }
}
