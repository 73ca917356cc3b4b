import type { QemuConfig } from '../model/types.js';
import type { FieldChange } from './types.js';

function flatten(value: unknown, path: string, out: Map<string, unknown>): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => flatten(item, `${path}[${i}]`, out));
    if (value.length === 0) out.set(path, []);
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value).sort()) flatten((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, out);
  } else {
    out.set(path, value);
  }
}

/**
 * The fields that differ between the config a QEMU was started with and the
 * config the specs want now, as "path: old → new" evidence for a replace.
 */
export function configChanges(recorded: QemuConfig, desired: QemuConfig): FieldChange[] {
  // Fast path: most nodes are unchanged, and both sides are built with the same key order.
  if (JSON.stringify(recorded) === JSON.stringify(desired)) return [];
  const before = new Map<string, unknown>();
  const after = new Map<string, unknown>();
  flatten(recorded, '', before);
  flatten(desired, '', after);
  const fields = [...new Set([...before.keys(), ...after.keys()])].sort(naturalOrder);
  return fields.filter((f) => before.get(f) !== after.get(f)).map((field) => ({ field, old: before.get(field) ?? null, new: after.get(field) ?? null }));
}

/**
 * The config without how its TCP links are built. A socket and a stream
 * netdev speak the same wire format, so a QEMU upgrade that turns new links
 * into stream links replaces no running node: each keeps its socket links
 * until it restarts for another reason.
 */
export function ignoringLinkBackend(config: QemuConfig): QemuConfig {
  if (!config.nics.some((n) => n.link && n.link.mode !== 'udp' && (n.link.backend !== undefined || n.link.reconnect_ms !== undefined))) return config;
  return {
    ...config,
    nics: config.nics.map((nic) => {
      if (!nic.link || nic.link.mode === 'udp') return nic;
      const { backend: _backend, reconnect_ms: _reconnect, ...link } = nic.link;
      return { ...nic, link };
    }),
  };
}

/** Orders "nics[2]" before "nics[10]". Made at first use: an Intl.Collator costs a few ms at start-up. */
let collator: Intl.Collator | undefined;
function naturalOrder(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { numeric: true });
  return collator.compare(a, b);
}
