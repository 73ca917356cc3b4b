import type { DesiredNode, Nic, NicLink } from '../../model/types.js';
import { mgmtNetwork, sshForward } from '../../model/mgmt-network.js';
import type { LabPaths } from '../../state/paths.js';
import type { Accel, StreamReconnect } from '../../ports/qemu.js';
import { CONSOLE_CHARDEV, netdevId, nicDeviceId, QMP_CHARDEV } from './names.js';
import { bridgesFor, DISK_SLOT, nicPlace } from './pci.js';

/**
 * The QEMU command line for one node. Pure: the same node, paths and
 * accelerator always give the same argv (snapshot-tested). Each choice here
 * avoids a pitfall (docs/design-notes.md, "Command line", "Guests and the host's loopback"):
 * - `-display none` + `-nodefaults`, never `-nographic` (which takes ttyS0);
 * - the console is a TCP chardev with a logfile, so boot output is kept;
 * - `-cpu max` under TCG (`host` needs KVM), platform CPU flags appended;
 * - NICs in NIC order at fixed PCI addresses, option ROMs off, explicit MACs;
 * - the console (like QMP, a Unix socket) listens on 127.0.0.1 only, on every host;
 * - the management user network is `restrict=on` unless the platform opts out
 *   (vm_mgmt_outbound): slirp then drops every connection and datagram the
 *   guest starts towards the host (10.0.2.2 is the host's loopback: other
 *   nodes' consoles, links, SSH forwards) or beyond, ICMP relaying included,
 *   while the SSH forward (started from the host side) and DHCP still work;
 * - every file name inside an option string has its commas doubled, QEMU's
 *   escape, so a comma in VMLAB_HOME cannot add options (`-pidfile` takes a
 *   plain file name and stays as it is).
 */
export function qemuArgv(node: DesiredNode, paths: LabPaths, accel: Accel, reconnectOption: StreamReconnect = 'reconnect-ms'): string[] {
  const cpuModel = accel === 'kvm' ? 'host' : 'max';
  const cpu = node.cpuFeatures ? `${cpuModel},${node.cpuFeatures.replace(/^,/, '')}` : cpuModel;
  const args = [
    '-name',
    `${node.name},process=vmlab-${node.name}`,
    '-machine',
    'pc',
    '-accel',
    accel,
    '-cpu',
    cpu,
    '-m',
    String(node.memoryMb),
    '-smp',
    String(node.cpus),
    '-display',
    'none',
    '-nodefaults',
    '-no-user-config',
    '-boot',
    'order=c',
    '-rtc',
    'base=utc',
    '-pidfile',
    paths.pidfile(node.name),
    '-daemonize',
    '-chardev',
    `socket,id=${QMP_CHARDEV},path=${optionValue(paths.monitor(node.name))},server=on,wait=off`,
    '-mon',
    `chardev=${QMP_CHARDEV},mode=control`,
    '-chardev',
    `socket,id=${CONSOLE_CHARDEV},host=${node.consoleBind},port=${node.consolePort},server=on,wait=off,telnet=off,logfile=${optionValue(paths.consoleLog(node.name))},logappend=on`,
    '-serial',
    `chardev:${CONSOLE_CHARDEV}`,
    '-drive',
    `file=${optionValue(paths.overlay(node.name))},if=none,id=disk0,format=qcow2,cache=writeback`,
    '-device',
    `virtio-blk-pci,drive=disk0,bus=pci.0,addr=0x${DISK_SLOT.toString(16)},bootindex=0`,
    '-fw_cfg',
    `name=opt/vmlab/hostname,string=${node.name}`,
  ];
  // The platform's own entries (vm_fw_cfg; names checked against QEMU's rules when the specs are read).
  for (const [name, value] of Object.entries(node.fwCfg).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    args.push('-fw_cfg', `name=${name},string=${optionValue(value)}`);
  }
  for (const bridge of bridgesFor(node.nics.length)) args.push(...bridge);
  for (const nic of node.nics) args.push(...nicArgs(node, nic, reconnectOption));
  return args;
}

/** A value inside a QEMU option string (`key=value,key=value`): a comma is written twice. */
export function optionValue(value: string): string {
  return value.replaceAll(',', ',,');
}

/**
 * A stream netdev: the listener is a server; the connector retries until its
 * listener answers and again whenever the connection drops, so no start
 * order is needed and a peer's restart heals by itself. `reconnect` (QEMU
 * 8.0–9.1) counts seconds, `reconnect-ms` (9.2 on) milliseconds.
 */
function streamArgs(id: string, link: Extract<NicLink, { mode: 'listen' | 'connect' }>, reconnectOption: StreamReconnect): string {
  const addr = `addr.type=inet,addr.host=${link.address},addr.port=${link.port}`;
  if (link.mode === 'listen') return `stream,id=${id},server=on,${addr}`;
  const ms = link.reconnect_ms ?? 1000;
  const retry = reconnectOption === 'reconnect-ms' ? `reconnect-ms=${ms}` : `reconnect=${Math.max(1, Math.round(ms / 1000))}`;
  return `stream,id=${id},server=off,${addr},${retry}`;
}

function netdevArgs(node: DesiredNode, nic: Nic, reconnectOption: StreamReconnect): string {
  const id = netdevId(nic);
  if (nic.kind === 'mgmt')
    return `user,id=${id},${mgmtNetwork(node) === 'isolated' ? 'restrict=on,' : ''}hostfwd=tcp:${sshForward(node).qemuAddress}:${node.sshPort}-:22`;
  // A filler sits alone on a hub of its own: a NIC with no wire, no slirp behind it.
  if (nic.kind === 'filler' || !nic.link) return `hubport,id=${id},hubid=${nic.index}`;
  const link = nic.link;
  if (link.mode !== 'udp' && link.backend === 'stream') return streamArgs(id, link, reconnectOption);
  switch (link.mode) {
    case 'listen':
      return `socket,id=${id},listen=${link.address}:${link.port}`;
    case 'connect':
      return `socket,id=${id},connect=${link.address}:${link.port}`;
    case 'udp':
      return `socket,id=${id},udp=${link.address}:${link.port},localaddr=${link.local_address}:${link.local_port}`;
  }
}

function nicArgs(node: DesiredNode, nic: Nic, reconnectOption: StreamReconnect): string[] {
  const place = nicPlace(nic.index);
  return [
    '-netdev',
    netdevArgs(node, nic, reconnectOption),
    '-device',
    `${node.nicDriver},id=${nicDeviceId(nic)},netdev=${netdevId(nic)},mac=${nic.mac},bus=${place.bus},addr=${place.addr},romfile=`,
  ];
}
