import type { Nic } from '../../model/types.js';

/** QEMU ids of a node's NICs and netdevs; gather and the executor must agree on them. */
export const nicDeviceId = (nic: Pick<Nic, 'index'>) => `nic${nic.index}`;
export const netdevId = (nic: Pick<Nic, 'index'>) => (nic.index === 0 ? 'mgmt' : `net${nic.index}`);
export const CONSOLE_CHARDEV = 'console';
export const QMP_CHARDEV = 'qmp';
