import { createHash } from 'node:crypto';

/**
 * Deterministic, unique MACs. Each NIC's MAC is a hash of (lab, node, NIC
 * index), so it does not move when other nodes are added or removed. The first
 * octet 0x52 marks a locally administered unicast address; the other 40 bits
 * come from the hash, which makes a collision in even a 5,000-node lab
 * unlikely. A collision is still resolved, deterministically, by re-hashing
 * the later NIC (in node-name order) with a counter.
 */
export function macFor(lab: string, node: string, nic: number, attempt = 0): string {
  const digest = createHash('sha256').update(`${lab}/${node}/${nic}/${attempt}`).digest();
  const octets = [0x52, digest[0]!, digest[1]!, digest[2]!, digest[3]!, digest[4]!];
  return octets.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

export class MacAllocator {
  private readonly taken = new Set<string>();
  constructor(private readonly lab: string) {}

  allocate(node: string, nic: number): string {
    for (let attempt = 0; ; attempt++) {
      const mac = macFor(this.lab, node, nic, attempt);
      if (!this.taken.has(mac)) {
        this.taken.add(mac);
        return mac;
      }
    }
  }
}
