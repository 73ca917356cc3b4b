import type { TestHost, TestHostInterface } from '../model/types.js';

/**
 * Test hosts in plan reasons: what a host VM holds, and what changes for
 * its hosts between what was set up inside it and what the specs want now.
 */

function nicSpan(h: TestHost): string {
  const first = h.interfaces[0]?.nic;
  const last = h.interfaces.at(-1)?.nic;
  if (first === undefined || last === undefined) return 'no NICs';
  return first === last ? `NIC ${first}` : `NICs ${first}–${last}`;
}

function describeInterface(i: TestHostInterface): string {
  return `${i.name} ${i.peer === null ? 'unlinked' : `→ ${i.peer}`}${i.address === null ? '' : ` ${i.address}`}`;
}

/** "test host host1: NIC 1, eth0 → sw1:Ethernet0 10.0.1.2/24, default route via 10.0.1.1" */
export function describeTestHost(h: TestHost): string {
  if (h.interfaces.length === 0) return `test host ${h.name}: an empty namespace (no links)`;
  const route = h.gateway === null ? '' : `, default route via ${h.gateway}`;
  return `test host ${h.name}: ${nicSpan(h)}, ${h.interfaces.map(describeInterface).join(', ')}${route}`;
}

function hostDiff(before: TestHost, after: TestHost): string[] {
  const lines: string[] = [];
  const old = new Map(before.interfaces.map((i) => [i.name, i]));
  const now = new Map(after.interfaces.map((i) => [i.name, i]));
  const names = [...after.interfaces.map((i) => i.name), ...before.interfaces.map((i) => i.name).filter((n) => !now.has(n))];
  for (const name of names) {
    const a = old.get(name);
    const b = now.get(name);
    const at = `${after.name}:${name}`;
    if (a === undefined) {
      lines.push(`${at} added (NIC ${b!.nic}${b!.peer === null ? '' : `, linked to ${b!.peer}`})`);
      continue;
    }
    if (b === undefined) {
      lines.push(`${at} removed${a.peer === null ? '' : ` (was linked to ${a.peer})`}`);
      continue;
    }
    if (a.peer !== b.peer) {
      if (b.peer === null) lines.push(`${at} no longer linked (was ${a.peer})`);
      else lines.push(`${at} now linked to ${b.peer}${a.peer === null ? '' : ` (was ${a.peer})`}`);
    }
    if (a.address !== b.address) lines.push(`${at} address ${a.address ?? '(none)'} → ${b.address ?? '(none)'}`);
  }
  const span = [nicSpan(before), nicSpan(after)];
  if (before.interfaces.length > 0 && after.interfaces.length > 0 && before.interfaces[0]!.nic !== after.interfaces[0]!.nic) {
    lines.push(`test host ${after.name} moves from ${span[0]} to ${span[1]} (a host before it in name order changed its block)`);
  }
  if (before.gateway !== after.gateway) lines.push(`test host ${after.name}: default route via ${before.gateway ?? '(none)'} → ${after.gateway ?? '(none)'}`);
  return lines;
}

/**
 * What changes for the test hosts of a VM, one line each: hosts added or
 * removed, interfaces linked, unlinked or rewired, addresses and routes.
 * Empty when nothing does.
 */
export function testHostChanges(before: TestHost[], after: TestHost[]): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const old = new Map(before.map((h) => [h.name, h]));
  const now = new Map(after.map((h) => [h.name, h]));
  const lines: string[] = [];
  for (const name of [...new Set([...old.keys(), ...now.keys()])].sort()) {
    const a = old.get(name);
    const b = now.get(name);
    if (a === undefined) lines.push(`${describeTestHost(b!).replace(/^test host (\S+): /, 'test host $1 added: ')}`);
    else if (b === undefined) lines.push(`test host ${name} removed${a.interfaces.length === 0 ? '' : ` (it had ${nicSpan(a)})`}`);
    else lines.push(...hostDiff(a, b));
  }
  // Only the MACs or NIC numbers moved (no name, link or address did): still a change to set up.
  return lines.length > 0 ? lines : ["the test hosts' NICs are renumbered"];
}
