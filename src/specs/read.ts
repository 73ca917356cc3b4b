import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { SpecError, type SpecIssue } from '../errors.js';
import { readJson } from './json-file.js';
import { nameMap } from './names.js';
import { schemaIssues, validateNetworkTopology, validatePlatform, validatePlatforms, validateProfile, validateTopology } from './schema-issues.js';
import { Secrets } from './secrets.js';
import { labSettings } from './settings.js';
import type { PlatformPlace, PlatformSpec, ProfileFile, ProfileSpec, SpecLayout, SpecSet, SpecSources, TopologySpec } from './types.js';

/**
 * Reads a spec directory in either layout and checks it against vmlab's
 * schemas. The layout is told by topology.json: `devices` is a `specs`
 * directory (platforms.json, profiles/), `nodes` is newtron's network
 * directory (nodes/ as profiles, one file per platform in a platforms/
 * directory). Every mistake found is collected; if there is any, a SpecError
 * carrying all of them is thrown.
 */
export function readSpecs(dir: string, sources: SpecSources = {}): SpecSet {
  const issues: SpecIssue[] = [];
  const warnings: string[] = [];

  const topologyRead = readJson(join(dir, 'topology.json'), 'topology.json');
  let layout: SpecLayout = 'specs';
  let topology: TopologySpec = { devices: {} };
  let topologyOk = false;
  if (!topologyRead.ok) {
    issues.push(...topologyRead.issues);
    // Unreadable: the files beside it tell the layout, so that what else is wrong is said in its terms.
    layout = existsSync(join(dir, 'nodes')) && !existsSync(join(dir, 'profiles')) ? 'network' : 'specs';
  } else {
    const value = topologyRead.value as Record<string, unknown>;
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    layout = isObject && 'nodes' in value && !('devices' in value) ? 'network' : 'specs';
    if (isObject && 'nodes' in value && 'devices' in value) {
      issues.push({
        file: 'topology.json',
        path: '',
        message: 'has both "devices" (a specs directory) and "nodes" (a network directory); vmlab cannot tell which one describes the lab: keep one',
      });
    } else if (layout === 'network') {
      if (!validateNetworkTopology(value)) issues.push(...schemaIssues('topology.json', validateNetworkTopology.errors, '', topologyRead.text));
      else {
        // A node's steps and ports are newtron's configuration; the wiring is `links` alone.
        const devices = nameMap(Object.keys(value.nodes as object).map((name) => [name, {}] as const));
        topology = { ...(value as Omit<TopologySpec, 'devices'>), devices };
        topologyOk = true;
      }
    } else if (!validateTopology(value)) {
      const noDevices = isObject && !('devices' in value);
      if (noDevices) {
        issues.push({
          file: 'topology.json',
          path: '',
          message:
            'has neither "devices" (a specs directory: topology.json, platforms.json, profiles/) nor "nodes" (a network directory: topology.json, nodes/, a platforms/ directory); vmlab needs one of them',
        });
      } else issues.push(...schemaIssues('topology.json', validateTopology.errors, '', topologyRead.text));
    } else {
      topology = value as TopologySpec;
      topologyOk = true;
    }
  }

  const profileDir = layout === 'network' ? 'nodes' : 'profiles';
  const profiles = nameMap<ProfileFile>();
  for (const name of listJson(join(dir, profileDir), profileDir, issues)) {
    const file = `${profileDir}/${name}`;
    const read = readJson(join(dir, profileDir, name), file);
    if (!read.ok) issues.push(...read.issues);
    else if (!validateProfile(read.value)) issues.push(...schemaIssues(file, validateProfile.errors, '', read.text));
    else profiles[name.slice(0, -'.json'.length)] = { file, text: read.text, value: read.value as ProfileSpec };
  }

  const platforms = readPlatforms(dir, layout, sources, topologyOk ? usedPlatforms(topology, profiles) : null, issues, warnings);

  const secrets = Secrets.of(dir, sources);
  issues.push(...secrets.fileIssues());

  if (issues.length > 0) throw new SpecError(issues);
  return { dir, layout, topology, ...platforms, profiles, secrets, warnings };
}

/**
 * The .json files of a directory. None there is fine (a lab without profiles
 * uses its platforms' defaults); a file or FIFO where the directory should be
 * is a mistake, said once (`display`: the directory as messages name it).
 */
function listJson(dir: string, display: string, issues: SpecIssue[]): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') {
      issues.push({
        file: `${display}/`,
        path: '',
        message: code === 'ENOTDIR' ? 'is not a directory; it should hold one JSON file each' : `cannot be read: ${code ?? (err as Error).message}`,
      });
    }
    return [];
  }
}

