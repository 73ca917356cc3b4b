import { netdevStates, socketStates } from '../../../src/exec/qemu/netinfo.js';

// Output of HMP "info network" as QEMU 7.2 prints it (captured from a running VM).
const sample = [
  'nic0: index=0,type=nic,model=e1000,macaddr=52:95:c5:fc:18:74',
  ' \\ mgmt: index=0,type=user,net=10.0.2.0,restrict=off',
  'nic1: index=0,type=nic,model=e1000,macaddr=52:0f:37:2c:7b:a5',
  ' \\ net1: index=0,type=socket,socket: connect to 127.0.0.1:20000',
  'nic2: index=0,type=nic,model=e1000,macaddr=52:0f:37:2c:7b:a6',
  ' \\ net2: index=0,type=socket,',
  'nic3: index=0,type=nic,model=e1000,macaddr=52:0f:37:2c:7b:a7',
  ' \\ net3: index=0,type=socket,socket: connection from 127.0.0.1:51234',
  '',
].join('\r\n');

test('connected sockets are up, empty ones are down, other netdevs are not listed', () => {
  expect([...socketStates(sample)]).toEqual([
    ['net1', 'up'],
    ['net2', 'down'],
    ['net3', 'up'],
  ]);
});

test('QEMU 7.2 socket netdevs: connected either way, or unconnected', () => {
  expect(Object.fromEntries(netdevStates(sample))).toEqual({ net1: 'connected', net2: 'unconnected', net3: 'connected' });
});

/*
 * The outputs below were captured by hand on QEMU 10.0.2 (Debian 12
 * bookworm-backports, 2026-11), two QEMUs with `-machine pc -nodefaults
 * -display none`, no disk, joined by
 *   listener:  -netdev stream,id=net1,server=on,addr.type=inet,addr.host=127.0.0.1,addr.port=47425
 *   connector: -netdev stream,id=net1,server=off,addr.type=inet,addr.host=127.0.0.1,addr.port=47425,reconnect-ms=1000
 * each `-device virtio-net-pci,netdev=net1,id=nic1` (the listener also had a
 * user-net NIC, and later an e1000 and a filter-dump), then asked
 * `human-monitor-command` "info network" over QMP.
 */
const qemu10 = (...lines: string[]) => [...lines, ''].join('\r\n');

test('QEMU 10 stream listener with nobody connected: listening', () => {
  const out = qemu10(
    'nic1: index=0,type=nic,model=virtio-net-pci,macaddr=52:54:00:12:34:56',
    ' \\ net1: index=0,type=stream,listening',
    'nic0: index=0,type=nic,model=virtio-net-pci,macaddr=52:54:00:12:34:57',
    ' \\ mgmt: index=0,type=user,net=10.0.2.0,restrict=off',
  );
  expect(Object.fromEntries(netdevStates(out))).toEqual({ net1: 'listening' });
  expect(socketStates(out).get('net1')).toBe('down');
});

test('QEMU 10 stream connected: the listener shows its peer, the connector the address it dialled', () => {
  const listener = qemu10('nic1: index=0,type=nic,model=virtio-net-pci,macaddr=52:54:00:12:34:56', ' \\ net1: index=0,type=stream,tcp:127.0.0.1:48748');
  const connector = qemu10('nic1: index=0,type=nic,model=virtio-net-pci,macaddr=52:54:00:12:34:56', ' \\ net1: index=0,type=stream,tcp:127.0.0.1:47425');
  expect(netdevStates(listener).get('net1')).toBe('connected');
  expect(netdevStates(connector).get('net1')).toBe('connected');
  expect(socketStates(connector).get('net1')).toBe('up');
});

test('QEMU 10 reconnecting connector whose listener was killed (or never started): connecting', () => {
  const out = qemu10('nic1: index=0,type=nic,model=virtio-net-pci,macaddr=52:54:00:12:34:56', ' \\ net1: index=0,type=stream,connecting');
  expect(netdevStates(out).get('net1')).toBe('connecting');
});

test('QEMU 10 stream connector without reconnect whose connect was refused: failed', () => {
  const out = qemu10(
    'nic1: index=0,type=nic,model=virtio-net-pci,macaddr=52:54:00:12:34:56',
    " \\ net1: index=0,type=stream,error: Failed to connect to '127.0.0.1:47425': Connection refused",
  );
  expect(netdevStates(out).get('net1')).toBe('failed');
});

test('QEMU 10 set_link off changes nothing in info network (the carrier cannot be read back)', () => {
  // Captured right after QMP set_link {name: nic1, up: false}: the same text as before it.
  const out = qemu10('nic1: index=0,type=nic,model=virtio-net-pci,macaddr=52:54:00:12:34:56', ' \\ net1: index=0,type=stream,tcp:127.0.0.1:47425');
  expect(netdevStates(out).get('net1')).toBe('connected');
});

test('QEMU 10 socket netdevs print as on 7.2; UDP is connectionless; filter lines are skipped', () => {
  const out = qemu10(
    'nic1: index=0,type=nic,model=virtio-net-pci,macaddr=52:54:00:12:34:56',
    ' \\ net1: index=0,type=socket,socket: connect to 127.0.0.1:47425',
    'nic2: index=0,type=nic,model=e1000,macaddr=52:54:00:12:34:57',
    ' \\ net2: index=0,type=socket,socket: udp=127.0.0.1:47427',
    'nic3: index=0,type=nic,model=e1000,macaddr=52:54:00:12:34:58',
    ' \\ net3: index=0,type=stream,listening',
    'filters:',
    '  - cap0: type=filter-dump,file=/tmp/m10/x.pcap,maxlen=65536,position=tail,status=on,insert=behind,netdev=net3,queue=all',
    'nic0: index=0,type=nic,model=e1000,macaddr=52:54:00:12:34:59',
    ' \\ mgmt: index=0,type=user,net=10.0.2.0,restrict=off',
  );
  expect(Object.fromEntries(netdevStates(out))).toEqual({ net1: 'connected', net2: 'datagram', net3: 'listening' });
  expect(Object.fromEntries(socketStates(out))).toEqual({ net1: 'up', net2: 'up', net3: 'down' });
});

test('a QEMU 10 socket listener nobody has connected to looks like a dead connector: unconnected', () => {
  const out = qemu10('nic1: index=0,type=nic,model=virtio-net-pci,macaddr=52:54:00:12:34:56', ' \\ net1: index=0,type=socket,');
  expect(netdevStates(out).get('net1')).toBe('unconnected');
});
