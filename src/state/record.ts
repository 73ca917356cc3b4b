import { createHash } from 'node:crypto';
import { qemuConfig } from '../model/compile.js';
import type { DesiredNode, QemuConfig } from '../model/types.js';
import { mgmtNetwork } from '../model/mgmt-network.js';
import type { NodeRecord } from './types.js';

export function configHash(config: QemuConfig): string {
  return createHash('sha256').update(JSON.stringify(config)).digest('hex');
}

/** The record of a node started from its desired form. */
export function recordFor(node: DesiredNode, pid: number | null, startedAt: string | null, ready = true): NodeRecord {
  const config = qemuConfig(node);
  return {
    intent: 'running',
    host: node.host,
    pid,
    ssh_port: node.sshPort,
    console_port: node.consolePort,
    bind_address: node.bindAddress,
    console_bind: node.consoleBind,
    credentials: node.credentials,
    config,
    config_hash: configHash(config),
    started_at: startedAt,
    ready,
    mgmt_network: mgmtNetwork(node),
    ...(node.testHosts.length > 0 ? { test_hosts: node.testHosts } : {}),
  };
}
