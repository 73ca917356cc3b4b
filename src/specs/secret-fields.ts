import type { SpecIssue } from '../errors.js';
import { platformPlace } from './places.js';
import { Secrets, secretKeys } from './secrets.js';
import type { SpecSet } from './types.js';

/**
 * Which string values of the specs may hold `${secret:KEY}`, and which vmlab
 * reads but shows (plans, state.json, messages), so that a secret there
 * would be printed. Secrets are for logins and what is typed on a console;
 * every other value vmlab reads must be written out. Fields vmlab does not
 * read (newtron's) are newtron's business and are left alone.
 */
interface FieldRules {
  secret: RegExp[];
  shown: RegExp[];
}

const TOPOLOGY: FieldRules = {
  secret: [],
  shown: [
    /^\/vmlab\//,
    /^\/newtlab\/(link_port_base|console_port_base|ssh_port_base)$/,
    /^\/newtlab\/hosts\//,
    /^\/newtlab\/servers\/\d+\/(name|address)$/,
    /^\/platform$/,
    /^\/links\/\d+\/[az]$/,
    /^\/devices\/[^/]+\/interfaces\/[^/]+\/link$/,
  ],
};

const PROFILE: FieldRules = {
  secret: [/^\/ssh_(user|pass)$/],
  shown: [/^\/(platform|vm_image|vm_host)$/],
};

const PLATFORM: FieldRules = {
  secret: [/^\/(vm_)?credentials\/(user|pass)$/, /^\/vm_console_bootstrap\/\d+\/send$/],
  shown: [/^\/(name|vm_image|vm_cpu_features|vm_nic_driver|vm_interface_map)$/, /^\/ports\/\d+\/name$/, /^\/vm_console_bootstrap\/\d+\/expect$/],
};

const segment = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/** Every string in a JSON value with its pointer. */
function strings(value: unknown, pointer: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([pointer, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${pointer}/${i}`, out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) strings(v, `${pointer}/${segment(k)}`, out);
  return out;
}

function checkValue(value: unknown, rules: FieldRules, file: string, prefix: string, secrets: Secrets, issues: SpecIssue[]): void {
  for (const [pointer, text] of strings(value, '', [])) {
    if (secretKeys(text).length === 0) continue;
    if (rules.secret.some((r) => r.test(pointer))) secrets.check(text, file, prefix + pointer, issues);
    else if (rules.shown.some((r) => r.test(pointer))) {
      issues.push({
        file,
        path: prefix + pointer,
        message:
          'a ${secret:…} cannot be used here: vmlab shows this value (in plans, state.json and messages); secrets are for logins (ssh_user, ssh_pass, credentials) and console bootstrap "send" text. Write the value itself',
      });
    }
  }
}

/**
 * Checks every `${secret:KEY}` in what vmlab reads: in a login or console
 * text it must resolve (else one issue naming file, JSON path and key); in a
 * value vmlab shows it is refused. Profiles of devices the topology lacks and
 * platforms no device uses are not read, so not checked.
 */
export function checkSecrets(specs: SpecSet, usedPlatforms: Set<string>, issues: SpecIssue[]): Secrets {
  const secrets = specs.secrets ?? Secrets.of(specs.dir);
  const { devices: _devices, ...topology } = specs.topology;
  // In a specs directory the devices' interface links are read; a network directory's nodes carry nothing vmlab reads.
  const shown = specs.layout === 'network' ? topology : specs.topology;
  checkValue(shown, TOPOLOGY, 'topology.json', '', secrets, issues);
  for (const [device, profile] of Object.entries(specs.profiles)) {
    if (Object.hasOwn(specs.topology.devices, device)) checkValue(profile.value, PROFILE, profile.file, '', secrets, issues);
  }
  for (const [name, platform] of Object.entries(specs.platforms)) {
    if (!usedPlatforms.has(name)) continue;
    const place = platformPlace(specs, name);
    checkValue(platform, PLATFORM, place.file, place.path, secrets, issues);
  }
  return secrets;
}
