import type { Impairment } from '../model/impairment.js';
import type { MgmtNetwork } from '../model/mgmt-network.js';
import type { TemplateInputs } from '../state/templates.js';

export type { TemplateInputs };
import type { Operation } from 'fast-json-patch';
import type { DesiredNode, QemuConfig, TestHost } from '../model/types.js';
import type { RemoteListener } from '../model/topology.js';
import type { Reason } from './reasons.js';

export type { Reason, ReasonCode } from './reasons.js';

export type ActionKind = Action['action'];

/** One field that changes: the planner's evidence for a replace. */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/**
 * What an action waits for: another action's QEMU to be up (`started`: a
 * socket connector waits only until its listener's socket listens, not until
 * that guest boots), or another action to be over (`done`).
 */
export interface Dependency {
  on: string;
  until: 'started' | 'done';
}

/**
 * What every action has. `reasons` are for people: the executor acts on the
 * kind and on the fields of each kind, never on a reason.
 */
interface ActionBase {
  id: string;
  node: string;
  host: string | null;
  reasons: Reason[];
  depends_on: Dependency[];
}

/**
 * An action after which the node runs a fresh QEMU: it carries the node as
 * the specs want it, and everything its start needs.
 */
export interface FreshQemuAction extends ActionBase {
  action: 'create' | 'replace' | 'start' | 'restart';
  desired: DesiredNode;
  /** A new overlay over the base image (create, replace); else the overlay there is kept. */
  fresh_overlay: boolean;
  /** Its old QEMU stops before any QEMU of the plan starts (replace, restart): another may take over its ports. */
  stop_first: boolean;
  /** Started paused (-S), for a snapshot to be loaded into it: no readiness wait. */
  paused: boolean;
  /** Socket listeners on other hosts that must answer before it starts. */
  wait_for: RemoteListener[];
  /** Interfaces whose links are admin-down: their carriers go off as soon as the QEMU runs. */
  admin_down: string[];
  /** Test hosts no VM holds any more whose profiles are put back once this node is ready. */
  release_profiles: string[];
  /** The node's NICs whose outgoing frames are impaired: diverted from its QEMU's first instruction, the relay told before it starts. */
  impaired?: NicImpairment[];
  /** Warm start: the fresh overlay is a clone of this template (restored from its saved state, then re-identified); absent: a cold boot. */
  from_template?: TemplateRef;
}

/** What a direction should do to its frames, and who said so. */
export interface WantedImpairment {
  from: string;
  to: string;
  node: string;
  nic: number;
  interface: string;
  impairment: Impairment | null;
  /** live: `vmlab link impair` (it wins); declared: topology.json; none: a plain wire. */
  source: 'live' | 'declared' | 'none';
}

/** An impaired direction as the sending node's action carries it. */
export interface NicImpairment {
  nic: number;
  interface: string;
  peer: string;
  impairment: Impairment;
}

/** A warm-start template as an action names it: its key and its directory under the vmlab home. */
export interface TemplateRef {
  key: string;
  /** `templates/<key>`, relative to the vmlab home. */
  dir: string;
}

/**
 * Builds a warm-start template: a cold boot of the platform's image with the
 * NIC shape its clones have (every data NIC a filler), readiness, then its
 * state saved to a file and the QEMU stopped. `node` is the first node that
 * needs it: the template borrows its SSH and console ports (the node starts
 * only after the template is done).
 */
export interface BuildTemplateAction extends ActionBase {
  action: 'build-template';
  template: TemplateRef;
  /** What the template QEMU runs with (the NICs the template's: fixed MACs, data NICs fillers). */
  desired: DesiredNode;
  /** What must match for a restore, recorded with the template (template.json). */
  inputs: TemplateInputs;
}

export interface StopAction extends ActionBase {
  action: 'stop';
}

export interface DestroyAction extends ActionBase {
  action: 'destroy';
  /** Profiles put back once the QEMU and its files are gone: its own, and its test hosts'. */
  release_profiles: string[];
}

/** One thing a running QEMU changes in place. */
export type UpdateStep =
  | { step: 'move-ssh'; from: { address: string; port: number }; to: { address: string; port: number } }
  | { step: 'move-console'; to: { address: string; port: number } }
  /** The NIC's link is gone from the specs: carrier down, netdev removed (its port freed); it stays as a filler. */
  | { step: 'unplug-nic'; nic: number; interface: string | null; peer: string | null }
  | { step: 'set-carrier'; nic: number; interface: string; up: boolean }
  | { step: 'resume' }
  /** One direction of a link, sent by this node's NIC: diverted through the impairment relay with `after`, or put back on the wire (null). */
  | { step: 'impair'; nic: number; interface: string; peer: string; before: Impairment | null; after: Impairment | null }
  /** The node's SSH forward relay (model/mgmt-network.ts) is gone while its QEMU runs: a new one listens on address:port. */
  | { step: 'restart-relay'; address: string; port: number }
  /** Inside the guest, over SSH: the namespaces of its test hosts as the specs want them, those of `remove` gone. */
  | { step: 'setup-test-hosts'; hosts: TestHost[]; remove: string[] };

export interface UpdateAction extends ActionBase {
  action: 'update';
  /** The node as it is after the update (its login and addresses are what setup-test-hosts uses). */
  desired: DesiredNode;
  steps: UpdateStep[];
  /** Test hosts that left it whose profiles are put back after its steps. */
  release_profiles: string[];
}

export interface ProfilePatch {
  file: string;
  create: boolean;
  patch: Operation[];
}

