import { isAbsolute, join, resolve } from 'node:path';
import type { SpecIssue } from '../errors.js';
import { hostAddressProblem, sshDestinationProblem, vmlabCommandProblem } from './host-access.js';
import { nameMap, unsafeNameReason } from './names.js';
import { devicesKey, knownPlatforms, platformPlace, profileFileOf } from './places.js';
import { consoleCredentials, hasControlCharacter, SAFE_USER, sonicReason, userToCreate, type SonicBootstrap } from './sonic.js';
import { DEFAULTS, type HostSpec, type ResolvedNode } from './resolved.js';
import { labSettings, settingPath } from './settings.js';
import { isTestHost } from './test-hosts.js';
import type { HostEntry, PlatformSpec, SpecSet } from './types.js';

export interface ResolveEnv {
  /** The user's home directory, for `~` in image paths. */
  homeDir: string;
  /** Is there a stored image of this name (vmlab image import)? Its path if so. */
  storedImage?(name: string): string | null;
}

/**
 * A bare name (no '/') that names a stored image is that image; otherwise
 * `~` is expanded and a relative path is relative to the spec directory.
 */
export function resolveImagePath(image: string, specDir: string, env: ResolveEnv): string {
  if (!image.includes('/')) {
    const stored = env.storedImage?.(image);
    if (stored) return stored;
  }
  if (image === '~' || image.startsWith('~/')) return join(env.homeDir, image.slice(1));
  return isAbsolute(image) ? image : resolve(specDir, image);
}

function list(names: Iterable<string>): string {
  const sorted = [...names].sort();
  return sorted.length ? sorted.join(', ') : '(none)';
}

/** A host entry resolved: a bare address takes every default. */
function hostSpec(entry: HostEntry): HostSpec {
  if (typeof entry === 'string') return { address: entry, ssh: entry, vmlab: 'vmlab', maxNodes: null, cpus: null, memoryMb: null };
  return {
    address: entry.address,
    ssh: entry.ssh ?? entry.address,
    vmlab: entry.vmlab ?? 'vmlab',
    maxNodes: entry.max_nodes ?? null,
    cpus: entry.cpus ?? null,
    memoryMb: entry.memory_mb ?? null,
  };
}

/** Checks the `hosts` map and returns it resolved (empty for a single-host lab). */
export function resolveHosts(specs: SpecSet, issues: SpecIssue[]): Record<string, HostSpec> {
  const lab = labSettings(specs.topology);
  const settings = lab.values;
  const entries = settings.hosts ?? {};
  const hosts = nameMap<HostSpec>();
  for (const [host, entry] of Object.entries(entries)) {
    const path = lab.hostPaths[host]!;
    const field = (name: string) => (typeof entry === 'string' ? path : `${path}/${name}`);
    const unsafe = unsafeNameReason(host);
    if (unsafe) issues.push({ file: 'topology.json', path, message: `host name ${unsafe}` });
    const spec = hostSpec(entry);
    const problem = hostAddressProblem(host, spec.address);
    if (problem) issues.push({ file: 'topology.json', path: field('address'), message: problem });
    if (typeof entry !== 'string' && entry.ssh !== undefined) {
      const bad = sshDestinationProblem(entry.ssh);
      if (bad) issues.push({ file: 'topology.json', path: field('ssh'), message: bad });
    }
    if (typeof entry !== 'string' && entry.vmlab !== undefined) {
      const bad = vmlabCommandProblem(entry.vmlab);
      if (bad) issues.push({ file: 'topology.json', path: field('vmlab'), message: bad });
    }
    hosts[host] = spec;
  }
  sameMachineIssues(hosts, lab.hostPaths, entries, issues);
  newtlabServerNameIssues(specs, issues);
  if (settings.default_host !== undefined && !Object.hasOwn(hosts, settings.default_host)) {
    issues.push({
      file: 'topology.json',
      path: '/vmlab/default_host',
      message: `"${settings.default_host}" is not in vmlab.hosts; hosts: ${list(Object.keys(hosts))}`,
    });
  }
  return hosts;
}

/**
 * Two hosts of a lab at one address, or reached at one ssh destination, are
 * one machine: they would share its shipped specs, its saved plan and its
 * ports. The second one written is the mistake.
 */
