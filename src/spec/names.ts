/**
 * Lab and node names become file names (overlays, logs, sockets) and appear
 * in QEMU command lines, so only plain, safe characters are accepted.
 */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

export function unsafeNameReason(name: string): string | null {
  if (SAFE_NAME.test(name) && !name.includes('..')) return null;
  return `"${name}" is not a safe name: use letters, digits, '.', '_' and '-' (not first), at most 63 characters, no '..'`;
}

/**
 * A map keyed by names from the specs, without a prototype: looking up a
 * device "constructor" or a host "__proto__" finds an entry or nothing, never
 * one of Object's own properties (JSON objects from the specs are made the
 * same way, json-file.ts).
 */
export function nameMap<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const map = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) map[key] = value;
  return map;
}
