import { qemuArgv } from '../../../src/exec/qemu/argv.js';
import { MAX_NICS, nicPlace } from '../../../src/exec/qemu/pci.js';
import { labPaths } from '../../../src/state/paths.js';
import { graphOf, SWITCH } from '../../helpers/lab.js';

const graph = graphOf({
  devices: ['spine1', 'leaf1'],
  links: [
    ['spine1:Ethernet0', 'leaf1:Ethernet0'],
    ['spine1:Ethernet8', 'leaf1:Ethernet4'],
  ],
  platforms: { switch: { ...SWITCH, vm_cpu_features: '+sse4.2' } },
});
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
  const big = graphOf({ devices: ['a', 'b'], links: [['a:Ethernet124', 'b:Ethernet0']] });
  const argv = qemuArgv(big.nodes[0]!, paths, 'tcg');
  expect(argv).toContain('pci-bridge,id=pcibr1,chassis_nr=1,bus=pci.0,addr=0x1e');
  expect(argv.at(-1)).toContain('bus=pcibr1,addr=0x7');
});
