import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SpecError, type SpecIssue } from '../errors.js';
import { readJson } from './json-file.js';
import { schemaIssues, validatePlatforms, validateProfile, validateTopology } from './schema-issues.js';
import type { PlatformSpec, ProfileFile, ProfileSpec, SpecSet, TopologySpec } from './types.js';

/**
 * Reads topology.json, platforms.json and profiles/*.json from a spec
 * directory and checks them against vmlab's schemas. Every mistake found is
 * collected; if there is any, a SpecError carrying all of them is thrown.
 */
export function readSpecs(dir: string): SpecSet {
  const issues: SpecIssue[] = [];

  const topologyRead = readJson(join(dir, 'topology.json'), 'topology.json');
  let topology: TopologySpec = { devices: {} };
  if (!topologyRead.ok) issues.push(...topologyRead.issues);
  else if (!validateTopology(topologyRead.value)) issues.push(...schemaIssues('topology.json', validateTopology.errors));
  else topology = topologyRead.value as TopologySpec;

  const platformsRead = readJson(join(dir, 'platforms.json'), 'platforms.json');
  let platforms: Record<string, PlatformSpec> = {};
  if (!platformsRead.ok) issues.push(...platformsRead.issues);
  else if (!validatePlatforms(platformsRead.value)) issues.push(...schemaIssues('platforms.json', validatePlatforms.errors));
  else platforms = (platformsRead.value as { platforms: Record<string, PlatformSpec> }).platforms;

  const profiles: Record<string, ProfileFile> = {};
  for (const name of listProfiles(dir)) {
    const file = `profiles/${name}`;
    const read = readJson(join(dir, 'profiles', name), file);
    if (!read.ok) issues.push(...read.issues);
    else if (!validateProfile(read.value)) issues.push(...schemaIssues(file, validateProfile.errors));
    else profiles[name.slice(0, -'.json'.length)] = { file, text: read.text, value: read.value as ProfileSpec };
  }

  if (issues.length > 0) throw new SpecError(issues);
  return { dir, topology, platforms, profiles };
}

function listProfiles(dir: string): string[] {
  try {
    return readdirSync(join(dir, 'profiles'))
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch {
    return []; // a lab without profiles is fine: every device uses its platform's defaults
  }
}
