import type { SpecIssue } from '../errors.js';
import { platformPlace } from './places.js';
import { QEMU_LIMITS } from './resolved.js';
import type { SpecSet } from './types.js';

/**
 * The longest vm_boot_timeout: a day. vmlab waits with Node timers, which
 * take at most 2^31-1 ms (24.8 days) and fire at once beyond that, so an
 * absurd timeout would not wait at all.
 */
export const MAX_BOOT_TIMEOUT_S = 86_400;

/**
 * QEMU's `-cpu` feature list, as vmlab appends it to the CPU model: comma
 * separated `+flag`, `-flag`, `flag` or `property=value`, no blanks (QEMU
 * reads "max, +sse4.2" as a property named " +sse4.2" and refuses to start).
 * A leading comma is allowed (vmlab drops it).
 */
const FEATURE = '(?:[+-][A-Za-z0-9][A-Za-z0-9_.-]*|[A-Za-z0-9][A-Za-z0-9_.-]*(?:=[A-Za-z0-9_.:+-]+)?)';
const CPU_FEATURES = new RegExp(`^,?${FEATURE}(?:,${FEATURE})*$`);

/** Why a vm_cpu_features string is not QEMU's syntax, or null. */
export function cpuFeaturesProblem(features: string): string | null {
  if (features === '' || CPU_FEATURES.test(features)) return null;
  return `${JSON.stringify(features)} is not a QEMU CPU feature list: write flags separated by commas without blanks, each "+flag", "-flag" or "property=value", e.g. "+sse4.2,-pdpe1gb,phys-bits=40"`;
}

/**
 * Memory, vCPU counts and CPU features QEMU cannot start a VM with, and boot
 * timeouts vmlab cannot wait for, wherever they are written (every
 * platform, and the profiles of the lab's devices). What only exceeds this
 * machine is a warning of the plan (plan/machine-warnings.ts).
 */
export function checkVmLimits(specs: SpecSet, issues: SpecIssue[]): void {
  const places: { file: string; path: string; memory?: number; cpus?: number; features?: string; timeout?: number }[] = [];
  for (const [name, platform] of Object.entries(specs.platforms)) {
    places.push({
      ...platformPlace(specs, name),
      memory: platform.vm_memory,
      cpus: platform.vm_cpus,
      features: platform.vm_cpu_features,
      timeout: platform.vm_boot_timeout,
    });
  }
  for (const [device, profile] of Object.entries(specs.profiles)) {
    if (!Object.hasOwn(specs.topology.devices, device)) continue; // not used: a warning says so
    places.push({ file: profile.file, path: '', memory: profile.value.vm_memory, cpus: profile.value.vm_cpus });
  }
  for (const place of places) {
    const at = (field: string, message: string) => issues.push({ file: place.file, path: `${place.path}/${field}`, message });
    if (place.memory !== undefined && place.memory < QEMU_LIMITS.minMemoryMb) {
      at('vm_memory', `${place.memory} MiB is too little: QEMU needs at least ${QEMU_LIMITS.minMemoryMb} MiB to boot a VM`);
    }
    if (place.memory !== undefined && place.memory > QEMU_LIMITS.maxMemoryMb) {
      at(
        'vm_memory',
        `${place.memory} MiB is more than any QEMU VM can have (at most ${QEMU_LIMITS.maxMemoryMb} MiB, 4 PiB, what an x86-64 machine can address; vm_memory is in MiB)`,
      );
    }
    if (place.cpus !== undefined && place.cpus > QEMU_LIMITS.maxCpus) {
      at('vm_cpus', `${place.cpus} vCPUs are more than QEMU's pc machine takes (at most ${QEMU_LIMITS.maxCpus})`);
    }
    const features = place.features === undefined ? null : cpuFeaturesProblem(place.features);
    if (features) at('vm_cpu_features', features);
    if (place.timeout !== undefined && place.timeout > MAX_BOOT_TIMEOUT_S) {
      at('vm_boot_timeout', `${place.timeout} seconds is longer than vmlab waits for a boot (at most ${MAX_BOOT_TIMEOUT_S}, a day)`);
    }
  }
}
