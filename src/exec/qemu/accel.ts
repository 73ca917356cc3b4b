import { accessSync, constants, readFileSync } from 'node:fs';
import { EnvironmentError, UsageError } from '../../errors.js';

import type { AccelChoice } from '../../ports/qemu.js';

/** What the machine offers, as read by probeAccel(). */
export interface AccelFacts {
  /** /dev/kvm exists and opens read-write for us. */
  kvmDevice: boolean;
  /** The CPU advertises hardware virtualisation (vmx or svm in /proc/cpuinfo). */
  cpuVirt: boolean;
}

/**
 * Picks KVM only where it works. /dev/kvm alone proves nothing: on nested
 * machines without vmx/svm (kvm_pvm) guests hang or QEMU aborts under it,
 * while TCG boots them. `--accel` / VMLAB_ACCEL overrides the choice; KVM
 * asked for on a machine whose /dev/kvm we cannot open is refused at once,
 * naming the device, instead of as a QEMU start failure per node. (Asked for
 * without vmx/svm it is allowed: the person may know the CPU flags lie.)
 */
export function chooseAccel(facts: AccelFacts, override?: string): AccelChoice {
  if (override !== undefined && override !== '' && override !== 'auto') {
    if (override !== 'kvm' && override !== 'tcg') throw new UsageError(`--accel / VMLAB_ACCEL: "${override}" is not valid; use kvm, tcg or auto`);
    if (override === 'kvm' && !facts.kvmDevice) {
      throw new EnvironmentError(
        '--accel / VMLAB_ACCEL: kvm asked for, but /dev/kvm is not available read-write here (missing, or no access: is this user in the kvm group?); use tcg or auto',
      );
    }
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
