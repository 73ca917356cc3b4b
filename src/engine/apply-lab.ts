import { execute, type StepResult } from './execute/executor.js';
import { storeSink } from './execute/store-sink.js';
import { forgetGoneLinks, recordLinks } from './execute/link-carrier.js';
import type { Machine } from '../ports/machine.js';
import type { AccelChoice } from '../ports/qemu.js';
import type { Progress } from '../ports/runtime.js';
import { withLogins } from '../plan/logins.js';
import type { Plan } from '../plan/types.js';
import { acquireLock } from '../state/lock.js';
import { listTemplates, lockTemplates } from '../state/templates.js';
import { ConflictError, SpecError } from '../errors.js';
import { labPaths, shareHost, type LabPaths } from '../state/paths.js';
import { resolveHost } from '../state/local-host.js';
import { hostAddresses } from '../specs/resolved.js';
import { readState } from '../state/state-file.js';
import { StateStore } from '../state/state-store.js';
import { imageIssues } from '../specs/image-file.js';
import { checkLayoutOfLab, checkSpecDirOwnsLab, loadLabAs, specDirIdentity } from '../state/lab-dir.js';
import { checkPorts } from './preflight.js';
import { checkRequestedHost, planLab, type LabRequest } from './plan-lab.js';
import { readSavedPlan } from './saved-plan.js';

export interface ApplyOptions {
  specDir: string;
  home: string;
  request: LabRequest;
  command: string;
  /** A plan saved by "plan --out": its file name (for messages) and its text, read by the caller. */
  planFile?: { name: string; text: string };
  parallel?: number;
  accel?: string;
  lockWaitMs: number;
  progress: Progress;
  /** Where QEMUs are started and stopped (the real one, or a fake in tests). */
  machine: Machine;
  /** Shown the plan before anything happens; returns false to stop. */
  review(plan: Plan, accel: AccelChoice): Promise<boolean>;
}

export interface ApplyOutcome {
  plan: Plan;
  results: StepResult[];
  accel: AccelChoice;
  applied: boolean;
}

/** A default for --parallel: boots compete for cores and memory. */
export function defaultParallel(cores: number, freeMb: number, vmMb: number): number {
  return Math.max(1, Math.min(cores * 2, Math.floor((freeMb * 0.8) / Math.max(128, vmMb + 150))));
}

