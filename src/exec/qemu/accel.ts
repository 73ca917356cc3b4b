import { accessSync, constants, readFileSync } from 'node:fs';
import { UsageError } from '../../errors.js';

export type Accel = 'kvm' | 'tcg';

/** What the machine offers, as read by probeAccel(). */
export interface AccelFacts {
  /** /dev/kvm exists and opens read-write for us. */
  kvmDevice: boolean;
  /** The CPU advertises hardware virtualisation (vmx or svm in /proc/cpuinfo). */
  cpuVirt: boolean;
}

export interface AccelChoice {
  accel: Accel;
  why: string;
}

/**
 * Picks KVM only where it works. /dev/kvm alone proves nothing: on nested
 * machines without vmx/svm (kvm_pvm) guests hang or QEMU aborts under it,
 * while TCG boots them. `--accel` / VMLAB_ACCEL overrides the choice.
 */
export function chooseAccel(facts: AccelFacts, override?: string): AccelChoice {
  if (override !== undefined && override !== '' && override !== 'auto') {
    if (override !== 'kvm' && override !== 'tcg') throw new UsageError(`--accel / VMLAB_ACCEL: "${override}" is not valid; use kvm, tcg or auto`);
    return { accel: override, why: `${override} requested` };
  }
  if (!facts.kvmDevice) return { accel: 'tcg', why: '/dev/kvm is not available read-write' };
  if (!facts.cpuVirt) return { accel: 'tcg', why: '/dev/kvm exists but the CPU shows no vmx/svm flag (nested KVM that does not boot guests)' };
  return { accel: 'kvm', why: '/dev/kvm is usable and the CPU has vmx/svm' };
}

export function probeAccel(): AccelFacts {
  let kvmDevice = false;
  try {
    accessSync('/dev/kvm', constants.R_OK | constants.W_OK);
    kvmDevice = true;
  } catch {
    kvmDevice = false;
  }
  let cpuVirt = false;
  try {
    cpuVirt = /^flags\s*:.*\b(vmx|svm)\b/m.test(readFileSync('/proc/cpuinfo', 'utf8'));
  } catch {
    cpuVirt = false;
  }
  return { kvmDevice, cpuVirt };
}
