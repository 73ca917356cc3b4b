import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { UsageError } from '../errors.js';
import { unsafeNameReason } from '../specs/names.js';

/**
 * A lab name becomes a directory name that destroy removes: only a name that
 * passes the spec name rule (no '/', no '..', not empty) ever gets near a path.
 */
export function checkLabName(name: string, what = '--lab'): string {
  const unsafe = unsafeNameReason(name);
  if (unsafe) throw new UsageError(`${what}: lab name ${unsafe}`);
  return name;
}

function checkHostName(name: string): string {
  const unsafe = unsafeNameReason(name);
  if (unsafe) throw new UsageError(`--host: host name ${unsafe}`);
  return name;
}

/**
 * The name of what one server keeps for a lab: the lab's name for a lab of
 * one host (as it always was), `<lab>@<host>` for one host's share of a lab
 * of several. Servers that share one home (NFS) then never touch each
 * other's files. '@' is in no safe name, so such a name splits one way only.
 */
export function shareName(lab: string, host: string | null): string {
  checkLabName(lab, 'lab');
  return host === null ? lab : `${lab}@${checkHostName(host)}`;
}

/** A directory name under labs/ as lab and host (null: a lab of one host), or null when it is neither. */
export function parseShareName(name: string): { lab: string; host: string | null } | null {
  const parts = name.split('@');
  if (parts.length > 2 || parts.some((p) => unsafeNameReason(p) !== null)) return null;
  return { lab: parts[0]!, host: parts[1] ?? null };
}

/**
 * The host a share is kept for: the host of a lab of several hosts, null for
 * a lab of one (whose files stay where they always were).
 */
export function shareHost(hosts: Record<string, unknown>, host: string | null): string | null {
  return Object.keys(hosts).length > 1 ? host : null;
}

/**
 * The files of one lab (or of one host's share of a lab of several hosts),
 * laid out as in the design (HLD §8). The lock lives outside the lab
 * directory, in `locks/`: it is never deleted, so a waiting run can never
 * lock a file that destroy has just unlinked.
 */
export function labPaths(home: string, lab: string, host: string | null = null) {
  const name = shareName(lab, host);
  const dir = join(home, 'labs', name);
  return {
    home,
    lab,
    /** The host whose share this is; null for a lab of one host. */
    host,
    dir,
    state: join(dir, 'state.json'),
    lock: join(home, 'locks', `${name}.lock`),
    qemuDir: join(dir, 'qemu'),
    disksDir: join(dir, 'disks'),
    logsDir: join(dir, 'logs'),
    pidfile: (node: string) => join(dir, 'qemu', `${node}.pid`),
    monitor: (node: string) => join(dir, 'qemu', `${node}.mon`),
    /** The PID of the node's SSH forward relay, when it has one (model/mgmt-network.ts); "@" is in no node name. */
    relayPidfile: (node: string) => join(dir, 'qemu', `${node}@relay.pid`),
    overlay: (node: string) => join(dir, 'disks', `${node}.qcow2`),
    consoleLog: (node: string) => join(dir, 'logs', `${node}.log`),
    qemuLog: (node: string) => join(dir, 'logs', `${node}.qemu.log`),
    relayLog: (node: string) => join(dir, 'logs', `${node}@relay.log`),
    /** The impairment relay's sockets and PID (exec/impair/): one relay per lab and host. */
    impairDir: join(dir, 'impair'),
    impairSockets: impairSocketDir(join(dir, 'impair'), dir),
    impairPidfile: join(dir, 'impair', 'relay.pid'),
    impairLog: join(dir, 'logs', 'impair-relay.log'),
    /** The lab's own SSH key (exec/lab-key.ts makes it): `ssh-config` points OpenSSH at it. */
    sshKey: join(dir, 'ssh', 'id_ed25519'),
  };
}

export type LabPaths = ReturnType<typeof labPaths>;

/**
 * Where a controller's copy of a lab's specs (and the plan made of them)
 * lives on a server it drives: `$VMLAB_HOME/shipped/<lab>` for a lab of one
 * host, `shipped/<lab>@<host>` for one host's share of a lab of several (so
 * servers sharing one home each plan and apply from their own copy); a
 * symlink to the generation last received (`shipped/.<name>.gen-<hex>`, see
 * remote/received-specs.ts).
 */
export function shippedSpecsDir(home: string, lab: string, host: string | null = null): string {
  return join(home, 'shipped', shareName(lab, host));
}

/** The name every generation directory of a shipped copy starts with, beside it. */
export function shippedGenerationPrefix(shippedDir: string): string {
  return `.${basename(shippedDir)}.gen-`;
}

/**
 * The stable name of a path inside a shipped generation (`…/.<lab>.gen-<hex>/specs`
 * → `…/<lab>/specs`): each apply from a controller runs on a new generation,
 * and the lab it deploys must stay the same lab (state.json's spec_dir).
 * Null for any other path.
 */
export function shippedStableName(realPath: string): string | null {
  const m = /^(.*)\/\.([^/]+)\.gen-[0-9a-f]{16}(\/specs)$/.exec(realPath);
  return m ? `${m[1]}/${m[2]}${m[3]}` : null;
}

/**
 * A Unix socket's path has room for 107 bytes, and the lab directory's depth
 * is the user's (a server's home in a lab across servers is deep). The
 * impairment relay's sockets (a 17-byte name each) are in the lab directory
 * when they fit there, else in a private directory of /tmp named after it
 * (exec/impair/relay.ts makes it 0700 and checks it is the user's own).
 */
function impairSocketDir(preferred: string, labDir: string): string {
  if (preferred.length + 18 <= 107) return preferred;
  const uid = typeof process.getuid === 'function' ? process.getuid() : 'user';
  return join('/tmp', `vmlab-${uid}`, createHash('sha256').update(labDir).digest('hex').slice(0, 16));
}