/** Lock, plan against the live lab, check ports, then execute. */
export async function applyLab(options: ApplyOptions): Promise<ApplyOutcome> {
  const { lab } = loadLabAs(options.specDir, options.request.labName, options.request.sources, options.home); // bad specs fail here, before any lock or directory exists
  // Which host's share this run converges, decided once: its lock, state and files are that host's own.
  const host = options.request.host === null ? null : resolveHost(hostAddresses(lab.hosts), options.request.host, options.request.hostRequired ?? false);
  const request: LabRequest = { ...options.request, host };
  checkRequestedHost(lab.hosts, host);
  const paths = labPaths(options.home, lab.name, shareHost(lab.hosts, host));
  checkLayoutOfLab(options.home, paths);
  checkSpecDirOwnsLab(readState(paths.state), lab.dir, options.home); // before waiting for a lock that is not ours to take
  // plan and validate preview a lab whose images are not there yet; apply must not start a node without one.
  // Refused here, before the lock (which writes) and before anything starts, if a node this run starts needs one.
  if (imageIssues(lab.nodes, undefined, 'missing').length > 0) {
    const preview = await planLab(options.specDir, options.home, options.machine, request);
    if (preview.missingImages.length > 0) throw new SpecError(preview.missingImages);
  }
  const release = await acquireLock(paths.lock, options.command, options.lockWaitMs, (holder) =>
    options.progress.node(lab.name, `waiting for the lab lock held by ${holder}`),
  );
  let releaseTemplates = () => undefined as void;
  try {
    // Warm nodes: from this plan (which picks the templates) until the clones are recorded, no "template rm" runs.
    if (lab.nodes.some((n) => n.warm)) {
      releaseTemplates = await lockTemplates(options.home, options.command, 'shared', options.lockWaitMs, () =>
        options.progress.node(lab.name, 'waiting for "vmlab template rm" to finish'),
      );
    }
    await reapOrphans(paths, options.machine, options.progress);
    await sweepCaptures(paths, options.machine, options.progress);
    // The specs are read again under the lock: a run we waited for may have patched the profiles.
    const planned = await planLab(options.specDir, options.home, options.machine, { ...request, ...(options.accel ? { accel: options.accel } : {}) });
    if (planned.missingImages.length > 0) throw new SpecError(planned.missingImages); // gone while we waited for the lock
    // A saved plan runs as it was saved, once it is shown to be based on the lab as it is now.
    const plan = options.planFile
      ? await readSavedPlan(options.planFile.name, options.planFile.text, planned.basis, planned.plan.host, planned.graph)
      : planned.plan;
    if (options.planFile) checkTemplatesThere(plan, options.home, options.planFile.name, planned.basis.spec_dir);
    const accel = options.machine.accel(options.accel);
    if (!plan.changes) return { plan, results: [], accel, applied: false };
    await checkPorts(plan, planned.observed, options.machine.ports, options.progress);
    if (!(await options.review(plan, accel))) return { plan, results: [], accel, applied: false };
    if (planned.qemu) options.machine.rememberQemu(options.home, planned.qemu);

    const store = new StateStore(paths, planned.state, { name: lab.name, specDir: specDirIdentity(lab.dir), host: plan.host });
    const maxMb = Math.max(...planned.graph.nodes.map((n) => n.memoryMb), 256);
    const facts = options.machine.facts();
    const parallel = options.parallel ?? defaultParallel(facts.cpus, facts.freeMemoryMb, maxMb);
    const runtime = await options.machine.runtime(paths, { accel: accel.accel, secrets: planned.loaded.specs.secrets, qemu: planned.qemu });
    // The plan holds no logins: they come from the graph it was made of (a saved plan's was checked to be this one).
    const results = await execute(withLogins(plan, planned.graph), runtime, storeSink(store, lab.dir), { parallel, progress: options.progress });
    recordLinks(store, planned.graph.links);
    forgetGoneLinks(store, planned.graph);
    return { plan, results, accel, applied: true };
  } finally {
    releaseTemplates();
    release();
  }
}

/**
 * A saved plan clones the templates that were there when it was made; one
 * removed since (`template rm`) would leave its clones on a missing backing
 * disk. Checked under the templates lock, so none goes while this apply runs.
 */
function checkTemplatesThere(plan: Plan, home: string, planFile: string, specDir: string): void {
  const there = new Set(listTemplates(home).map((t) => t.key));
  for (const a of plan.actions) if (a.action === 'build-template') there.add(a.template.key);
  for (const a of plan.actions) {
    const key = 'from_template' in a ? a.from_template?.key : undefined;
    if (key !== undefined && !there.has(key)) {
      throw new ConflictError(
        `saved plan ${planFile} is stale: it clones template ${key}, which is gone (vmlab template rm?); make a new one with "vmlab plan -S ${specDir} --out ${planFile}"`,
      );
    }
  }
}

/** Filters of killed `vmlab capture` runs: removed before planning (a capture itself takes no lock). */
async function sweepCaptures(paths: LabPaths, machine: Machine, progress: Progress): Promise<void> {
  const state = readState(paths.state);
  if (state) await machine.captures.sweep(paths, state, (node, message) => progress.node(node, message));
}

/**
 * A vmlab killed between starting a QEMU and recording its PID leaves that
 * QEMU running, unknown to state.json, holding its node's ports. Under the
 * lock no other run can be starting one, so any QEMU of this lab that state
 * does not name is such an orphan: it goes before planning.
 */
async function reapOrphans(paths: LabPaths, machine: Machine, progress: Progress): Promise<void> {
  const state = readState(paths.state);
  const recorded = new Set(Object.values(state?.nodes ?? {}).map((r) => r.pid));
  for (const orphan of machine.labQemus(paths.dir).filter((q) => !recorded.has(q.pid))) {
    progress.node(orphan.node, `stopping QEMU pid ${orphan.pid}: started by a vmlab run that was killed before it recorded it`);
    await machine.killQemu(orphan.pid, paths.dir);
  }
}
