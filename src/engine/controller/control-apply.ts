import { join } from 'node:path';
import { acquireLock } from '../../state/lock.js';
import { checkLabName } from '../../state/paths.js';
import { readControllerRecord, writeControllerRecord, type ControllerRecord, type ServerAccess } from '../../state/controller-record.js';
import { loadLabAs } from '../../state/lab-dir.js';
import type { SshClient } from '../../remote/ssh.js';
import type { SpecSources } from '../../specs/types.js';
import type { LoadedLab } from '../../specs/load.js';
import { patchControllerProfiles, recordUndoStore } from './controller-profiles.js';
import { applyOnServers, type ServerOutcome, type ServerProgress } from './remote-apply.js';
import { planOnServers, type ServerPlan } from './remote-plan.js';
import { dropShipped, shipmentOf } from '../../remote/ship.js';
import { checkServers, labServers, type Server } from './servers.js';

export interface ControlOptions {
  specDir: string;
  home: string;
  labName?: string;
  sources: SpecSources;
  client: SshClient;
  /** This vmlab's version: every server must run the same. */
  version: string;
  lockWaitMs: number;
}

export interface ControlApplyOptions extends ControlOptions {
  /** Shown every server's plan, and where this run places new nodes, before anything changes; false stops. */
  review(plans: ServerPlan[], placed: PlacedNode[]): Promise<boolean>;
  progress: ServerProgress;
}

/** A node this run places on a server (the servers' own plans only see the placement they are given). */
export interface PlacedNode {
  node: string;
  host: string;
  reason: string;
}

export interface ControlApplyOutcome {
  lab: string;
  plans: ServerPlan[];
  outcomes: ServerOutcome[];
  applied: boolean;
  /** About the controller's own profiles. */
  notes: string[];
}

/** The controller's own lock: a server's lab lock may live in this very VMLAB_HOME, when the controller is one of the servers. */
export function controllerLock(home: string, lab: string): string {
  return join(home, 'locks', `${checkLabName(lab)}.controller.lock`);
}

/**
 * The servers this run talks to: those the specs put nodes on, and those an
 * earlier run did (their nodes may have left the specs, and must go).
 */
export function serversInPlay(all: Server[], nodeHosts: (string | null)[], record: ControllerRecord | null): Server[] {
  const wanted = new Set([...nodeHosts.filter((h) => h !== null), ...(record?.servers ?? []).map((s) => s.name)]);
  return all.filter((s) => wanted.has(s.name));
}

/** The whole lab as its servers see it: each share planned there. */
export interface ControlPlanned {
  lab: string;
  loaded: LoadedLab;
  previous: ControllerRecord | null;
  servers: Server[];
  plans: ServerPlan[];
  /** Every node's server, as shipped to every server. */
  placement: Record<string, string>;
  /** The nodes this run places. */
  placed: PlacedNode[];
}

/**
 * Checks every server's vmlab, ships the specs and has each server plan its
 * share. Nodes placed by an earlier run stay where they are (--placement,
 * when given, says otherwise).
 */
export async function planServers(options: ControlOptions, lab: string): Promise<ControlPlanned> {
  const previous = readControllerRecord(options.home, lab);
  const loaded = loadLabAs(options.specDir, options.labName, { placement: previous?.placement ?? {}, ...options.sources });
  const placement = Object.fromEntries(loaded.lab.nodes.filter((n) => n.host !== null).map((n) => [n.name, n.host!]));
  const placed = loaded.lab.nodes.flatMap((n) => (n.placement && !n.placement.kept ? [{ node: n.name, ...n.placement }] : []));
  // What goes to the servers is checked before any is asked anything: a link out of the directory, a FIFO, a file past the cap is exit 3 here.
  const shipment = shipmentOf(loaded, placement);
  const servers = serversInPlay(
    labServers(loaded.lab),
    loaded.lab.nodes.map((n) => n.host),
    previous,
  );
  await checkServers(options.client, servers, options.version);
  let plans: ServerPlan[];
  try {
    plans = await planOnServers(options.client, servers, lab, shipment);
  } catch (err) {
    await dropShipped(options.client, servers, lab);
    throw err;
  }
  return { lab, loaded, previous, servers, plans, placement, placed };
}

/** `vmlab plan` of a lab this machine drives: every server's own plan, nothing applied. */
export async function controlPlan(options: ControlOptions): Promise<ControlPlanned> {
  const lab = loadLabAs(options.specDir, options.labName, options.sources).lab.name;
  const release = await acquireLock(controllerLock(options.home, lab), 'vmlab plan (controller)', options.lockWaitMs);
  try {
    const planned = await planServers(options, lab);
    // Nothing is deployed by a plan: a server that runs none of the lab keeps no copy of its specs (nor secrets).
    await dropShipped(options.client, planned.servers, lab);
    return planned;
  } finally {
    release();
  }
}

/**
 * `vmlab apply` for a lab across servers, run from any machine: check every
 * server's vmlab, ship the specs, plan each share there, show the plans,
 * then apply every share at once over SSH and patch this machine's profiles
 * with every node's address and ports.
 */
export async function controlApply(options: ControlApplyOptions): Promise<ControlApplyOutcome> {
  const lab = loadLabAs(options.specDir, options.labName, options.sources).lab.name; // bad specs fail here, before any lock
  const release = await acquireLock(controllerLock(options.home, lab), 'vmlab apply (controller)', options.lockWaitMs);
  let shippedTo: Server[] = [];
  try {
    const { loaded, previous, servers, plans, placement, placed } = await planServers(options, lab);
    shippedTo = servers;
    const changes = plans.some((p) => p.plan.changes);
    if (changes && !(await options.review(plans, placed))) return { lab, plans, outcomes: [], applied: false, notes: [] };
    // Recorded before any server starts: a controller killed mid-run still knows where to destroy.
    const holder = {
      current: {
        ...(previous ?? { format_version: 1 as const, name: lab, profiles: {} }),
        spec_dir: loaded.lab.dir,
        sources: ownSources(options.sources),
        servers: mergeServers(previous?.servers ?? [], servers),
        placement,
      },
    };
    const save = (r: ControllerRecord) => writeControllerRecord(options.home, r);
    save(holder.current);
    const outcomes = changes
      ? await applyOnServers(
          options.client,
          plans.filter((p) => p.plan.changes),
          lab,
          options.progress,
        )
      : [];
    const failed = new Set(outcomes.filter((o) => o.code !== 0).map((o) => o.server.name));
    const notes = patchControllerProfiles(loaded, new Set(servers.map((s) => s.name).filter((s) => !failed.has(s))), recordUndoStore(holder, save));
    return { lab, plans, outcomes, applied: changes, notes };
  } finally {
    // A server where the lab is not deployed after this run (its share empty, the apply declined or failed before its first node) keeps no copy of the specs.
    try {
      await dropShipped(options.client, shippedTo, lab);
    } finally {
      release();
    }
  }
}

/** The servers known before, updated with how the specs reach them now, in name order. */
function mergeServers(known: ServerAccess[], now: Server[]): ServerAccess[] {
  const byName = new Map(known.map((s) => [s.name, s]));
  for (const s of now) byName.set(s.name, { name: s.name, address: s.address, ssh: s.ssh, vmlab: s.vmlab });
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The sources worth remembering: where the platforms and secrets were (the image store is the home's own). */
function ownSources(sources: SpecSources): ControllerRecord['sources'] {
  return {
    ...(sources.platforms === undefined ? {} : { platforms: sources.platforms }),
    ...(sources.secrets === undefined ? {} : { secrets: sources.secrets }),
  };
}
