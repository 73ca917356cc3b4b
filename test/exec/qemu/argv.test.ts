import { qemuArgv } from '../../../src/exec/qemu/argv.js';
import { MAX_NICS, nicPlace } from '../../../src/exec/qemu/pci.js';
import { labPaths } from '../../../src/state/paths.js';
import { compile } from '../../../src/model/compile.js';
import { graphOf, resolved, SWITCH } from '../../helpers/lab.js';

const graph = graphOf(
  {
    devices: ['spine1', 'leaf1'],
    links: [
      ['spine1:Ethernet0', 'leaf1:Ethernet0'],
      ['spine1:Ethernet8', 'leaf1:Ethernet4'],
    ],
    platforms: { switch: { ...SWITCH, vm_cpu_features: '+sse4.2' } },
  },
  'socket',
);
const paths = labPaths('/home/u/.vmlab', 'lab');
const spine1 = graph.nodes.find((n) => n.name === 'spine1')!;

test('argv for a connector with a wiring gap (snapshot)', () => {
  expect(qemuArgv(spine1, paths, 'tcg')).toMatchSnapshot();
});

test('TCG uses -cpu max, KVM -cpu host; platform CPU flags are appended either way', () => {
  const cpu = (accel: 'kvm' | 'tcg') => {
    const argv = qemuArgv(spine1, paths, accel);
    return [argv[argv.indexOf('-accel') + 1], argv[argv.indexOf('-cpu') + 1]];
  };
  expect(cpu('tcg')).toEqual(['tcg', 'max,+sse4.2']);
  expect(cpu('kvm')).toEqual(['kvm', 'host,+sse4.2']);
});

test('never -nographic; console on a TCP chardev with a logfile; NICs emitted in NIC order', () => {
  const argv = qemuArgv(spine1, paths, 'tcg');
  expect(argv).not.toContain('-nographic');
  expect(argv).toContain('none'); // -display none
  expect(argv.find((a) => a.startsWith('socket,id=console,'))).toContain('logfile=/home/u/.vmlab/labs/lab/logs/spine1.log');
  const macs = argv.filter((a) => a.includes(',mac=')).map((a) => /mac=([^,]+)/.exec(a)![1]);
  expect(macs).toEqual(spine1.nics.map((n) => n.mac));
  expect(argv.filter((a) => a.includes('romfile=')).every((a) => a.endsWith('romfile='))).toBe(true);
});

test('a 33-NIC switch fits: NICs past the root bus go behind pci-bridges, in order', () => {
  expect(MAX_NICS).toBeGreaterThanOrEqual(65);
  expect(nicPlace(0)).toEqual({ bus: 'pci.0', addr: '0x4' });
  expect(nicPlace(25)).toEqual({ bus: 'pci.0', addr: '0x1d' });
  expect(nicPlace(26)).toEqual({ bus: 'pcibr1', addr: '0x1' });
  expect(nicPlace(32)).toEqual({ bus: 'pcibr1', addr: '0x7' });
  const big = graphOf({ devices: ['a', 'b'], links: [['a:Ethernet124', 'b:Ethernet0']] }, 'socket');
  const argv = qemuArgv(big.nodes[0]!, paths, 'tcg');
  expect(argv).toContain('pci-bridge,id=pcibr1,chassis_nr=1,bus=pci.0,addr=0x1e');
  expect(argv.at(-1)).toContain('bus=pcibr1,addr=0x7');
});

test('a comma in a path is doubled in QEMU options, so VMLAB_HOME cannot inject options; plain arguments stay as they are', () => {
  const home = '/home/u/labs,drive=evil';
  const argv = qemuArgv(spine1, labPaths(home, 'lab'), 'tcg');
  const options = argv.filter((a, i) => i > 0 && argv[i - 1] !== '-pidfile' && a.includes(home.split(',')[0]!));
  expect(options.length).toBeGreaterThanOrEqual(3); // QMP socket, console log, overlay
  for (const option of options) expect(option).toContain('/home/u/labs,,drive=evil/');
  expect(argv.find((a) => a.startsWith('file='))).toBe(
    'file=/home/u/labs,,drive=evil/labs/lab/disks/spine1.qcow2,if=none,id=disk0,format=qcow2,cache=writeback',
  );
  expect(argv[argv.indexOf('-pidfile') + 1]).toBe('/home/u/labs,drive=evil/labs/lab/qemu/spine1.pid'); // -pidfile takes a plain file name
});

test("in a multi-host lab the console, QMP and QEMU's SSH forward stay on 127.0.0.1; only the relay and links face the network", () => {
  const multi = graphOf(
    {
      devices: ['a', 'b'],
      links: [['a:Ethernet0', 'b:Ethernet0']],
      vmlab: { hosts: { h1: '10.0.0.1', h2: '10.0.0.2' }, default_host: 'h1' },
      profiles: { b: { vm_host: 'h2' } },
    },
    'socket',
  );
  const argv = qemuArgv(multi.nodes[0]!, paths, 'tcg');
  expect(argv.find((a) => a.startsWith('socket,id=console,'))).toContain('host=127.0.0.1,port=30000,');
  expect(argv.find((a) => a.startsWith('socket,id=qmp,'))).toContain('path=/home/u/.vmlab/labs/lab/qemu/a.mon,');
  // QEMU's own forward stays on loopback too: a relay listens on the server's address (model/mgmt-network.ts, sshForward).
  expect(argv.find((a) => a.startsWith('user,'))).toBe('user,id=mgmt,restrict=on,hostfwd=tcp:127.0.0.1:40000-:22');
  expect(argv.find((a) => a.startsWith('socket,id=net1,'))).toBe('socket,id=net1,listen=10.0.0.1:20000');
});

test('stream links: the listener is a server, the connector retries in the spelling this QEMU accepts', () => {
  const streams = compile(resolved({ devices: ['spine1', 'leaf1'], links: [['spine1:Ethernet0', 'leaf1:Ethernet0']] }), { links: 'stream' });
  const netdev = (name: string, option?: 'reconnect-ms' | 'reconnect') => {
    const argv = qemuArgv(streams.nodes.find((n) => n.name === name)!, paths, 'tcg', option);
    return argv.find((a) => a.startsWith('stream,'));
  };
  const port = streams.links[0]!.port;
  expect(netdev('leaf1')).toBe(`stream,id=net1,server=on,addr.type=inet,addr.host=127.0.0.1,addr.port=${port}`);
  expect(netdev('spine1')).toBe(`stream,id=net1,server=off,addr.type=inet,addr.host=127.0.0.1,addr.port=${port},reconnect-ms=1000`);
  expect(netdev('spine1', 'reconnect')).toBe(`stream,id=net1,server=off,addr.type=inet,addr.host=127.0.0.1,addr.port=${port},reconnect=1`);
});
