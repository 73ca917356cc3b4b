import { createHash } from 'node:crypto';
import { SpecError, UsageError, type SpecIssue } from '../errors.js';
import { compile } from '../model/compile.js';
import type { DesiredGraph } from '../model/types.js';
import { machineWarnings } from '../plan/machine-warnings.js';
import { plan } from '../plan/plan.js';
import { FRESH_QEMU_KINDS, type Plan, type PlanRequest } from '../plan/types.js';
import { gather } from '../state/gather.js';
import { labPaths, shareHost, type LabPaths } from '../state/paths.js';
import { readState } from '../state/state-file.js';
import type { LabState, ObservedLab } from '../state/types.js';
import type { WorldReader } from '../state/world.js';
import type { LoadedLab } from '../specs/load.js';
import type { SpecSources } from '../specs/types.js';
import { imageIssues as imageProblems } from '../specs/image-file.js';
import { hostAddresses } from '../specs/resolved.js';
import { checkSpecDirOwnsLab, loadLabAs } from '../state/lab-dir.js';
import { resolveHost } from '../state/local-host.js';
import type { WarmContext } from '../plan/passes.js';
import type { Machine } from '../ports/machine.js';
import type { QemuCapabilities } from '../ports/qemu.js';
import { imageIdentity } from '../state/read-image-identity.js';
import { listTemplates } from '../state/templates.js';

/** What a saved plan was based on: applying it refuses if any of this moved. */
export interface PlanBasis {
  spec_dir: string;
  lineage: string | null;
  serial: number | null;
  desired_hash: string;
}

export interface PlannedLab {
  loaded: LoadedLab;
  graph: DesiredGraph;
  paths: LabPaths;
  state: LabState | null;
  observed: ObservedLab;
  plan: Plan;
  basis: PlanBasis;
  /** The QEMU found here; null when there is none (links are then planned as socket links). */
  qemu: QemuCapabilities | null;
  /**
   * Nodes the plan would start whose base image does not exist yet: a
   * warning for plan and validate (the specs can be previewed without the
   * images), a refusal for apply, before it starts or writes anything.
   */
  missingImages: SpecIssue[];
}

export function desiredHash(graph: DesiredGraph): string {
  // Why a node was placed is no part of what the lab is ("placed on" becomes "kept on" once applied): where it runs (host) is.
  const nodes = graph.nodes.map(({ placement: _why, ...node }) => node);
  return createHash('sha256')
    .update(JSON.stringify({ ...graph, nodes }))
    .digest('hex');
}

/**
 * A node the plan would (re)create needs a base image it can run on: one
 * message per image and place it is named. An image that is there but
 * unusable (a directory, packed, a foreign format) is an error; one that is
 * missing, of any node the plan starts, is returned for the caller to judge.
 */
function checkImages(loaded: LoadedLab, result: Plan): { unusable: SpecIssue[]; missing: SpecIssue[] } {
  const nodesOf = (kinds: ReadonlySet<string>) => {
    const names = new Set(result.actions.filter((a) => kinds.has(a.action)).map((a) => a.node));
    return loaded.lab.nodes.filter((n) => names.has(n.name));
  };
  return {
    unusable: imageProblems(nodesOf(new Set(['create', 'replace'])), undefined, 'unusable'),
    missing: imageProblems(nodesOf(new Set(FRESH_QEMU_KINDS)), undefined, 'missing'),
  };
}

/** The warning that stands for a missing image in plan and validate. */
function missingImageWarning(issue: SpecIssue): string {
  return `${issue.message.replace(/; build or import it, or fix the path$/, '')}, named in ${issue.file} ${issue.path}: apply will refuse to start ${/needed by \S+,/.test(issue.message) ? 'them' : 'it'} until it is there (build or import it, or fix the path)`;
}

/** The world to observe a lab through: fixed, or made for the lab's paths (QMP needs them). */
export type WorldSource = WorldReader | ((paths: LabPaths) => WorldReader);

/** What planning asks of the machine: how to observe the lab, its QEMU and accelerator, and where NICs sit. */
export type PlanningMachine = Pick<Machine, 'qemu' | 'accel' | 'nicSlot' | 'facts'> & { world: WorldSource };

/** The machine, planning through another world (validate: /proc only; status: the world it already made). */
export function observingThrough(machine: Machine, world: WorldSource): PlanningMachine {
  return {
    world,
    qemu: (home) => machine.qemu(home),
    accel: (requested) => machine.accel(requested),
    nicSlot: (index) => machine.nicSlot(index),
    facts: () => machine.facts(),
  };
}

/**
 * What to plan for. `host` undefined means "this machine": in a lab across
 * hosts, the host whose IP this machine has (required for apply, optional for
 * plan, which otherwise shows the whole lab).
 */
