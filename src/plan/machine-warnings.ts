import type { DesiredNode } from '../model/types.js';

/** What the machine that runs the nodes has. */
export interface MachineFacts {
  memoryMb: number;
  cpus: number;
}

/**
 * Nodes that want more memory or vCPUs than the machine they run on has.
 * Not errors: more vCPUs than cores only runs slowly, and memory may be
 * there with swap; but a VM bigger than the machine's RAM usually fails to
 * start (QEMU: "cannot set up guest memory"). Pure: the caller passes the
 * nodes that run on this machine and its facts.
 */
export function machineWarnings(nodes: DesiredNode[], machine: MachineFacts): string[] {
  const warnings: string[] = [];
  const cpus = machine.cpus === 1 ? '1 CPU' : `${machine.cpus} CPUs`;
  for (const node of nodes) {
    if (node.memoryMb > machine.memoryMb) {
      warnings.push(
        `${node.name}: vm_memory ${node.memoryMb} MiB is more than this machine's ${machine.memoryMb} MiB of RAM; QEMU may fail to start it ("cannot set up guest memory")`,
      );
    }
    if (node.cpus > machine.cpus) {
      warnings.push(
        `${node.name}: vm_cpus ${node.cpus} is more than this machine's ${cpus}; its vCPUs will take turns on ${machine.cpus === 1 ? 'it' : 'them'} (slow, but it runs)`,
      );
    }
  }
  return warnings;
}