/** The platforms the lab's devices name (in their profiles, or by default). */
function usedPlatforms(topology: TopologySpec, profiles: Record<string, ProfileFile>): Set<string> {
  const fallback = labSettings(topology).values.default_platform;
  const used = new Set<string>();
  for (const device of Object.keys(topology.devices)) {
    const name = profiles[device]?.value.platform ?? fallback;
    if (name !== undefined) used.add(name);
  }
  return used;
}

type PlatformsRead = Pick<SpecSet, 'platforms' | 'platformPlaces' | 'platformsFrom' | 'platformNames' | 'platformsPath'>;

/** Where the platforms are: one platforms.json, or a directory of one file per platform. */
type PlatformsLocation = { kind: 'file' | 'dir'; path: string; display: string };

/**
 * --platforms / VMLAB_PLATFORMS (a directory or a platforms.json-style file)
 * in either layout; otherwise a specs directory's own platforms.json, and for
 * a network directory the nearest platforms/ directory found walking up from
 * it (to the repository root, the first directory holding .git), else a
 * platforms.json in it.
 */
function locatePlatforms(dir: string, layout: SpecLayout, sources: SpecSources, issues: SpecIssue[]): PlatformsLocation | null {
  if (sources.platforms !== undefined) {
    const path = sources.platforms;
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      issues.push({
        file: path,
        path: '',
        message: 'not found (named by --platforms or VMLAB_PLATFORMS): name a platforms/ directory (one file per platform) or a platforms.json',
      });
      return null;
    }
    return { kind: isDir ? 'dir' : 'file', path, display: path };
  }
  const own = { kind: 'file' as const, path: join(dir, 'platforms.json'), display: 'platforms.json' };
  if (layout === 'specs') return own;
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, 'platforms');
    if (isDirectory(candidate)) return { kind: 'dir', path: candidate, display: relative(dir, candidate) };
    if (existsSync(join(at, '.git')) || dirname(at) === at) break;
  }
  if (existsSync(own.path)) return own;
  issues.push({
    file: 'platforms/',
    path: '',
    message: `no platforms found: no platforms/ directory in ${dir} or above it (up to the repository root), and no platforms.json in it; name them with --platforms DIR or VMLAB_PLATFORMS`,
  });
  return null;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads the platforms. A platforms.json is checked whole. Of a directory
 * (shared by every network of a repository) only the files of the platforms
 * this lab uses are read: another lab's broken platform is not this lab's
 * problem. `used` null: the topology could not be read, so none is.
 */
function readPlatforms(
  dir: string,
  layout: SpecLayout,
  sources: SpecSources,
  used: Set<string> | null,
  issues: SpecIssue[],
  warnings: string[],
): PlatformsRead {
  const where = locatePlatforms(dir, layout, sources, issues);
  if (where === null) return { platforms: {} };
  if (where.kind === 'file') {
    const read = readJson(where.path, where.display);
    if (!read.ok) {
      issues.push(...read.issues);
      return { platforms: {} };
    }
    if (!validatePlatforms(read.value)) {
      issues.push(...schemaIssues(where.display, validatePlatforms.errors, '', read.text));
      return { platforms: {} };
    }
    const platforms = (read.value as { platforms: Record<string, PlatformSpec> }).platforms;
    const places = nameMap<PlatformPlace>();
    for (const name of Object.keys(platforms)) places[name] = { file: where.display, path: `/platforms/${name}` };
    return {
      platforms,
      platformPlaces: places,
      platformsFrom: where.display === 'platforms.json' ? 'platforms.json defines' : `${where.display} defines`,
      platformsPath: where.path,
    };
  }

  const names = listJson(where.path, where.display, issues).map((f) => f.slice(0, -'.json'.length));
  const platforms = nameMap<PlatformSpec>();
  const places = nameMap<PlatformPlace>();
  for (const name of names) {
    if (!used?.has(name)) continue;
    const file = join(where.display, `${name}.json`);
    const read = readJson(join(where.path, `${name}.json`), file);
    if (!read.ok) {
      issues.push(...read.issues);
      continue;
    }
    if (!validatePlatform(read.value)) {
      issues.push(...schemaIssues(file, validatePlatform.errors, '', read.text));
      continue;
    }
    const platform = read.value as PlatformSpec;
    if (platform.name !== undefined && platform.name !== name) {
      warnings.push(
        `${file} says "name": "${String(platform.name)}", but a platform is named by its file: vmlab calls it "${name}" (newtron wants the two to agree)`,
      );
    }
    platforms[name] = platform;
    places[name] = { file, path: '' };
  }
  return { platforms, platformPlaces: places, platformsFrom: `${where.display}/ has`, platformNames: names, platformsPath: where.path };
}
