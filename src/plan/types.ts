import type { Operation } from 'fast-json-patch';
import type { QemuConfig, TestHost } from '../model/types.js';

export type ActionKind = 'create' | 'start' | 'stop' | 'update' | 'replace' | 'restart' | 'destroy' | 'patch-profile';

/** One field that changes: the planner's evidence for replace and update. */
export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/**
 * One step of a plan. `reasons` are for people only: the executor acts on
 * `action`, `changes` and `patch`, never on the wording of a reason.
 */
export interface Action {
  id: string;
  action: ActionKind;
  node: string;
  host: string | null;
  reasons: string[];
  depends_on: string[];
  /** For update and replace: what changes. */
  changes?: FieldChange[];
  /** For patch-profile: the file and the JSON Patch to apply to it. */
  profile?: { file: string; create: boolean; patch: Operation[] };
}

/** A node as `plan --json` shows it: where it is reached, plus what its QEMU runs with. */
export interface PlanNodeView extends QemuConfig {
  host: string | null;
  platform: string;
  ssh_port: number;
  console_port: number;
  /** Where the SSH forward listens (the profile's mgmt_ip). */
  bind_address: string;
  /** Where the serial console listens: always 127.0.0.1. */
  console_bind: string;
  /** What is typed on the serial console after boot, before SSH is tried (passwords never shown). */
  console_bootstrap: ConsoleBootstrapView;
  /** A VM holding test hosts: the hosts, each a network namespace with its NICs (absent for other VMs). */
  test_hosts?: TestHost[];
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

/** A plan: inert, serialisable data (format_version 1 of `plan --json`). */
export interface Plan {
  format_version: 1;
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
