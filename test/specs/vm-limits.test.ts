import { MAX_NICS } from '../../src/exec/qemu/pci.js';
import { QEMU_LIMITS } from '../../src/specs/resolved.js';

test('the spec checks allow exactly the data NICs the QEMU command line can place (all PCI NICs but the management one)', () => {
  expect(QEMU_LIMITS.maxDataNics).toBe(MAX_NICS - 1);
});
