import { chooseAccel } from '../../../src/exec/qemu/accel.js';

describe('accelerator choice', () => {
  test.each([
    // kvmDevice, cpuVirt, override → accel
    [true, true, undefined, 'kvm'],
    [true, false, undefined, 'tcg'], // /dev/kvm without vmx/svm: nested KVM that hangs guests
    [false, true, undefined, 'tcg'],
    [false, false, undefined, 'tcg'],
    [true, true, 'tcg', 'tcg'],
    [true, false, 'kvm', 'kvm'], // asked for without vmx/svm: the person may know better than the flags
    [true, true, 'auto', 'kvm'],
    [true, false, '', 'tcg'],
  ] as const)('kvm device %s, vmx/svm %s, override %s → %s', (kvmDevice, cpuVirt, override, accel) => {
    expect(chooseAccel({ kvmDevice, cpuVirt }, override).accel).toBe(accel);
  });

  test('says why it fell back to TCG', () => {
    expect(chooseAccel({ kvmDevice: true, cpuVirt: false }).why).toContain('no vmx/svm');
  });

  test('kvm asked for where /dev/kvm cannot be opened: the machine lacks it, said before any QEMU starts', () => {
    expect(() => chooseAccel({ kvmDevice: false, cpuVirt: true }, 'kvm')).toThrow(
      expect.objectContaining({ code: 'environment', exitCode: 1, message: expect.stringContaining('/dev/kvm is not available') }),
    );
  });

  test('an unknown override is a usage error', () => {
    expect(() => chooseAccel({ kvmDevice: true, cpuVirt: true }, 'hvf')).toThrow('use kvm, tcg or auto');
  });
});
