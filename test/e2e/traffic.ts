import type { TestLab } from './harness.js';

interface PlanNic {
  index: number;
  kind: string;
  mac: string;
  interface?: string;
}

/** The guest interface of a NIC: the tiny image names NICs eth0, eth1, … in PCI (= NIC) order. */
export const guestIface = (nic: PlanNic) => `eth${nic.index}`;

/** Runs a command on a node over `vmlab ssh`, failing the test on a non-zero exit. */
export async function sh(lab: TestLab, node: string, command: string): Promise<string> {
  const r = await lab.run(['ssh', node, '--lab', lab.name, '--', command]);
  if (r.code !== 0) throw new Error(`${node}$ ${command} → exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * Gives both ends of every link the /31 addresses the topology assigns
 * (devices.*.interfaces.*.ip) and pings across each link. Returns the links
 * that passed traffic.
 */
export async function pingEveryLink(lab: TestLab, plan: any): Promise<string[]> {
  const topology = lab.topology();
  const ipOf = (node: string, iface: string) => String(topology.devices[node].interfaces[iface].ip).split('/')[0];
  const nicOf = (node: string, iface: string) => (plan.nodes[node].nics as PlanNic[]).find((n) => n.interface === iface)!;
  const passed: string[] = [];
  for (const link of plan.links as { a: string; z: string }[]) {
    const [aNode, aIf] = link.a.split(':') as [string, string];
    const [zNode, zIf] = link.z.split(':') as [string, string];
    for (const [node, iface] of [
      [aNode, aIf],
      [zNode, zIf],
    ] as const) {
      const cidr = topology.devices[node].interfaces[iface].ip;
      const dev = guestIface(nicOf(node, iface));
      await sh(lab, node, `ip addr flush dev ${dev}; ip addr add ${cidr} dev ${dev}; ip link set ${dev} up`);
    }
    await sh(lab, aNode, `ping -c 3 -W 3 ${ipOf(zNode, zIf)}`);
    passed.push(`${link.a} ↔ ${link.z}`);
  }
  return passed;
}
