/**
 * Just enough IPv4 for test hosts: parse an address or a CIDR, tell whether
 * two addresses share a subnet, and pick a host's address on the subnet of
 * the switch port it is wired to.
 */
export interface Cidr {
  /** The address as an unsigned 32-bit number. */
  addr: number;
  prefix: number;
}

export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^(0|[1-9][0-9]{0,2})$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

export function parseCidr(text: string): Cidr | null {
  const match = /^([^/]+)\/(0|[1-9][0-9]?)$/.exec(text);
  if (!match) return null;
  const addr = parseIpv4(match[1]!);
  const prefix = Number(match[2]);
  return addr === null || prefix > 32 ? null : { addr, prefix };
}

export function formatIpv4(addr: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(addr / 2 ** shift) % 256).join('.');
}

const mask = (prefix: number) => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);

/** Is `addr` on the subnet of `cidr`? */
export function sameSubnet(cidr: Cidr, addr: number): boolean {
  const m = mask(cidr.prefix);
  return (cidr.addr & m) >>> 0 === (addr & m) >>> 0;
}

/**
 * The address a host takes on the subnet of the switch port at the other end
 * of its link, with that port as its gateway: the other address of a /31,
 * otherwise the port's address plus one (minus one when plus one would be the
 * broadcast address). Null when the subnet has no room for a second host.
 */
export function derivedHostAddress(switchPort: Cidr): { address: string; gateway: string } | null {
  const { addr, prefix } = switchPort;
  if (prefix >= 32) return null;
  let host: number;
  if (prefix === 31) {
    host = addr % 2 === 0 ? addr + 1 : addr - 1;
  } else {
    const network = (addr & mask(prefix)) >>> 0;
    const broadcast = network + 2 ** (32 - prefix) - 1;
    host = addr + 1 < broadcast ? addr + 1 : addr - 1;
    if (host <= network || addr === network || addr === broadcast) return null;
  }
  return { address: `${formatIpv4(host)}/${prefix}`, gateway: formatIpv4(addr) };
}
