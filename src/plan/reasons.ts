/**
 * Why an action is in a plan: a code from a closed set, the values behind
 * it, and the sentence people read. Tools and tests look at the code and
 * values; the sentence is made from them here and nowhere else, so the plan
 * text, `plan --json` and `status` always say the same thing.
 */

/** The values each reason carries, by code. */
export interface ReasonValues {
  'not-deployed': Record<string, never>;
  /** A new VM holding test hosts: one per host, described. */
  'test-host': { test_host: string; description: string };
  /** What changes for the test hosts of a VM (one line of the diff). */
  'test-hosts-change': { change: string };
  /** The same, set up inside the running VM over SSH (an update). */
  'test-hosts-setup': { change: string };
  /** A VM holding test hosts gets other NICs: a running QEMU gets no new NICs. */
  'test-host-nics': { data_nics: number };
  'stop-requested': Record<string, never>;
  'stopped-by-user': Record<string, never>;
  'start-requested': Record<string, never>;
  'process-exited': Record<string, never>;
  'pid-reused': { pid: number | null };
  /** A setting only a new QEMU can change (replace). */
  'config-changed': { field: string; old: unknown; new: unknown };
  'overlay-missing': { overlay: string };
  /** The management network changes (isolated from the host, or outbound): QEMU cannot change it live. `open`: started before vmlab isolated guests. */
  'mgmt-network': { old: 'open' | 'isolated' | 'outbound'; new: 'isolated' | 'outbound' };
  'image-changed': { image: string; old_size: number; new_size: number; modified: string };
  'never-ready': Record<string, never>;
  'guest-state': { state: string };
  'monitor-unreachable': Record<string, never>;
  'link-down': { interface: string; peer: string };
  /** SSH forward or console moved (changed live through the monitor). */
  'moved-live': { field: string; old: unknown; new: unknown };
  'nic-unplugged': { nic: number; interface: string | null; peer: string | null };
  'guest-paused': Record<string, never>;
  /** The SSH forward relay of a running node is gone (killed, or its machine's processes reaped): started again, the guest runs on. */
  'relay-gone': { address: string; port: number };
  /** A socket connector restarts because its listener gets a fresh QEMU. */
  'listener-restarts': { interface: string; listener: string; listener_interface: string; cause: string };
  /** A listener's fresh QEMU: these stream connectors reconnect by themselves. */
  'peers-reconnect': { listener: string; ends: string[] };
  /** A direction's impairment differs from what the specs and live settings want (changed in the relay and on the NIC, live). */
  'impairment-changed': { interface: string; peer: string; old: string; new: string; source: 'declared' | 'live' | 'none' };
  /** A diverted direction whose relay is gone (or lost it): its frames are dropped until it is put again. */
  'impairment-broken': { interface: string; peer: string; why: string };
  'carrier-on': { interface: string; peer: string };
  'carrier-off': { interface: string; peer: string };
  'not-in-specs': Record<string, never>;
  'holds-test-hosts': { test_hosts: string[] };
  'profile-missing': { file: string };
  'profile-field': { field: string; old: unknown; new: unknown };
  'test-host-profile': { test_host: string; vm: string };
  'snapshot-restore': { snapshot: string };
  /** Warm start: the node's new QEMU is a clone of a booted template. */
  'warm-start': { template: string };
  /** A node of a warm platform that boots cold, and why. */
  'cold-boot': { why: string };
  /**
   * A template is built (a cold boot + save) because none with its key exists; `changed`: what differs from the
   * platform's existing one; `last_build_s`: what building the platform's last template here took (its expected cost), null: none built.
   */
  'template-build': { platform: string; template: string; clones: string[]; boot_timeout_s: number; last_build_s: number | null; changed: string[] };
}

export type ReasonCode = keyof ReasonValues;

/** One reason: `{code, message, ...values}`. */
export type Reason = { [C in ReasonCode]: { code: C; message: string } & ReasonValues[C] }[ReasonCode];

/** Every code, for the JSON Schema's enum (a code missing here fails to compile). */
export const REASON_CODES = Object.keys({
  'not-deployed': 0,
  'test-host': 0,
  'test-hosts-change': 0,
  'test-hosts-setup': 0,
  'test-host-nics': 0,
  'stop-requested': 0,
  'stopped-by-user': 0,
  'start-requested': 0,
  'process-exited': 0,
  'pid-reused': 0,
  'config-changed': 0,
  'overlay-missing': 0,
  'mgmt-network': 0,
  'image-changed': 0,
  'never-ready': 0,
  'guest-state': 0,
  'monitor-unreachable': 0,
  'link-down': 0,
  'moved-live': 0,
  'nic-unplugged': 0,
  'guest-paused': 0,
  'relay-gone': 0,
  'listener-restarts': 0,
  'peers-reconnect': 0,
  'impairment-changed': 0,
  'impairment-broken': 0,
  'carrier-on': 0,
  'carrier-off': 0,
  'not-in-specs': 0,
  'holds-test-hosts': 0,
  'profile-missing': 0,
  'profile-field': 0,
  'test-host-profile': 0,
  'snapshot-restore': 0,
  'warm-start': 0,
  'cold-boot': 0,
  'template-build': 0,
} satisfies Record<ReasonCode, 0>) as ReasonCode[];