export interface PatchProfileAction extends ActionBase {
  action: 'patch-profile';
  profile: ProfilePatch;
}

/** One step of a plan, by kind. */
export type Action = FreshQemuAction | StopAction | DestroyAction | UpdateAction | PatchProfileAction | BuildTemplateAction;

/** The kinds after which a node runs a fresh QEMU. */
export const FRESH_QEMU_KINDS = ['create', 'replace', 'start', 'restart'] as const;

export function isFreshQemu(a: Action): a is FreshQemuAction {
  return (FRESH_QEMU_KINDS as readonly string[]).includes(a.action);
}

/** A node as `plan --json` shows it: where it is reached, plus what its QEMU runs with. */
export interface PlanNodeView extends QemuConfig {
  host: string | null;
  /** Where vmlab placed it by capacity and why (`placed on server-b: …`, `kept on server-a …`); null when the specs say where it runs. */
  placement: { host: string; reason: string; kept: boolean } | null;
  platform: string;
  ssh_port: number;
  console_port: number;
  /** Where the SSH forward listens (the profile's mgmt_ip). */
  bind_address: string;
  /** Where the serial console listens: always 127.0.0.1. */
  console_bind: string;
  /** What is typed on the serial console after boot, before SSH is tried (passwords never shown). */
  console_bootstrap: ConsoleBootstrapView;
  /** Its management network: `isolated` from the host (the default), or `outbound` (its platform's vm_mgmt_outbound). */
  mgmt_network: MgmtNetwork;
  /** A VM holding test hosts: the hosts, each a network namespace with its NICs (absent for other VMs). */
  test_hosts?: TestHost[];
  /**
   * A VM holding test hosts: the host whose login vmlab uses on it (the
   * first in name order that has one), and the hosts whose own login differs
   * from that one by value (no value is shown). Absent for other VMs.
   */
  test_host_login?: { host: string; differing: string[] };
}

/**
 * The console bootstrap as `plan` shows it: the platform's own steps, or
 * vmlab's built-in SONiC one (and why the platform counts as SONiC), or none.
 */
export type ConsoleBootstrapView =
  | { source: 'platform'; steps: number }
  | { source: 'sonic'; because: string; console_user: string; creates_user: string | null }
  | null;

export interface PlanLinkView {
  a: string;
  z: string;
  port: number;
  listener: string | null;
  transport: 'tcp' | 'udp';
  /** Its impaired directions (declared or set live); absent when it is a plain wire both ways. */
  impairments?: { from: string; to: string; impairment: Impairment; source: 'declared' | 'live' }[];
}

/**
 * A link as it is now, seen from this host (`plan --json` link_states,
 * `status --json` links): admin-down (taken down with `vmlab link down`), up,
 * down, or waiting for peer (an end that takes its peer back by itself,
 * while the peer is not running or runs on another host).
 */
export interface LinkStatus {
  a: string;
  z: string;
  transport: 'socket' | 'stream' | 'udp';
  state: 'up' | 'down' | 'admin-down' | 'waiting for peer';
  /** Why it is not up; null when it is. */
  reason: string | null;
  /** Not up for a reason vmlab does not know of (not taken down, no end stopped on purpose): drift. */
  drift: boolean;
  /** A link to another host: that end's host, else null. */
  peer_host: string | null;
  /** Its impaired directions, as the specs and live settings want them; absent when none. */
  impairments?: { from: string; to: string; impairment: Impairment; source: 'declared' | 'live' }[];
}

/** The lab's port bases and where each came from: topology.json's vmlab section, newtron's newtlab section, or vmlab's default. */
export interface PortBasesView {
  link: number;
  console: number;
  ssh: number;
  from: { link: 'vmlab' | 'newtlab' | 'default'; console: 'vmlab' | 'newtlab' | 'default'; ssh: 'vmlab' | 'newtlab' | 'default' };
}

/**
 * How links are built: `stream` links reconnect by themselves (a node that
 * restarts touches no other), `socket` links do not (QEMU before 8.0: a
 * listener's restart restarts its connectors), `udp` links are connectionless.
 */
export interface QemuView {
  version: string | null;
  links: 'stream' | 'socket' | 'udp';
}

/**
 * A plan: inert data, everything the executor needs, each action carrying
 * its node as the model has it. What is published of it (`plan --json`,
 * `--out`) is plan/wire.ts's WirePlan, format_version 3.
 */
export interface Plan {
  format_version: 3;
  lab: string;
  host: string | null;
  /** Added by planLab (the planner itself sees only the compiled graph). */
  port_bases?: PortBasesView;
  /** Added by planLab: the QEMU found here (null: none) and how it builds the lab's links. */
  qemu?: QemuView;
  nodes: Record<string, PlanNodeView>;
  links: PlanLinkView[];
  /** The links with an end on this host, as they are now (absent from plans made before it existed). */
  link_states?: LinkStatus[];
  actions: Action[];
  /** Effects outside this plan's scope that a person should know about. */
  warnings: string[];
  changes: boolean;
}

/** What the user asked for beyond the specs. */
export interface PlanRequest {
  /** Only this host's share of the actions (null: every node). */
  host: string | null;
  /** Nodes to start even though the user stopped them earlier. */
  start?: readonly string[];
  /** Nodes to stop and keep stopped. */
  stop?: readonly string[];
  /** Act on these nodes only (plus the restarts they force on their peers); others are left as they are. */
  only?: readonly string[];
}
