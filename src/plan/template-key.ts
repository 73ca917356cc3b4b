import { createHash } from 'node:crypto';
import type { DesiredNode } from '../model/types.js';
import type { ImageIdentity } from '../state/image-identity.js';
import type { TemplateInputs } from './types.js';

/** The one machine type vmlab starts (argv.ts). */
const MACHINE = 'pc';

/** What the planner knows of this machine for warm starts (gathered by planLab). */
export interface WarmFacts {
  /** The accelerator QEMUs start with here. */
  accel: string;
  /** The QEMU here (null: none found: no template can be built or restored). */
  qemuVersion: string | null;
  /** Base image path → who it is now (null: unreadable). */
  images: Record<string, ImageIdentity | null>;
  /** Finished templates in the vmlab home (a half-built one is never listed). */
  templates: { key: string; inputs: TemplateInputs; build_seconds?: number }[];
}

/**
 * Where each NIC sits on the PCI bus: a restore needs the same places. The
 * places are a function of the NIC index (pci.ts), passed in so this file
 * stays free of the executor.
 */
export type PciPlacer = (index: number) => string;

/** The inputs of a node's template, or why it has none (the node then boots cold). */
export function templateInputs(node: DesiredNode, facts: WarmFacts, place: PciPlacer): TemplateInputs | { why: string } {
  if (facts.qemuVersion === null) return { why: 'no QEMU found here to build or restore a template with' };
  const image = facts.images[node.image] ?? null;
  if (image === null) return { why: `its base image ${node.image} cannot be read` };
  return {
    platform: node.platform,
    image: node.image,
    image_size: image.size,
    image_hash: image.hash,
    qemu_version: facts.qemuVersion,
    machine: MACHINE,
    accel: facts.accel,
    memory_mb: node.memoryMb,
    cpus: node.cpus,
    cpu_features: node.cpuFeatures,
    nic_driver: node.nicDriver,
    nics: node.nics.length,
    pci: node.nics.map((n) => place(n.index)),
    fw_cfg: Object.fromEntries(Object.entries(node.fwCfg).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    // Only when opted in, so isolated templates keep their keys: restrict is a QEMU option, not restored state
    // (a clone gets its own node's netdev), but a guest that booted with the network in reach may keep what it got there.
    ...(node.mgmtOutbound ? { mgmt_outbound: true as const } : {}),
    // A hash: the console steps and logins may hold passwords, and a plan never shows one.
    boot: createHash('sha256')
      .update(JSON.stringify({ login: node.credentials, console: node.consoleBootstrap, sonic: node.sonicBootstrap }))
      .digest('hex')
      .slice(0, 16),
  };
}

/** A template's key: a short hash of its inputs, field by field in a fixed order. */
export function templateKey(inputs: TemplateInputs): string {
  const ordered = Object.fromEntries(Object.entries(inputs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return createHash('sha256').update(JSON.stringify(ordered)).digest('hex').slice(0, 16);
}

const LABELS: Partial<Record<keyof TemplateInputs, string>> = {
  image_hash: 'image changed',
  image_size: 'image changed',
  image: 'image path',
  qemu_version: 'QEMU version',
  accel: 'accelerator',
  memory_mb: 'memory',
  cpus: 'vCPUs',
  cpu_features: 'CPU features',
  nic_driver: 'NIC driver',
  nics: 'NIC count',
  pci: 'NIC PCI addresses',
  fw_cfg: 'fw_cfg entries',
  mgmt_outbound: 'vm_mgmt_outbound',
  boot: 'login or console bootstrap',
};

/**
 * What differs between the template a node needs and the closest finished
 * one of the same platform (most fields in common), for the plan: "image
 * changed (size 1 → 2)", "memory: 256 → 512". Empty when the platform has none.
 */
export function templateChanges(wanted: TemplateInputs, existing: readonly TemplateInputs[]): string[] {
  const same = existing.filter((t) => t.platform === wanted.platform);
  if (same.length === 0) return [];
  // Both sides' fields: an optional one (mgmt_outbound) may be on either.
  const fields = [...new Set([...Object.keys(wanted), ...same.flatMap((t) => Object.keys(t))])] as (keyof TemplateInputs)[];
  const differing = (t: TemplateInputs) => fields.filter((f) => JSON.stringify(t[f]) !== JSON.stringify(wanted[f]));
  const closest = [...same].sort((a, b) => differing(a).length - differing(b).length || templateKey(a).localeCompare(templateKey(b)))[0]!;
  const lines = new Set<string>();
  for (const f of differing(closest)) {
    if (f === 'image_hash' || f === 'image_size') lines.add(`image changed (size ${closest.image_size} → ${wanted.image_size})`);
    else if (f === 'pci' && differing(closest).includes('nics')) continue;
    else if (f === 'mgmt_outbound') lines.add(`vm_mgmt_outbound: ${closest.mgmt_outbound === true} → ${wanted.mgmt_outbound === true}`);
    else lines.add(`${LABELS[f] ?? f}: ${show(closest[f])} → ${show(wanted[f])}`);
  }
  return [...lines];
}

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
