import type { SpecIssue } from '../errors.js';
import { isPlainWire, parseImpairment } from './impairment.js';
import type { DeclaredImpairment, ResolvedEndpoint, ResolvedLink } from './resolved.js';

export type { DeclaredImpairment };

const endpointName = (e: ResolvedEndpoint) => `${e.node}:${e.iface}`;

/** A JSON pointer token (RFC 6901): "~" and "/" escaped. */
const token = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * `vmlab.impairments` of topology.json, read against the lab's links. Each
 * key names a link by one of its ends; its value is an impairment for both
 * directions, or `{"out": …, "in": …}` for each one separately, seen from
 * that end (out: what it sends; in: what it receives). A direction said twice
 * (from both ends of a link) is a mistake, said once, where.
 */
export function declaredImpairments(section: unknown, links: ResolvedLink[], issues: SpecIssue[]): DeclaredImpairment[] {
  if (section === undefined) return [];
  const file = 'topology.json';
  const base = '/vmlab/impairments';
  if (section === null || typeof section !== 'object' || Array.isArray(section)) {
    issues.push({ file, path: base, message: 'must be an object: link end (NODE:INTERFACE) → impairment, for example {"leaf1:Ethernet0": {"delay": "20ms"}}' });
    return [];
  }
  const peerOf = new Map<string, string>();
  for (const link of links) {
    peerOf.set(endpointName(link.a), endpointName(link.z));
    peerOf.set(endpointName(link.z), endpointName(link.a));
  }
  const said = new Map<string, string>(); // "from>to" → the path that said it
  const out: DeclaredImpairment[] = [];
  for (const [end, value] of Object.entries(section as Record<string, unknown>)) {
    const at = `${base}/${token(end)}`;
    const peer = peerOf.get(end);
    if (peer === undefined) {
      const known = [...peerOf.keys()].sort();
      issues.push({
        file,
        path: at,
        message: `"${end}" is not an end of any link; name a link by one of its ends (NODE:INTERFACE): ${known.slice(0, 8).join(', ')}${known.length > 8 ? ', …' : ''}`,
      });
      continue;
    }
    for (const { ways, spec, path } of directions(value, at, issues)) {
      const { impairment, issues: wrong } = parseImpairment(spec);
      for (const w of wrong) issues.push({ file, path: path + w.path, message: w.message });
      if (wrong.length > 0) continue;
      for (const direction of ways) {
        const [from, to] = direction === 'out' ? [end, peer] : [peer, end];
        const key = `${from}>${to}`;
        const before = said.get(key);
        if (before !== undefined) {
          issues.push({ file, path, message: `the direction ${from} → ${to} is impaired twice, here and at ${before}; say it once` });
          continue;
        }
        said.set(key, path);
        if (!isPlainWire(impairment)) out.push({ from, to, impairment });
      }
    }
  }
  return out.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/** The directions an entry speaks of: both (a plain impairment), or out and in. */
function directions(value: unknown, at: string, issues: SpecIssue[]): { ways: ('out' | 'in')[]; spec: unknown; path: string }[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.push({
      file: 'topology.json',
      path: at,
      message: 'must be an impairment ({"delay": "20ms", "loss": "1%"}) for both directions, or {"out": {…}, "in": {…}} for each one',
    });
    return [];
  }
  const keys = Object.keys(value);
  const directional = keys.filter((k) => k === 'out' || k === 'in');
  if (directional.length === 0) return [{ ways: ['out', 'in'], spec: value, path: at }];
  const rest = keys.filter((k) => k !== 'out' && k !== 'in');
  if (rest.length > 0) {
    issues.push({
      file: 'topology.json',
      path: `${at}/${token(rest[0]!)}`,
      message: `write the faults of both directions as one impairment, or each direction under "out" and "in", not both ways in one entry`,
    });
    return [];
  }
  const v = value as Record<string, unknown>;
  return directional.sort().map((d) => ({ ways: [d as 'out' | 'in'], spec: v[d], path: `${at}/${d}` }));
}