function sameMachineIssues(hosts: Record<string, HostSpec>, paths: Record<string, string>, entries: Record<string, HostEntry>, issues: SpecIssue[]): void {
  const byAddress = new Map<string, string>();
  const bySsh = new Map<string, string>();
  for (const [host, spec] of Object.entries(hosts)) {
    const entry = entries[host];
    const field = (name: string) => (typeof entry === 'string' ? paths[host]! : `${paths[host]}/${name}`);
    // A value already refused for what it is needs no second message.
    const address = hostAddressProblem(host, spec.address) === null ? spec.address : null;
    const destination = sshDestinationProblem(spec.ssh) === null ? spec.ssh.toLowerCase() : null;
    const sameAddress = address === null ? undefined : byAddress.get(address);
    const sameSsh = destination === null ? undefined : bySsh.get(destination);
    const machine = 'each host of a lab is a machine of its own, with its own shipped specs, plan and ports';
    if (sameAddress !== undefined) {
      issues.push({
        file: 'topology.json',
        path: field('address'),
        message: `host ${JSON.stringify(host)} has the address of host ${JSON.stringify(sameAddress)} (${spec.address}); ${machine}: give each host its own address`,
      });
    } else if (sameSsh !== undefined) {
      const where = typeof entry !== 'string' && entry?.ssh !== undefined ? field('ssh') : field('address');
      issues.push({
        file: 'topology.json',
        path: where,
        message: `host ${JSON.stringify(host)} has the ssh destination of host ${JSON.stringify(sameSsh)} (${hosts[sameSsh]!.ssh}); ${machine}: give each host its own ssh destination`,
      });
    }
    if (address !== null && !byAddress.has(address)) byAddress.set(address, host);
    if (destination !== null && !bySsh.has(destination)) bySsh.set(destination, host);
  }
}

/** newtlab's server pool is a list: a name written twice would silently make one host of two. */
function newtlabServerNameIssues(specs: SpecSet, issues: SpecIssue[]): void {
  if (specs.topology.vmlab?.hosts !== undefined || specs.topology.newtlab?.hosts !== undefined) return;
  const seen = new Set<string>();
  (specs.topology.newtlab?.servers ?? []).forEach((server, i) => {
    if (seen.has(server.name))
      issues.push({
        file: 'topology.json',
        path: `/newtlab/servers/${i}/name`,
        message: `a second server named ${JSON.stringify(server.name)}; each server of the pool needs a name of its own`,
      });
    seen.add(server.name);
  });
}

/** Profiles (node files) of devices the topology does not have: vmlab ignores them, which may not be what was meant. */
export function strayProfiles(specs: SpecSet): string[] {
  const what = devicesKey(specs) === 'nodes' ? 'node' : 'device';
  return Object.entries(specs.profiles)
    .filter(([device]) => !Object.hasOwn(specs.topology.devices, device))
    .map(([device, profile]) => `${profile.file} is for ${what} "${device}", which topology.json does not define; vmlab ignores it`);
}

/**
 * Resolves every device's VM settings: profile, then platform, then the
 * built-in defaults. Nodes come back sorted by name; a node's index is its
 * position in that order.
 */
