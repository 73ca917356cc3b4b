/**
 * Lab and node names become file names (overlays, logs, sockets) and appear
 * in QEMU command lines, so only plain, safe characters are accepted.
 */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

/**
 * Names of Object's own properties ("constructor", "toString", …): the spec
 * loader's maps have no prototype, but the plan and state of a lab key plain
 * objects by node name, where such a name would find a method. Refused, with
 * the rest of the name rule, rather than half handled.
 */
const OBJECT_PROPERTIES = new Set(Object.getOwnPropertyNames(Object.prototype));

export function unsafeNameReason(name: string): string | null {
  if (OBJECT_PROPERTIES.has(name))
    return `"${name}" is not a safe name: it is the name of a property every JavaScript object has, which vmlab keeps apart from lab names; choose another name`;
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
