import { networkInterfaces } from 'node:os';
import { UsageError } from '../errors.js';

/** The hosts of the lab whose IP is one of this machine's addresses. */
export function hostsWithAddresses(hosts: Record<string, string>, addresses: string[]): string[] {
  const mine = new Set(addresses);
  return Object.keys(hosts)
    .filter((h) => mine.has(hosts[h]!))
    .sort();
}

/** Every IP address of this machine's interfaces. */
export function machineAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined)
    .map((a) => a!.address);
}

/**
 * Which host of a multi-host lab this machine is: --host when given, else
 * the one host whose IP this machine has. A lab with one host (or none)
 * needs no answer. `required` makes a missing answer an error (apply must
 * know which share to converge; plan can show the whole lab instead).
 */
export function resolveHost(hosts: Record<string, string>, given: string | undefined, required: boolean, addresses = machineAddresses()): string | null {
  if (given !== undefined) return given;
  const names = Object.keys(hosts);
  if (names.length <= 1) return names[0] ?? null;
  const matches = hostsWithAddresses(hosts, addresses);
  if (matches.length === 1) return matches[0]!;
  if (!required) return null;
  const why = matches.length === 0 ? 'none of their IPs is on this machine' : `this machine has the IPs of ${matches.join(', ')}`;
  throw new UsageError(`this lab spans hosts ${names.sort().join(', ')} and ${why}: pass --host NAME`);
}
