import { basename } from 'node:path';
import { SpecError, type SpecIssue } from '../errors.js';
import { unsafeNameReason } from './names.js';
import { checkPortRanges, linkPortCount } from './port-ranges.js';
import { platformMaps, resolveLinks } from './resolve-links.js';
import { checkVmLimits, resolveHosts, resolveNodes, strayProfiles, type ResolveEnv } from './resolve-nodes.js';
import { DEFAULTS, type LabSpec } from './resolved.js';
import { packTestHosts } from './test-hosts.js';
import type { SpecSet } from './types.js';

/**
 * Checks the meaning of a spec set (the schemas already checked its shape)
 * and resolves it into a LabSpec. All mistakes are reported together.
 */
export function resolveLab(specs: SpecSet, env: ResolveEnv): LabSpec {
  const issues: SpecIssue[] = [];
  const settings = specs.topology.vmlab ?? {};

  const name = settings.name ?? basename(specs.dir);
  const unsafe = unsafeNameReason(name);
  if (unsafe) {
    issues.push({
      file: 'topology.json',
      path: settings.name !== undefined ? '/vmlab/name' : '',
      message: `lab name ${unsafe}${settings.name === undefined ? ' (it comes from the spec directory; set vmlab.name)' : ''}`,
    });
  }

  const hosts = resolveHosts(specs, issues);
  const devices = resolveNodes(specs, hosts, env, issues);
  checkVmLimits(specs, issues);
  const maps = platformMaps(specs, issues);
  const warnings = strayProfiles(specs);
  // Test hosts become namespaces of shared VMs: from here on, nodes are VMs.
  const { nodes, links } = packTestHosts(specs, devices, resolveLinks(specs, devices, maps, issues), maps, issues, warnings);

  const transport = settings.link_transport ?? DEFAULTS.transport;
  const ports = {
    link: settings.link_port_base ?? DEFAULTS.ports.link,
    console: settings.console_port_base ?? DEFAULTS.ports.console,
    ssh: settings.ssh_port_base ?? DEFAULTS.ports.ssh,
  };
  checkPortRanges(ports, nodes.length, linkPortCount(links.length, transport), issues, settings.allow_privileged_ports ?? false);

  if (issues.length > 0) throw new SpecError(issues);
  return { name, dir: specs.dir, transport, ports, hosts, nodes, links, warnings };
}