const show = (v: unknown) => (v === null || v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v));
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const SENTENCES: { [C in ReasonCode]: (v: ReasonValues[C]) => string } = {
  'not-deployed': () => 'not deployed',
  'test-host': (v) => v.description,
  'test-hosts-change': (v) => v.change,
  'test-hosts-setup': (v) => `${v.change} (set up inside the running VM, over SSH)`,
  'test-host-nics': (v) => `its NICs change (now ${v.data_nics} data NIC${v.data_nics === 1 ? '' : 's'}): a running QEMU gets no new NICs`,
  'stop-requested': () => 'stop requested',
  'stopped-by-user': () => 'stopped by user',
  'start-requested': () => 'start requested',
  'process-exited': () => 'process exited',
  'pid-reused': (v) => `process exited (PID ${v.pid} now belongs to another program)`,
  'config-changed': (v) => `${v.field}: ${show(v.old)} → ${show(v.new)}`,
  'mgmt-network': (v) =>
    `management network: ${v.old === 'open' ? 'open (started before vmlab isolated guests from the host)' : v.old} → ${v.new} (QEMU cannot change it live)`,
  'overlay-missing': (v) => `overlay ${v.overlay} is missing`,
  'image-changed': (v) =>
    `base image ${v.image} changed under the overlay (size ${v.old_size} → ${v.new_size}, modified ${v.modified}): an overlay on a changed backing file is corrupt`,
  'never-ready': () => 'it never became ready after its last start (that apply failed or was interrupted)',
  'guest-state': (v) => `guest is ${v.state}`,
  'monitor-unreachable': () => 'QEMU monitor does not answer',
  'link-down': (v) => `link ${v.interface} to ${v.peer} is down: its listener restarted or was never reached`,
  'moved-live': (v) => `${v.field}: ${show(v.old)} → ${show(v.new)} (changed live through the monitor)`,
  'nic-unplugged': (v) => `nics[${v.nic}]: ${v.interface} linked to ${v.peer} → unplugged (changed live through the monitor)`,
  'guest-paused': () => 'guest is paused: resume it',
  'relay-gone': (v) => `the SSH forward relay on ${v.address}:${v.port} is gone: start it again (the guest runs on)`,
  'listener-restarts': (v) =>
    `its link ${v.interface} connects to ${v.listener}:${v.listener_interface}, and ${v.listener} gets a new QEMU (${v.cause}): a QEMU 7.2 socket link never reconnects`,
  'peers-reconnect': (v) =>
    `no peer restarts: ${v.ends.join(', ')} ${plural(v.ends.length, 'reconnects by itself', 'reconnect by themselves')} once ${v.listener}'s new QEMU listens`,
  'impairment-changed': (v) =>
    `frames ${v.interface} sends to ${v.peer}: ${v.old} → ${v.new}${v.source === 'live' ? ' (set live, "vmlab link impair")' : v.source === 'declared' ? ' (declared in topology.json)' : ''} (live, no restart)`,
  'impairment-broken': (v) => `frames ${v.interface} sends to ${v.peer} are diverted but ${v.why}: they are dropped until it is put right (live)`,
  'carrier-on': (v) => `the carrier of ${v.interface} (link to ${v.peer}) is off, but no "vmlab link down" asks for it: turn it on (set_link, live)`,
  'carrier-off': (v) => `link ${v.interface} to ${v.peer} is admin-down ("vmlab link down"): turn its carrier off (set_link, live)`,
  'not-in-specs': () => 'not in the specs',
  'holds-test-hosts': (v) => `it holds the test host${plural(v.test_hosts.length, '', 's')} ${v.test_hosts.join(', ')}`,
  'profile-missing': (v) => `${v.file} does not exist: it will be created`,
  'profile-field': (v) => `${v.field}: ${v.old === null ? '(none)' : JSON.stringify(v.old)} → ${JSON.stringify(v.new)}`,
  'test-host-profile': (v) => `test host ${v.test_host} is reached through ${v.vm}`,
  'snapshot-restore': (v) => `started paused, to load snapshot "${v.snapshot}"`,
  'warm-start': (v) => `create from template ${v.template} (restored from its booted state, then re-identified)`,
  'cold-boot': (v) => `cold boot (why not warm: ${v.why})`,
  'template-build': (v) =>
    `build template ${v.template} for platform ${v.platform} (${v.changed.length > 0 ? `its template is rebuilt: ${v.changed.join('; ')}` : 'none built yet'}): one cold boot (${v.last_build_s === null ? '' : `${v.last_build_s} s for its last template here; `}up to ${v.boot_timeout_s} s) and a save of its state, then ${v.clones.join(', ')} start${v.clones.length === 1 ? 's' : ''} from it`,
};

/** The sentence for a reason, from its code and values alone. */
export function reasonText(r: Reason): string {
  return (SENTENCES[r.code] as (v: Reason) => string)(r);
}

/** A reason with its sentence. */
export function reason<C extends ReasonCode>(code: C, ...values: ReasonValues[C] extends Record<string, never> ? [] : [ReasonValues[C]]): Reason {
  const r = { code, ...(values[0] ?? {}) } as unknown as Reason;
  return { code, message: reasonText(r), ...(values[0] ?? {}) } as unknown as Reason;
}
