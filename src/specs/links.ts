import type { SpecIssue } from '../errors.js';
import type { LinkSpec, TopologySpec } from './types.js';

/** A link as written in the specs, with where it was written (for messages). */
export interface RawLink {
  a: string;
  z: string;
  file: string;
  path: string;
}

function pairKey(a: string, z: string): string {
  return a < z ? `${a}\u0000${z}` : `${z}\u0000${a}`;
}

/** Links named by `devices.*.interfaces.*.link`, one per cable, in name order. */
function linksFromInterfaces(topology: TopologySpec, issues: SpecIssue[]): RawLink[] {
  const seen = new Map<string, RawLink>();
  for (const device of Object.keys(topology.devices).sort()) {
    const interfaces = topology.devices[device]?.interfaces ?? {};
    for (const iface of Object.keys(interfaces).sort()) {
      const peer = interfaces[iface]?.link;
      if (peer === undefined) continue;
      const here = `${device}:${iface}`;
      const path = `/devices/${device}/interfaces/${iface}/link`;
      const [peerDevice, peerIface] = splitEndpoint(peer);
      const back = peerIface === undefined ? undefined : topology.devices[peerDevice]?.interfaces?.[peerIface]?.link;
      if (back !== undefined && back !== here) {
        issues.push({
          file: 'topology.json',
          path,
          message: `links to "${peer}", but ${peer} links to "${back}"; the two ends must name each other`,
        });
        continue;
      }
      const key = pairKey(here, peer);
      if (!seen.has(key)) seen.set(key, { a: here, z: peer, file: 'topology.json', path });
    }
  }
  return [...seen.values()];
}

/**
 * The lab's links: the `links` array when present, otherwise derived from the
 * interfaces' `link` fields. When both are present they must agree.
 */
export function collectLinks(topology: TopologySpec, issues: SpecIssue[]): RawLink[] {
  const fromInterfaces = linksFromInterfaces(topology, issues);
  if (topology.links === undefined) return fromInterfaces;

  const listed: RawLink[] = topology.links.map((link: LinkSpec, i: number) => ({
    a: link.a,
    z: link.z,
    file: 'topology.json',
    path: `/links/${i}`,
  }));
  const listedKeys = new Set(listed.map((l) => pairKey(l.a, l.z)));
  for (const link of fromInterfaces) {
    if (!listedKeys.has(pairKey(link.a, link.z))) {
      issues.push({
        file: link.file,
        path: link.path,
        message: `link ${link.a} ↔ ${link.z} is not in the links array; add { "a": "${link.a}", "z": "${link.z}" } to links or remove this field`,
      });
    }
  }
  // An interface that names a different peer than the links array is a disagreement too.
  for (const link of listed) {
    for (const [end, other] of [
      [link.a, link.z],
      [link.z, link.a],
    ] as const) {
      const [device, iface] = splitEndpoint(end);
      const declared = iface === undefined ? undefined : topology.devices[device]?.interfaces?.[iface]?.link;
      if (declared !== undefined && declared !== other) {
        issues.push({
          file: 'topology.json',
          path: `/devices/${device}/interfaces/${iface}/link`,
          message: `says "${declared}" but ${link.path.replace('/links/', 'links[')}] connects ${end} to "${other}"`,
        });
      }
    }
  }
  return listed;
}

/** "spine1:Ethernet0" → ["spine1", "Ethernet0"]; no colon → [text, undefined]. */
export function splitEndpoint(endpoint: string): [string, string | undefined] {
  const colon = endpoint.indexOf(':');
  if (colon < 0) return [endpoint, undefined];
  return [endpoint.slice(0, colon), endpoint.slice(colon + 1)];
}