export function resolveNodes(specs: SpecSet, hosts: Record<string, HostSpec>, env: ResolveEnv, issues: SpecIssue[]): ResolvedNode[] {
  const lab = labSettings(specs.topology);
  const settings = lab.values;
  const hostNames = Object.keys(hosts);
  // Nodes sent nowhere wait for placement (host null) when some host takes placed nodes.
  const placesByCapacity = Object.values(hosts).some((h) => h.maxNodes !== null);
  // Against every platform there is: of a platforms/ directory only the ones the lab uses are read.
  const known = specs.platformNames ?? Object.keys(specs.platforms);
  if (settings.default_platform !== undefined && !known.includes(settings.default_platform)) {
    issues.push({
      file: 'topology.json',
      path: settingPath(lab, 'default_platform'),
      message: `unknown platform "${settings.default_platform}"; ${knownPlatforms(specs)}`,
    });
  }

  const nodes: ResolvedNode[] = [];
  const withoutImage = new Map<string, string[]>(); // platform → devices that have no image
  Object.keys(specs.topology.devices)
    .sort()
    .forEach((name, index) => {
      const unsafe = unsafeNameReason(name);
      if (unsafe)
        issues.push({
          file: 'topology.json',
          path: `/${devicesKey(specs)}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`,
          message: `device name ${unsafe}`,
        });
      const profileFile = specs.profiles[name];
      const profile = profileFile?.value ?? {};
      const profilePath = profileFileOf(specs, name);

      const platformName = profile.platform ?? settings.default_platform;
      if (platformName === undefined) {
        issues.push({
          file: profilePath,
          path: '/platform',
          message: `device "${name}" has no platform; set "platform" in ${profilePath} (one of: ${list(specs.platformNames ?? Object.keys(specs.platforms))}) or vmlab.default_platform in topology.json`,
        });
        return;
      }
      const platform = specs.platforms[platformName];
      if (platform === undefined) {
        if (profile.platform !== undefined) {
          issues.push({
            file: profilePath,
            path: '/platform',
            message: `unknown platform "${platformName}"; ${knownPlatforms(specs)}`,
          });
        }
        return; // an unknown default platform is reported once, above
      }

      const image = profile.vm_image ?? platform.vm_image;
      if (image === undefined) {
        const list = withoutImage.get(platformName) ?? [];
        list.push(name);
        withoutImage.set(platformName, list);
      }

      let host: string | null = null;
      if (profile.vm_host !== undefined) {
        if (!Object.hasOwn(hosts, profile.vm_host)) {
          issues.push({
            file: profilePath,
            path: '/vm_host',
            message: `host "${profile.vm_host}" is not in vmlab.hosts of topology.json; hosts: ${list(hostNames)}`,
          });
        }
        host = profile.vm_host;
      } else if (settings.default_host !== undefined) {
        host = settings.default_host;
      } else if (hostNames.length === 1) {
        host = hostNames[0]!;
      } else if (hostNames.length > 1 && !placesByCapacity) {
        issues.push({
          file: profilePath,
          path: '/vm_host',
          message: `device "${name}" has no vm_host and the lab has several hosts (${list(hostNames)}), none with max_nodes; set vm_host here, vmlab.default_host in topology.json, or max_nodes on the hosts vmlab may place nodes on`,
        });
      } else if (hostNames.length > 1 && isTestHost(specs, name) && lab.values.host_vms !== 'per-host') {
        // Placed later (placement.ts), VM by VM; a server's shared test-host VM is named after its server, so it cannot wait for one.
        issues.push({
          file: profilePath,
          path: '/vm_host',
          message: `test host "${name}" has no vm_host: a server's test hosts share one VM (host_vms "per-server"), which vmlab does not place by capacity; set vm_host here, vmlab.default_host in topology.json, or "host_vms": "per-host" in its vmlab section to have each test host placed as a VM of its own`,
        });
      }

      const credentials = {
        user: profile.ssh_user ?? platform.credentials?.user ?? platform.vm_credentials?.user ?? null,
        pass: profile.ssh_pass ?? platform.credentials?.pass ?? platform.vm_credentials?.pass ?? null,
      };
      const sonic = platform.vm_console_bootstrap === undefined ? sonicReason(platformName, platform) : null;
      const sonicBootstrap: SonicBootstrap | null = sonic === null ? null : { because: sonic, console: consoleCredentials(platform) };
      if (sonicBootstrap) {
        const where = {
          user:
            profile.ssh_user !== undefined
              ? { file: profilePath, path: '/ssh_user' }
              : { file: 'platforms.json', path: `/platforms/${platformName}/vm_credentials/user` },
          pass:
            profile.ssh_pass !== undefined
              ? { file: profilePath, path: '/ssh_pass' }
              : { file: 'platforms.json', path: `/platforms/${platformName}/vm_credentials/pass` },
        };
        // A platform's console login is reported once, not once per node.
        for (const issue of sonicBootstrapIssues(name, platformName, platform, sonicBootstrap, credentials, where)) {
          if (!issues.some((i) => i.file === issue.file && i.path === issue.path && i.message === issue.message)) issues.push(issue);
        }
      }

      nodes.push({
        name,
        index,
        platform: platformName,
        image: image === undefined ? '' : resolveImagePath(image, specs.dir, env),
        imageSource: profile.vm_image !== undefined ? { file: profilePath, path: '/vm_image' } : imagePlace(platformPlace(specs, platformName)),
        memoryMb: profile.vm_memory ?? platform.vm_memory ?? DEFAULTS.memoryMb,
        cpus: profile.vm_cpus ?? platform.vm_cpus ?? DEFAULTS.cpus,
        nicDriver: platform.vm_nic_driver ?? DEFAULTS.nicDriver,
        interfaceMap: platform.ports !== undefined ? 'ports' : (platform.vm_interface_map ?? DEFAULTS.interfaceMap),
        cpuFeatures: platform.vm_cpu_features ?? null,
        // As written: a `${secret:KEY}` stays a reference here, revealed only where the login is used.
        credentials,
        bootTimeoutS: platform.vm_boot_timeout ?? DEFAULTS.bootTimeoutS,
        consoleBootstrap: platform.vm_console_bootstrap ?? [],
        sonicBootstrap,
        fwCfg: platform.vm_fw_cfg ?? {},
        mgmtOutbound: platform.vm_mgmt_outbound ?? false,
        warm: (platform.vm_warm_start ?? settings.warm_start ?? false) ? { reidentify: platform.vm_reidentify ?? null } : null,
        host,
        placement: null,
        testHosts: [],
      });
    });
  for (const [platformName, devices] of withoutImage) {
    issues.push({
      ...imagePlace(platformPlace(specs, platformName)),
      message: `platform "${platformName}" has no vm_image, and ${devices.join(', ')} name${devices.length === 1 ? 's' : ''} none in ${devices.length === 1 ? 'its profile' : 'their profiles'}; set vm_image here or in each profile`,
    });
  }
  return nodes;
}

