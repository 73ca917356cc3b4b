import type { PlatformPlace, SpecSet } from './types.js';

/**
 * Where things are written in either layout, for messages (file and JSON
 * pointer) and for the profile files vmlab patches.
 */

/** The key of the device map in topology.json: `devices`, or `nodes` in a network directory. */
export function devicesKey(specs: SpecSet): 'devices' | 'nodes' {
  return specs.layout === 'network' ? 'nodes' : 'devices';
}

/** Where profiles live: profiles/, or nodes/ in a network directory. */
export function profileDir(specs: SpecSet): 'profiles' | 'nodes' {
  return specs.layout === 'network' ? 'nodes' : 'profiles';
}

/** A device's profile file, existing or to be: `profiles/<device>.json` or `nodes/<device>.json`. */
export function profileFileOf(specs: SpecSet, device: string): string {
  return specs.profiles[device]?.file ?? `${profileDir(specs)}/${device}.json`;
}

export function platformPlace(specs: SpecSet, name: string): PlatformPlace {
  return specs.platformPlaces?.[name] ?? { file: 'platforms.json', path: `/platforms/${name}` };
}

function list(names: Iterable<string>): string {
  const sorted = [...names].sort();
  return sorted.length ? sorted.join(', ') : '(none)';
}

/** "platforms.json defines: a, b" or "../../platforms/ has: a, b". */
export function knownPlatforms(specs: SpecSet): string {
  return `${specs.platformsFrom ?? 'platforms.json defines'}: ${list(specs.platformNames ?? Object.keys(specs.platforms))}`;
}
