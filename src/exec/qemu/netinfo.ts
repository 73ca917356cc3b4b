import type { NetdevState } from '../../state/types.js';

/**
 * What one netdev says about its connection, read from HMP `info network`
 * (QMP has no query for it). Measured on QEMU 7.2 and 10.0.2:
 *
 * - `type=socket` (TCP): `socket: connect to H:P` (connector) or
 *   `socket: connection from H:P` (listener) while connected; nothing after
 *   `type=socket,` otherwise, for a listener nobody has connected to as for a
 *   connector whose listener went away (it never reconnects).
 * - `type=socket` (UDP): `socket: udp=H:P` (or `mcast=`): no connection.
 * - `type=stream` (QEMU 7.2+, reconnect from 8.0): `listening` (listener,
 *   nobody connected), `connecting` (a connector with reconnect-ms, retrying),
 *   `tcp:H:P` while connected, `error: Failed to connect …` (a connector
 *   without reconnect whose first connect was refused). A connector without
 *   reconnect keeps showing `tcp:H:P` after its listener died (measured on
 *   10.0.2), so its `connected` is only as good as that.
 * - `type=dgram`: no connection.
 *
 * Neither version prints a NIC's carrier (`set_link` off leaves the text as
 * it was on 10.0.2, and 7.2's print_net_client has no field for it either),
 * and no QMP query or QOM property holds it: vmlab knows a carrier only from
 * what it set itself.
 */

/** netdev id → its state, for every socket, stream and dgram netdev; other lines (NICs, user net, filters) are skipped. */
export function netdevStates(infoNetwork: string): Map<string, NetdevState> {
  const states = new Map<string, NetdevState>();
  for (const raw of infoNetwork.split(/\r?\n/)) {
    const match = /^\s*\\\s+([^:\s]+):\s+index=\d+,type=(socket|stream|dgram),(.*)$/.exec(raw);
    if (!match) continue;
    const [, id, type, info] = match as unknown as [string, string, string, string];
    states.set(id, classify(type, info.trim()));
  }
  return states;
}

function classify(type: string, info: string): NetdevState {
  if (type === 'dgram') return 'datagram';
  if (type === 'socket') {
    if (/^socket: (connect to|connection from) /.test(info)) return 'connected';
    if (/^socket: (udp|mcast)=/.test(info)) return 'datagram';
    return 'unconnected';
  }
  if (info === 'listening') return 'listening';
  if (info === 'connecting') return 'connecting';
  if (/^(tcp|unix|vsock|fd):/.test(info) || /^connected/.test(info)) return 'connected';
  if (info.startsWith('error:')) return 'failed';
  return 'unconnected';
}

/**
 * Is each netdev connected? 'up' for a connected or connectionless netdev,
 * 'down' otherwise (what the executor checks after starting a connector).
 */
export function socketStates(infoNetwork: string): Map<string, 'up' | 'down'> {
  const up = new Set<NetdevState>(['connected', 'datagram']);
  return new Map([...netdevStates(infoNetwork)].map(([id, state]) => [id, up.has(state) ? 'up' : 'down']));
}