export type LabRequest = Omit<PlanRequest, 'host'> & {
  host?: string | null;
  hostRequired?: boolean;
  /** --lab: deploy under this name instead of the specs' */
  labName?: string;
  /** --platforms, --secrets (or their variables) */
  sources?: SpecSources;
  /** What the QEMU here can do; undefined: ask the machine, null: plan without one. */
  qemu?: QemuCapabilities | null;
  /** --accel / VMLAB_ACCEL: the accelerator a warm start's template is built and keyed with; absent: the best here. */
  accel?: string;
};

/**
 * What warm starts need from this machine, looked at only when the lab has a
 * warm node: the accelerator, the QEMU version, who each base image is, and
 * the templates built in this home.
 */
async function warmContext(
  graph: DesiredGraph,
  home: string,
  machine: PlanningMachine,
  qemu: QemuCapabilities | null,
  accel: string | undefined,
): Promise<WarmContext | undefined> {
  const warm = graph.nodes.filter((n) => n.warm);
  if (warm.length === 0) return undefined;
  const paths = [...new Set(warm.map((n) => n.image))];
  const images = Object.fromEntries(await Promise.all(paths.map(async (image) => [image, await imageIdentity(home, image)] as const)));
  return {
    facts: {
      accel: machine.accel(accel).accel,
      qemuVersion: qemu?.version ?? null,
      images,
      templates: listTemplates(home).map((t) => ({ key: t.key, inputs: t.inputs, build_seconds: t.build_seconds })),
    },
    place: machine.nicSlot,
  };
}

/** --host names one of the lab's hosts (before anything, a lock or a directory, is made for it). */
export function checkRequestedHost(hosts: Record<string, unknown>, host: string | null): void {
  if (host === null || Object.hasOwn(hosts, host)) return;
  const known = Object.keys(hosts).sort();
  throw new UsageError(`--host ${host}: not in vmlab.hosts of topology.json (${known.length ? known.join(', ') : 'the lab defines no hosts'})`);
}

/** specs → desired graph, state + world → observed, diff → plan. */
export async function planLab(specDir: string, home: string, machine: PlanningMachine, labRequest: LabRequest): Promise<PlannedLab> {
  const loaded = loadLabAs(specDir, labRequest.labName, labRequest.sources, home);
  const { lab } = loaded;
  const { hostRequired, labName: _name, sources: _sources, qemu: _qemu, accel: _accel, ...rest } = labRequest;
  const request: PlanRequest = {
    ...rest,
    host: labRequest.host === null ? null : resolveHost(hostAddresses(lab.hosts), labRequest.host, hostRequired ?? false),
  };
  checkRequestedHost(lab.hosts, request.host);
  for (const name of [...(request.start ?? []), ...(request.stop ?? [])]) {
    if (lab.nodes.some((n) => n.name === name)) continue;
    const holder = lab.nodes.find((n) => n.testHosts.some((h) => h.name === name));
    if (holder)
      throw new UsageError(`"${name}" is a test host inside the VM ${holder.name}, with no VM of its own: start or stop ${holder.name} (all its hosts)`);
    throw new UsageError(`no node "${name}" in lab "${lab.name}"; nodes: ${lab.nodes.map((n) => n.name).join(', ')}`);
  }
  const qemu = labRequest.qemu === undefined ? await machine.qemu(home) : labRequest.qemu;
  const graph = compile(lab, { links: qemu?.links ?? 'socket' });
  // A host's share of a lab of several hosts is kept apart from the other hosts' (they may share this home).
  const paths = labPaths(home, lab.name, shareHost(lab.hosts, request.host));
  const state = readState(paths.state);
  checkSpecDirOwnsLab(state, lab.dir, home);
  const world = typeof machine.world === 'function' ? machine.world(paths) : machine.world;
  const observed = await gather(state, paths, loaded.specs.profiles, world);
  const result = plan(graph, observed, request, await warmContext(graph, home, machine, qemu, labRequest.accel));
  // Plus the specs' own warnings, and nodes bigger than this machine (of those that run on it).
  const here = graph.nodes.filter((n) => (request.host === null ? Object.keys(lab.hosts).length <= 1 : n.host === request.host));
  const images = checkImages(loaded, result);
  if (images.unusable.length > 0) throw new SpecError(images.unusable);
  result.warnings = [...result.warnings, ...lab.warnings, ...machineWarnings(here, machine.facts()), ...images.missing.map(missingImageWarning)].sort();
  // Where the ports come from (vmlab or newtlab section, or defaults), right after the lab and host.
  const { format_version, lab: labName, host, ...planRest } = result;
  const links = lab.transport === 'udp' ? 'udp' : (graph.tcpBackend ?? 'socket');
  const planned: Plan = {
    format_version,
    lab: labName,
    host,
    port_bases: { ...lab.ports, from: lab.portsFrom },
    qemu: { version: qemu?.version ?? null, links },
    ...planRest,
  };
  return {
    loaded,
    graph,
    paths,
    state,
    observed,
    plan: planned,
    basis: { spec_dir: lab.dir, lineage: state?.lineage ?? null, serial: state?.serial ?? null, desired_hash: desiredHash(graph) },
    missingImages: images.missing,
    qemu,
  };
}
