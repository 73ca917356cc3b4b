/**
 * Reads socket netdev states from HMP `info network`. A TCP socket netdev
 * shows "socket: connect to …" or "socket: connection from …" while it is
 * connected and nothing after "type=socket," when it is not (measured on
 * QEMU 7.2): a connector whose listener went away never reconnects.
 */
export function socketStates(infoNetwork: string): Map<string, 'up' | 'down'> {
  const states = new Map<string, 'up' | 'down'>();
  for (const raw of infoNetwork.split(/\r?\n/)) {
    const match = /^\s*\\\s+([^:\s]+):\s+index=\d+,type=socket,(.*)$/.exec(raw);
    if (!match) continue;
    const info = match[2]!.trim();
    states.set(match[1]!, /^socket: (connect to|connection from|udp=|mcast=)/.test(info) || info.startsWith('socket: udp') ? 'up' : 'down');
  }
  return states;
}
