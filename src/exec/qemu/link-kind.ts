import type { LinkKind } from '../../model/types.js';
import type { StreamReconnect } from '../../ports/qemu.js';

/**
 * Stream links only where their connectors reconnect: that is their whole
 * point. A QEMU without it keeps the socket links of QEMU 7.2, with start
 * order and cascade restarts.
 */
export function linkKindOf(reconnect: StreamReconnect | null): LinkKind {
  return reconnect === null ? 'socket' : 'stream';
}
