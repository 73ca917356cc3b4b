import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli, tmpDir } from '../helpers/cli.js';
import { treeDigest } from '../helpers/tree.js';

/** fixtures/bad/<dir> → the message it must produce: file, JSON path, and what would be right. */
const expectations: Record<string, string[]> = {
  'bad-cpus': ['profiles/sw1.json /vm_cpus: "2" is not valid; must be a positive integer'],
  'bad-interface': [
    'topology.json /links/1: endpoint "sw1:Ethernet3": platform "switch" (stride-4 map) has no interface "Ethernet3"; valid names: Ethernet0, Ethernet4, Ethernet8, …, Ethernet124',
  ],
  'bad-warm-start': ['platforms.json /platforms/switch/vm_warm_start: "yes" is not valid; must be a boolean'],
  'bad-mgmt-outbound': ['platforms.json /platforms/switch/vm_mgmt_outbound: "yes" is not valid; must be a boolean'],
  'bad-memory': ['platforms.json /platforms/switch/vm_memory: 0 is not valid; must be a positive integer'],
  'custom-without-table': ['platforms.json /platforms/switch/vm_interface_map: "custom" needs a table'],
  'duplicate-key': [
    'platforms.json /platforms/switch/vm_memory: key "vm_memory" appears twice in this object (line 5, column 7 and line 8, column 7), and only the last one would count; remove one',
  ],
  'duplicate-link': ['topology.json /links/1: duplicates the link at /links/0'],
  'host-any-address': [
    'topology.json /vmlab/hosts/server-a: "0.0.0.0" means every address of a machine, not one host\'s address; give the IP that the other servers reach server-a on',
  ],
  'host-unknown-field': [
    'topology.json /vmlab/hosts/server-a/max_node: unknown field "max_node"; known fields: address, ssh, vmlab, max_nodes, cpus, memory_mb',
  ],
  'host-bad-ssh': ['topology.json /vmlab/hosts/server-a/ssh: "-oProxyCommand=x" starts with "-", which ssh would take for an option; write it as [user@]host'],
  'host-bad-max-nodes': ['topology.json /vmlab/hosts/server-a/max_nodes: 0 is not valid; must be a positive integer'],
  'host-ipv6': [
    'topology.json /vmlab/hosts/server-a: "fd00::1" is an IPv6 address; QEMU 7.2\'s socket links and SSH forwards take IPv4 addresses only: give server-a\'s IPv4 address',
  ],
  'image-compressed': [
    'platforms.json /platforms/switch/vm_image: image',
    'image-compressed/images/sonic-vs.img.gz is gzip-compressed (needed by sw1, sw2); unpack it, or import it with "vmlab image import", which unpacks it',
  ],
  'image-device': [
    'platforms.json /platforms/switch/vm_image: image /dev/null is a character device, not an image file (needed by sw1, sw2); vmlab takes a qcow2 or raw image file',
  ],
  'image-directory': [
    'platforms.json /platforms/switch/vm_image: image',
    'image-directory/images/sonic-vs is a directory, not an image file (needed by sw1, sw2); name the image file inside it',
  ],
  'image-empty': [
    'platforms.json /platforms/switch/vm_image: image',
    'image-empty/images/sonic-vs.qcow2 is empty (needed by sw1, sw2); build or import it again',
  ],
  'image-foreign-format': [
    'platforms.json /platforms/switch/vm_image: image',
    'image-foreign-format/images/sonic-vs.vmdk is a VMDK image (needed by sw1, sw2); vmlab runs qcow2 and raw images: convert it with "qemu-img convert -O qcow2 ',
    'images/sonic-vs.vmdk ',
    'images/sonic-vs.qcow2"',
  ],
  'interface-twice': ['topology.json /links/1: interface sw1:Ethernet0 is already wired by the link at /links/0'],
  'links-disagree': ['topology.json /devices/sw1/interfaces/Ethernet4/link: link sw1:Ethernet4 ↔ sw2:Ethernet4 is not in the links array'],
  'malformed-endpoint': ['topology.json /links/1: endpoint "sw1-Ethernet4" must be "device:interface"'],
  'malformed-json': ['topology.json: malformed JSON at line 4, column 3'],
  'memory-too-small': ['platforms.json /platforms/switch/vm_memory: 8 MiB is too little: QEMU needs at least 16 MiB to boot a VM'],
  'missing-platforms-file': ['platforms.json: file not found'],
  'no-image': ['platforms.json /platforms/switch/vm_image: platform "switch" has no vm_image'],
  'no-platform': ['profiles/sw2.json /platform: device "sw2" has no platform; set "platform" in profiles/sw2.json (one of: switch) or vmlab.default_platform'],
  'port-beyond-65535': ['topology.json /vmlab/ssh_port_base: 2 SSH ports from 65535 end at 65536, beyond 65535; use a base of at most 65534'],
  'port-not-a-port': ['topology.json /vmlab/link_port_base: 70000 is not valid; must be an integer from 1 to 65535'],
  'port-overlap': ['topology.json /vmlab/console_port_base: console ports 30000–30001 overlap link ports 30000–30000'],
  'privileged-port': [
    'topology.json /vmlab/ssh_port_base: SSH ports from 22 start below 1024: binding them needs root (or CAP_NET_BIND_SERVICE); use a base of 1024 or more, or set "allow_privileged_ports": true in the vmlab section',
  ],
  'self-link': ['topology.json /links/1: connects sw1:Ethernet4 to itself'],
  'too-many-cpus': ["platforms.json /platforms/switch/vm_cpus: 256 vCPUs are more than QEMU's pc machine takes (at most 255)"],
  'unknown-device': ['topology.json /links/1: endpoint "sw3:Ethernet0" names unknown device "sw3"; devices: sw1, sw2'],
  'unknown-interface-map': ['platforms.json /platforms/switch/vm_interface_map: "stride-8" is not allowed; use one of: sequential, stride-4, custom, linux'],
  'unknown-platform': ['profiles/sw1.json /platform: unknown platform "sonic-vx"; platforms.json defines: switch'],
  'unknown-vm-host': ['profiles/sw1.json /vm_host: host "server-c" is not in vmlab.hosts of topology.json; hosts: server-a, server-b'],
  'unsafe-lab-name': ['topology.json /vmlab/name: lab name "my lab/../x" is not a safe name'],
  'unsafe-node-name': ['topology.json /devices/sw;rm -rf: device name "sw;rm -rf" is not a safe name'],
  'vmlab-typo': ['topology.json /vmlab/ssh_base: unknown field "ssh_base"; known fields: name, link_port_base'],
  'secret-unknown-key': ['profiles/sw1.json /ssh_pass: secret "sw1_password" is not in secrets.json (its keys: sw2_password)'],
  'secret-in-image': ['platforms.json /platforms/switch/vm_image: a ${secret:…} cannot be used here: vmlab shows this value'],
  'ports-nic-twice': [
    'platforms.json /platforms/switch/ports/1/nic_index: Ethernet4 and Ethernet0 (/ports/0) both say nic_index 1; each port needs a NIC of its own',
  ],
  'devices-and-nodes': ['topology.json: has both "devices" (a specs directory) and "nodes" (a network directory)'],
  'network-without-platforms': ['platforms/: no platforms found: no platforms/ directory in', 'name them with --platforms DIR or VMLAB_PLATFORMS'],
};

test('every bad-spec fixture has an expectation and vice versa', () => {
  expect(readdirSync(join(FIXTURES, 'bad')).sort()).toEqual(Object.keys(expectations).sort());
});

describe.each(['validate', 'plan', 'plan --json'])('vmlab %s on a bad spec', (command) => {
  test.each(Object.entries(expectations))('%s: exit 3, one clear message, nothing written', async (dir, phrases) => {
    const specs = join(FIXTURES, 'bad', dir);
    const home = join(tmpDir('vmlab-bad-'), 'home');
    const before = treeDigest(specs);
    const run = await runCli([...command.split(' '), '-S', specs], { VMLAB_HOME: home });
    expect(run.code).toBe(3);
    const errors = run.stderr.split('\n').filter((l) => l.startsWith('error: '));
    expect(errors).toHaveLength(1);
    for (const phrase of phrases) expect(errors[0]).toContain(phrase);
    expect(run.stdout).toBe('');
    expect(treeDigest(specs)).toEqual(before);
    expect(existsSync(home)).toBe(false);
  });
});
