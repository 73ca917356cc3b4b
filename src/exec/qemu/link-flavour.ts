import type { TcpLinkBackend } from '../../model/types.js';

/** The option that makes a stream netdev's connector reconnect, in the spelling this QEMU accepts. */
export type StreamReconnect = 'reconnect-ms' | 'reconnect';

/** What vmlab found out about the QEMU it runs. */
export interface QemuCapabilities {
  /** The binary's real path. */
  binary: string;
  version: string;
  /** null: this QEMU's stream netdevs cannot reconnect (before 8.0). */
  streamReconnect: StreamReconnect | null;
  /** How TCP links are built on it. */
  links: TcpLinkBackend;
  /** The binary's size and mtime when asked: the cache key beside its path. */
  size: number;
  mtime_ms: number;
}

/**
 * Stream links only where their connectors reconnect: that is their whole
 * point. A QEMU without it keeps the socket links of QEMU 7.2, with start
 * order and cascade restarts.
 */
export function linkFlavour(reconnect: StreamReconnect | null): TcpLinkBackend {
  return reconnect === null ? 'socket' : 'stream';
}
