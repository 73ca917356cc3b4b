import { isIP } from 'node:net';

/**
 * How a controller reaches a server: the ssh destination goes to ssh's own
 * argument parser (and, in OpenSSH before 9.6, unescaped through `%h` into a
 * ProxyCommand run by a shell), the vmlab command into the command line the
 * server's shell splits. So both are held to plain characters that neither
 * can read as anything but a name: a value that needs quoting is refused,
 * and what passes is quoted anyway where it is placed. The same rules apply
 * wherever the values come from: the specs and the controller's record.
 */

/** The vmlab command forms accepted, for messages. */
export const VMLAB_COMMAND_FORMS =
  'an absolute path ("/opt/vmlab/bin/vmlab"), a path in the home directory ("~/bin/vmlab") or a command on the PATH ("vmlab"), of letters, digits, ".", "_", "+", "-" and "/"';

/** The ssh destination form accepted, for messages. */
export const SSH_DESTINATION_FORM =
  '[user@]host, e.g. "lab@server-b": a user of letters, digits, ".", "_" and "-", a host name of the same (not starting with "-"), or an IPv4 or IPv6 address';

const PLAIN_PATH = /^[A-Za-z0-9._+/-]+$/;
const USER = /^[A-Za-z0-9._][A-Za-z0-9._-]{0,63}$/;
const HOST_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,252}$/;
const IPV6_CHARACTERS = /^[0-9A-Fa-f:.]+$/;
const BLANK_OR_CONTROL = /[\s\p{Cc}]/u;

/** A value as it appears in a message: JSON-quoted, so a control character shows as an escape, never raw. */
const shown = (value: string) => JSON.stringify(value);

/** What is wrong with a vmlab command on a server, or null. */
export function vmlabCommandProblem(vmlab: string): string | null {
  const why = vmlabCommandWhy(vmlab);
  return why === null ? null : `${shown(vmlab)} ${why}; give ${VMLAB_COMMAND_FORMS}`;
}

function vmlabCommandWhy(vmlab: string): string | null {
  if (vmlab.startsWith('-')) return 'starts with "-", which vmlab would take for an option';
  if (BLANK_OR_CONTROL.test(vmlab)) return 'has a blank or control character (the command takes no arguments here)';
  if (vmlab.endsWith('/')) return 'ends with "/", so it names a directory';
  const inHome = vmlab.startsWith('~/');
  const path = inHome ? vmlab.slice(2) : vmlab;
  if (!PLAIN_PATH.test(path)) return "has a character that is not plain, which the server's shell could read as more than a path";
  if (!inHome && !vmlab.startsWith('/') && vmlab.includes('/')) return "is a relative path, which depends on where the server's shell starts";
  if (path.split('/').includes('..')) return 'has a ".." component';
  return null;
}

/** What is wrong with an ssh destination, or null. */
export function sshDestinationProblem(ssh: string): string | null {
  const why = sshDestinationWhy(ssh);
  return why === null ? null : `${shown(ssh)}${why}; write it as ${SSH_DESTINATION_FORM}`;
}

function sshDestinationWhy(ssh: string): string | null {
  if (ssh.startsWith('-')) return ' starts with "-", which ssh would take for an option';
  if (BLANK_OR_CONTROL.test(ssh)) return ' has a blank or control character; an SSH destination is one word';
  const parts = ssh.split('@');
  if (parts.length > 2 || parts.some((p) => p === '')) return ' is not an SSH destination';
  const [user, host] = parts.length === 2 ? parts : [null, parts[0]!];
  if (user !== null && !USER.test(user)) return `: user ${shown(user)} is not a plain user name`;
  if (!isHost(host!)) return `: host ${shown(host!)} is not a host name or an IP address`;
  return null;
}

function isHost(host: string): boolean {
  if (IPV6_CHARACTERS.test(host) && host.includes(':')) return isIP(host) === 6;
  return HOST_NAME.test(host);
}

/**
 * A host's address goes into QEMU options (link sockets, SSH forwards) and
 * is what the other servers dial, so it must be one IPv4 address of that
 * host: QEMU 7.2's `-netdev socket` and user-net `hostfwd` parse IPv4 only
 * (`[::1]:port` → "can't resolve host address '['", "Bad host address").
 */
export function hostAddressProblem(host: string, ip: string): string | null {
  const version = isIP(ip);
  if (version === 0) return `${shown(ip)} is not an IP address`;
  if (ip === '0.0.0.0' || (version === 6 && /^[0:]+$/.test(ip))) {
    return `${shown(ip)} means every address of a machine, not one host's address; give the IP that the other servers reach ${host} on`;
  }
  if (version === 6) return `${shown(ip)} is an IPv6 address; QEMU 7.2's socket links and SSH forwards take IPv4 addresses only: give ${host}'s IPv4 address`;
  return null;
}
