/**
 * Lab and node names become file names (overlays, logs, sockets) and appear
 * in QEMU command lines, so only plain, safe characters are accepted.
 */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/;

export function unsafeNameReason(name: string): string | null {
  if (SAFE_NAME.test(name) && !name.includes('..')) return null;
  return `"${name}" is not a safe name: use letters, digits, '.', '_' and '-' (not first), at most 63 characters, no '..'`;
}