function imagePlace(place: { file: string; path: string }): { file: string; path: string } {
  return { file: place.file, path: `${place.path}/vm_image` };
}

type Place = { file: string; path: string };

/**
 * What the built-in SONiC bootstrap would type must be typeable: no control
 * characters (they would act, not be typed), and a user it creates must have
 * a name that is safe in a shell command line.
 */
function sonicBootstrapIssues(
  node: string,
  platformName: string,
  platform: PlatformSpec,
  bootstrap: SonicBootstrap,
  ssh: { user: string | null; pass: string | null },
  where: { user: Place; pass: Place },
): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const what = `the built-in SONiC console bootstrap (platform "${platformName}": ${bootstrap.because})`;
  const fix = `or give platform "${platformName}" its own vm_console_bootstrap ([] turns it off)`;
  const consoleSource = platform.vm_console_credentials !== undefined ? 'vm_console_credentials' : 'vm_credentials';
  for (const field of ['user', 'pass'] as const) {
    if (hasControlCharacter(bootstrap.console[field])) {
      issues.push({
        file: 'platforms.json',
        path: `/platforms/${platformName}/${consoleSource}/${field}`,
        message: `the console ${field === 'user' ? 'user' : 'password'} has a control character, which ${what} cannot type; change it, ${fix}`,
      });
    }
  }
  const create = userToCreate(bootstrap, ssh);
  if (create !== null && !SAFE_USER.test(create)) {
    issues.push({
      ...where.user,
      message: `${node}: ${what} would create the SSH user "${create}", but a user name it creates must be lowercase letters, digits, "_" and "-", starting with a letter or "_", at most 32 characters; rename it, ${fix}`,
    });
  }
  if (create !== null && ssh.pass !== null && hasControlCharacter(ssh.pass)) {
    issues.push({ ...where.pass, message: `${node}: the SSH password has a control character, which ${what} cannot type; change it, ${fix}` });
  }
  return issues;
}

/** fw_cfg names QEMU takes for user entries: under `opt/`, at most 55 characters (FW_CFG_MAX_FILE_PATH). */
const FW_CFG_NAME = /^opt\/[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;
const FW_CFG_MAX_NAME = 55;
/** Set by vmlab itself on every VM. */
const FW_CFG_RESERVED = new Set(['opt/vmlab/hostname']);

/** Every platform's vm_fw_cfg: names QEMU accepts and vmlab does not set itself, one-line values. */
export function checkFwCfg(specs: SpecSet, issues: SpecIssue[]): void {
  for (const [platformName, platform] of Object.entries(specs.platforms)) {
    for (const [key, value] of Object.entries(platform.vm_fw_cfg ?? {})) {
      const path = `/platforms/${platformName}/vm_fw_cfg/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      let message: string | null = null;
      if (!FW_CFG_NAME.test(key))
        message = `fw_cfg name "${key}" is not valid: QEMU wants names under "opt/" made of letters, digits, ".", "_", "-" and "/", e.g. "opt/vmlab/mgmt"`;
      else if (key.length > FW_CFG_MAX_NAME) message = `fw_cfg name "${key}" is ${key.length} characters long; QEMU takes at most ${FW_CFG_MAX_NAME}`;
      else if (FW_CFG_RESERVED.has(key)) message = `fw_cfg name "${key}" is set by vmlab itself (the node's name); choose another name`;
      else if (hasControlCharacter(value)) message = `the value of fw_cfg "${key}" has a control character; QEMU takes one line of text here`;
      if (message) issues.push({ file: 'platforms.json', path, message });
    }
  }
}
