import type { SpecIssue } from '../errors.js';
import type { LinkTransport } from './types.js';
import type { PortBases } from './resolved.js';

interface PortRange {
  what: string;
  field: 'link_port_base' | 'console_port_base' | 'ssh_port_base';
  first: number;
  count: number;
}

const MAX_PORT = 65535;
/** Ports below this need root (or CAP_NET_BIND_SERVICE) to bind. */
const FIRST_UNPRIVILEGED = 1024;

/** Link ports a lab needs: one per TCP link, two per UDP link (one each side). */
export function linkPortCount(links: number, transport: LinkTransport): number {
  return transport === 'udp' ? links * 2 : links;
}

/**
 * The three port ranges (links, consoles, SSH) must fit below 65536 and must
 * not overlap: ports are never shifted silently, so a clash is a spec error.
 * Ranges starting below 1024 would fail to bind without root, so they need
 * `allow_privileged_ports`.
 */
export function checkPortRanges(
  bases: PortBases,
  nodes: number,
  linkPorts: number,
  issues: SpecIssue[],
  allowPrivileged = false,
  /** Where a base is written (the vmlab or newtlab section), for messages. */
  where: (field: PortRange['field']) => string = (field) => `/vmlab/${field}`,
): void {
  const ranges: PortRange[] = [
    { what: 'link ports', field: 'link_port_base' as const, first: bases.link, count: linkPorts },
    { what: 'console ports', field: 'console_port_base' as const, first: bases.console, count: nodes },
    { what: 'SSH ports', field: 'ssh_port_base' as const, first: bases.ssh, count: nodes },
  ];
  const span = (r: PortRange) => `${r.first}–${r.first + r.count - 1}`;
  for (const range of ranges) {
    if (range.count > 0 && range.first < FIRST_UNPRIVILEGED && !allowPrivileged) {
      issues.push({
        file: 'topology.json',
        path: where(range.field),
        message: `${range.what} from ${range.first} start below ${FIRST_UNPRIVILEGED}: binding them needs root (or CAP_NET_BIND_SERVICE); use a base of ${FIRST_UNPRIVILEGED} or more, or set "allow_privileged_ports": true in the vmlab section`,
      });
    }
    const last = range.first + range.count - 1;
    const room = MAX_PORT - (allowPrivileged ? 1 : FIRST_UNPRIVILEGED) + 1;
    if (range.count > room) {
      issues.push({
        file: 'topology.json',
        path: where(range.field),
        message: `the lab needs ${range.count} ${range.what}, more than there are (${room} ports from ${allowPrivileged ? 1 : FIRST_UNPRIVILEGED} to ${MAX_PORT}): no base fits them; make the lab smaller`,
      });
    } else if (range.count > 0 && last > MAX_PORT) {
      issues.push({
        file: 'topology.json',
        path: where(range.field),
        message: `${range.count} ${range.what} from ${range.first} end at ${last}, beyond ${MAX_PORT}; use a base of at most ${MAX_PORT - range.count + 1}`,
      });
    }
  }
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) {
      const a = ranges[i]!;
      const b = ranges[j]!;
      if (a.count === 0 || b.count === 0 || a.count > MAX_PORT || b.count > MAX_PORT) continue; // too many to fit: said above
      if (a.first < b.first + b.count && b.first < a.first + a.count) {
        issues.push({
          file: 'topology.json',
          path: where(b.field),
          message: `${b.what} ${span(b)} overlap ${a.what} ${span(a)}; move ${b.field} so the ranges are disjoint`,
        });
      }
    }
  }
}
