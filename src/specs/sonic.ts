import type { PlatformSpec } from './types.js';

/**
 * SONiC images often leave management down until someone logs in on the
 * serial console and runs `dhclient eth0`. A platform recognised as SONiC
 * that has no `vm_console_bootstrap` of its own gets vmlab's built-in one
 * (see src/exec/sonic-bootstrap.ts).
 *
 * The rule, first match wins, all comparisons case-insensitive:
 * - a test-host platform (`device_type` "host") is never SONiC;
 * - `dataplane` contains "sonic" or is "vs" or "vpp" (SONiC's virtual
 *   switch and VPP dataplanes, as newtron writes them);
 * - `hwsku` is a non-empty string (a SONiC hardware SKU);
 * - the platform's name contains "sonic".
 */
export function sonicReason(platformName: string, platform: PlatformSpec): string | null {
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  if (text(platform.device_type).toLowerCase() === 'host') return null;
  const dataplane = text(platform.dataplane);
  if (/sonic/i.test(dataplane) || ['vs', 'vpp'].includes(dataplane.toLowerCase())) return `dataplane "${dataplane}"`;
  const hwsku = text(platform.hwsku);
  if (hwsku !== '') return `hwsku "${hwsku}"`;
  if (/sonic/i.test(platformName)) return `platform name "${platformName}"`;
  return null;
}

/** SONiC's factory login (SONiC VS, VPP and the vendor simulators built on it). */
export const SONIC_DEFAULT_LOGIN = { user: 'admin', pass: 'YourPaSsWoRd' } as const;

/**
 * Who logs in on the console: `vm_console_credentials`, else the platform's
 * `vm_credentials`, else SONiC's admin/YourPaSsWoRd; a field missing in the
 * one chosen takes SONiC's default. (A profile's ssh_user/ssh_pass are the
 * SSH login, which the bootstrap creates when it differs.)
 */
export function consoleCredentials(platform: PlatformSpec): { user: string; pass: string } {
  const chosen = platform.vm_console_credentials ?? platform.credentials ?? platform.vm_credentials ?? {};
  return { user: chosen.user ?? SONIC_DEFAULT_LOGIN.user, pass: chosen.pass ?? SONIC_DEFAULT_LOGIN.pass };
}

/** What the built-in bootstrap of one node does; resolved from the specs, shown by `plan`. */
export interface SonicBootstrap {
  /** Why the platform counts as SONiC, e.g. `dataplane "sonic-vs"`. */
  because: string;
  /** The console login. */
  console: { user: string; pass: string };
}

/** The SSH user the bootstrap creates: the node's SSH user when it is not the console user. */
export function userToCreate(bootstrap: SonicBootstrap, ssh: { user: string | null }): string | null {
  return ssh.user !== null && ssh.user !== bootstrap.console.user ? ssh.user : null;
}

/** A user name the bootstrap may type into a shell (useradd's portable rule). */
export const SAFE_USER = /^[a-z_][a-z0-9_-]{0,31}$/;

/** Typed on a console, a control character would act (Ctrl-C, Ctrl-D, Enter) instead of being typed. */
export function hasControlCharacter(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(text);
}

/** What the built-in bootstrap does, in words (for the plan and the apply log; no password). */
export function sonicBootstrapSummary(bootstrap: SonicBootstrap, ssh: { user: string | null }): string {
  const create = userToCreate(bootstrap, ssh);
  return `log in as ${bootstrap.console.user}, dhclient eth0 if it has no address${create === null ? '' : `, create user ${create}`}, log out`;
}
