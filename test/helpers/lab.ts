import { compile } from '../../src/model/compile.js';
import type { LinkKind, DesiredGraph } from '../../src/model/types.js';
import { SpecError, type SpecIssue } from '../../src/errors.js';
import { resolveLab } from '../../src/specs/resolve.js';
import type { LabSpec } from '../../src/specs/resolved.js';
import type { PlatformSpec, ProfileSpec, SpecSet, TopologySpec } from '../../src/specs/types.js';

/** A small, readable way to write a lab in a test. */
export interface LabSketch {
  /** Device names; each gets the default platform unless `profiles` says otherwise. */
  devices: string[];
  /** [a, z] endpoints, in links-array order. */
  links?: [string, string][];
  platforms?: Record<string, PlatformSpec>;
  profiles?: Record<string, ProfileSpec>;
  vmlab?: TopologySpec['vmlab'];
}

export const SWITCH: PlatformSpec = {
  vm_image: '/images/switch.qcow2',
  vm_memory: 256,
  vm_cpus: 1,
  vm_interface_map: 'stride-4',
  vm_credentials: { user: 'admin', pass: 'YourPaSsWoRd' },
};

export function specSet(sketch: LabSketch): SpecSet {
  const devices: TopologySpec['devices'] = {};
  for (const d of sketch.devices) devices[d] = {};
  const profiles: SpecSet['profiles'] = {};
  for (const [name, value] of Object.entries(sketch.profiles ?? {})) {
    profiles[name] = { file: `profiles/${name}.json`, text: JSON.stringify(value), value };
  }
  return {
    dir: '/specs/lab',
    topology: {
      devices,
      links: (sketch.links ?? []).map(([a, z]) => ({ a, z })),
      vmlab: { name: 'lab', default_platform: 'switch', ...sketch.vmlab },
    },
    platforms: sketch.platforms ?? { switch: SWITCH },
    profiles,
  };
}

export function resolved(sketch: LabSketch): LabSpec {
  return resolveLab(specSet(sketch), { homeDir: '/home/user' });
}

/** The sketch compiled as users run it, with stream links (QEMU 8 and later); `socket` for the QEMU 7.2 path. */
export function graphOf(sketch: LabSketch, links: LinkKind = 'stream'): DesiredGraph {
  return compile(resolved(sketch), { links });
}

/** Two spines, two leaves, every leaf wired to every spine (leaf1 < leaf2 < spine1 < spine2 in name order). */
export const SPINE_LEAF: LabSketch = {
  devices: ['spine1', 'spine2', 'leaf1', 'leaf2'],
  links: [
    ['spine1:Ethernet0', 'leaf1:Ethernet0'],
    ['spine1:Ethernet4', 'leaf2:Ethernet0'],
    ['spine2:Ethernet0', 'leaf1:Ethernet4'],
    ['spine2:Ethernet4', 'leaf2:Ethernet4'],
  ],
};

/** The issues resolving a sketch raises, as "file path: message" (none: []). */
export function issues(sketch: LabSketch): string[] {
  return issuesOf(specSet(sketch));
}

/** The issues of a spec set built by hand (e.g. with a newtlab section), as `file path: message` lines. */
export function issuesOf(set: SpecSet): string[] {
  try {
    resolveLab(set, { homeDir: '/home/user' });
    return [];
  } catch (err) {
    if (!(err instanceof SpecError)) throw err;
    return err.issues.map((i: SpecIssue) => `${i.file} ${i.path}: ${i.message}`);
  }
}
