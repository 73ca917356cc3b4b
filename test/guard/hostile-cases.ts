// Issue 18: the hostile spec directories of test/guard/hostile-specs.test.ts,
// generated rather than committed. Each starts from a valid lab in one of the
// two layouts and breaks one thing; each says where vmlab must point.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export type Layout = 'specs' | 'network';
export type HostileClass = 'names' | 'numbers' | 'nesting' | 'special files' | 'sizes' | 'proto keys';

/** The files of a lab as objects, before they are written; `text` edits a written file's text (numbers as written). */
export interface LabFiles {
  topology: Record<string, any>;
  platform: Record<string, any>;
  profiles: Record<string, Record<string, any>>;
  secrets?: Record<string, unknown>;
  text: Record<string, (text: string) => string>;
}

export interface HostileCase {
  cls: HostileClass;
  label: string;
  layout: Layout;
  /** Changes the valid lab's files. */
  edit?(files: LabFiles): void;
  /** Makes what JSON cannot say (FIFOs, links, huge files) once the files are written; `dir` is the spec directory. */
  after?(dir: string): void | Promise<void>;
  /** The file and JSON path the message must name, and text it must contain. */
  file: string;
  path: string;
  says?: string;
}

/** Where the platform file is, as messages name it. */
export const platformFile = (layout: Layout) => (layout === 'specs' ? 'platforms.json' : '../../platforms/p.json');
const platformPath = (layout: Layout) => (layout === 'specs' ? '/platforms/p' : '');
const profileFile = (layout: Layout, device: string) => `${layout === 'specs' ? 'profiles' : 'nodes'}/${device}.json`;
const devicesKey = (layout: Layout) => (layout === 'specs' ? 'devices' : 'nodes');
const portsKey = (layout: Layout) => (layout === 'specs' ? 'vmlab' : 'newtlab');

function validLab(layout: Layout): LabFiles {
  const ports = { link_port_base: 46800, console_port_base: 46810, ssh_port_base: 46820 };
  return {
    topology: {
      [devicesKey(layout)]: { a: {}, b: {} },
      links: [{ a: 'a:Ethernet0', z: 'b:Ethernet0' }],
      ...(layout === 'specs' ? { vmlab: { default_platform: 'p', ...ports } } : { platform: 'p', newtlab: ports }),
    },
    platform: { vm_image: '/nonexistent/vmlab-hostile.qcow2', vm_memory: 256, vm_cpus: 1, vm_interface_map: 'sequential' },
    profiles: { a: { platform: 'p' }, b: {} },
    text: {},
  };
}

/**
 * Writes a case's lab under `root`, returns its spec directory. A network
 * directory sits at networks/lab below a platforms/ directory and a .git
 * (where vmlab stops walking up).
 */
export async function writeLab(root: string, c: HostileCase | { layout: Layout; edit?: HostileCase['edit']; after?: HostileCase['after'] }): Promise<string> {
  const files = validLab(c.layout);
  c.edit?.(files);
  const dir = c.layout === 'specs' ? root : join(root, 'networks', 'lab');
  const put = (rel: string, value: unknown) => {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    const text = JSON.stringify(value, null, 2);
    writeFileSync(path, files.text[rel]?.(text) ?? text);
  };
  mkdirSync(dir, { recursive: true });
  if (c.layout === 'network') mkdirSync(join(root, '.git'), { recursive: true });
  put('topology.json', files.topology);
  if (c.layout === 'specs') put('platforms.json', { platforms: { p: files.platform } });
  else put('../../platforms/p.json', files.platform);
  const profiles = c.layout === 'specs' ? 'profiles' : 'nodes';
  mkdirSync(join(dir, profiles), { recursive: true });
  for (const [device, profile] of Object.entries(files.profiles)) put(`${profiles}/${device}.json`, profile);
  if (files.secrets !== undefined) put('secrets.json', files.secrets);
  await c.after?.(dir);
  return dir;
}

/** Node has no mkfifo of its own. */
const mkfifoSync = (path: string) => void execFileSync('mkfifo', [path]);
const compact = (text: string) => JSON.stringify(JSON.parse(text));
const deep = (n: number, inner = '1') => '['.repeat(n) + inner + ']'.repeat(n);
const deepObject = (n: number) => '{"k":'.repeat(n) + '1' + '}'.repeat(n);

/** A Unix socket file (Node removes its own on close; Python leaves a bound one behind). */
function socketAt(path: string): void {
  execFileSync('python3', ['-c', 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])', path]);
}

function forBoth(make: (layout: Layout) => HostileCase): HostileCase[] {
  return [make('specs'), make('network')];
}

/** Renames device a (its profile and its end of the link too). */
function renameDevice(files: LabFiles, layout: Layout, name: string): void {
  const key = devicesKey(layout);
  const devices = files.topology[key];
  delete devices.a;
  // Defined, not assigned: assigning "__proto__" would set the object's prototype, and JSON.stringify would drop it.
  Object.defineProperty(devices, name, { value: {}, enumerable: true, writable: true, configurable: true });
  files.topology.links = [{ a: `${name}:Ethernet0`, z: 'b:Ethernet0' }];
  files.profiles = { b: {} };
}

const badNames: [string, string][] = [
  ['ESC', 'a\u001b[31mred'],
  ['NUL', 'a\u0000b'],
  ['newline', 'a\nerror: forged'],
  ['carriage return', 'a\rb'],
  ['bell', 'a\u0007'],
  ['C1 CSI', 'a\u009b2J'],
  ['tab', 'a\tb'],
  ['DEL', 'a\u007f'],
  ['bidi override', 'a\u202eb'],
  ['umlaut', 'gerät'],
  ['CJK', '交换机'],
  ['emoji', 'sw🔥'],
  ['zero-width space', 'a\u200bb'],
  ['64 characters', 'a'.repeat(64)],
  ['100,000 characters', 'a'.repeat(100_000)],
  ['dot-dot', 'a..b'],
  ['leading dot', '.hidden'],
  ['slash', 'a/b'],
  ['leading dash', '-rf'],
  ['empty', ''],
  ['blank', 'a b'],
  ['__proto__', '__proto__'],
];

/** A name as vmlab prints it: control characters escaped (src/printable.ts). */
export const shown = (name: string) =>
  name.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const pointer = (name: string) => shown(name.replace(/~/g, '~0').replace(/\//g, '~1'));

export function hostileCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (...c: HostileCase[]) => cases.push(...c);

  // --- names: devices, hosts, the lab, files, platforms, interfaces ---
  for (const [label, name] of badNames) {
    const layout: Layout = cases.length % 2 === 0 ? 'specs' : 'network';
    add({
      cls: 'names',
      label: `device named ${label}`,
      layout,
      edit: (f) => renameDevice(f, layout, name),
      file: 'topology.json',
      path: `/${devicesKey(layout)}/${pointer(name)}`,
    });
  }
  for (const [label, name] of badNames.filter(([l]) => ['ESC', 'newline', '__proto__', 'NUL', 'blank'].includes(l))) {
    add({
      cls: 'names',
      label: `host named ${label}`,
      layout: 'specs',
      edit: (f) => {
        f.topology.vmlab.hosts = { [name]: '10.0.0.1', h2: '10.0.0.2' };
        f.topology.vmlab.default_host = 'h2';
      },
      file: 'topology.json',
      path: `/vmlab/hosts/${pointer(name)}`,
    });
  }
  add({
    cls: 'names',
    label: 'newtlab server named __proto__',
    layout: 'network',
    edit: (f) => {
      f.topology.newtlab.servers = [{ name: '__proto__', address: '10.0.0.1', max_nodes: 4 }];
    },
    file: 'topology.json',
    path: '/newtlab/servers/0',
  });
  add({
    cls: 'names',
    label: 'lab named with ESC',
    layout: 'specs',
    edit: (f) => void (f.topology.vmlab.name = 'lab\u001b]0;pwned\u0007'),
    file: 'topology.json',
    path: '/vmlab/name',
  });
  add({
    cls: 'names',
    label: 'profile file named with ESC, broken',
    layout: 'specs',
    after: (d) => writeFileSync(join(d, 'profiles', '\u001b[2J.json'), '{'),
    file: shown('profiles/\u001b[2J.json'),
    path: '',
  });
  add({
    cls: 'names',
    label: 'unknown platform named with ESC',
    layout: 'specs',
    edit: (f) => void (f.profiles.a = { platform: 'p\u001b[8m' }),
    file: 'profiles/a.json',
    path: '/platform',
    says: shown('p\u001b[8m'),
  });
  add({
    cls: 'names',
    label: 'interface named with newline',
    layout: 'network',
    edit: (f) => void (f.topology.links = [{ a: 'a:Ethernet0\nerror: forged', z: 'b:Ethernet0' }]),
    file: 'topology.json',
    path: '/links/0',
  });
  add({
    cls: 'names',
    label: 'vm_host named with ESC',
    layout: 'specs',
    edit: (f) => void (f.profiles.a = { platform: 'p', vm_host: 'h\u001b[0m' }),
    file: 'profiles/a.json',
    path: '/vm_host',
  });

  // --- proto keys: names that are Object's own properties, where a lookup finds nothing ---
  for (const key of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
    add(
      ...forBoth((layout) => ({
        cls: 'proto keys',
        label: `link to unknown device ${key}`,
        layout,
        edit: (f) => void (f.topology.links = [{ a: `${key}:Ethernet0`, z: 'b:Ethernet0' }]),
        file: 'topology.json',
        path: '/links/0',
      })),
      {
        cls: 'proto keys',
        label: `unknown platform ${key}`,
        layout: 'specs',
        edit: (f) => void (f.profiles.a = { platform: key }),
        file: 'profiles/a.json',
        path: '/platform',
      },
      {
        cls: 'proto keys',
        label: `unknown vm_host ${key}`,
        layout: 'network',
        edit: (f) => void (f.profiles.a = { platform: 'p', vm_host: key }),
        file: 'nodes/a.json',
        path: '/vm_host',
      },
      {
        cls: 'proto keys',
        label: `interface ${key}`,
        layout: 'specs',
        edit: (f) => void (f.topology.links = [{ a: `a:${key}`, z: 'b:Ethernet0' }]),
        file: 'topology.json',
        path: '/links/0',
      },
    );
  }
  add(
    {
      cls: 'proto keys',
      label: 'default_host toString',
      layout: 'specs',
      edit: (f) => void (f.topology.vmlab.default_host = 'toString'),
      file: 'topology.json',
      path: '/vmlab/default_host',
    },
    {
      cls: 'proto keys',
      label: 'secret ${secret:constructor} not in secrets.json',
      layout: 'network',
      edit: (f) => void ((f.profiles.a = { platform: 'p', ssh_pass: '${secret:constructor}' }), (f.secrets = { other: 'x' })),
      file: 'nodes/a.json',
      path: '/ssh_pass',
    },
    {
      cls: 'proto keys',
      label: 'interface link to constructor:Ethernet0',
      layout: 'specs',
      edit: (f) => void ((f.topology.links = undefined), (f.topology.devices.a = { interfaces: { Ethernet0: { link: 'constructor:Ethernet0' } } })),
      file: 'topology.json',
      path: '/devices/a/interfaces/Ethernet0/link',
    },
    {
      cls: 'proto keys',
      label: 'custom map with a __proto__ entry, link to toString',
      layout: 'specs',
      edit: (f) =>
        void ((f.platform.vm_interface_map = 'custom'),
        (f.platform.vm_interface_custom_map = JSON.parse('{"__proto__": 1, "Ethernet0": 2}')),
        (f.topology.links = [{ a: 'a:toString', z: 'b:Ethernet0' }])),
      file: 'topology.json',
      path: '/links/0',
    },
  );

  // --- numbers: out of range, not integers, not numbers, written as JSON cannot keep them ---
  const ports = (layout: Layout) => `/${portsKey(layout)}/link_port_base`;
  for (const [label, written] of [
    ['1e400', '1e400'],
    ['-1e400', '-1e400'],
    ['-1', '-1'],
    ['0', '0'],
    ['-0', '-0'],
    ['65536', '65536'],
    ['1.5', '1.5'],
    ['99999999999999999999', '99999999999999999999'],
    ['a string', '"46800"'],
    ['null', 'null'],
    ['true', 'true'],
    ['an array', '[46800]'],
  ] as const) {
    const layout: Layout = label.length % 2 === 0 ? 'specs' : 'network';
    add({
      cls: 'numbers',
      label: `link_port_base ${label}`,
      layout,
      edit: (f) => void (f.text['topology.json'] = (t) => t.replace('46800', written)),
      file: 'topology.json',
      path: ports(layout),
      says: written,
    });
  }
  for (const [label, field, written] of [
    ['vm_memory 1e12 (beyond QEMU)', 'vm_memory', '1e12'],
    ['vm_memory 1e400', 'vm_memory', '1e400'],
    ['vm_memory 8', 'vm_memory', '8'],
    ['vm_memory 1.5', 'vm_memory', '1.5'],
    ['vm_cpus 1e12', 'vm_cpus', '1e12'],
    ['vm_cpus 256', 'vm_cpus', '256'],
    ['vm_cpus 0', 'vm_cpus', '0'],
    ['vm_cpus 2.5', 'vm_cpus', '2.5'],
  ] as const) {
    add(
      ...forBoth((layout) => ({
        cls: 'numbers',
        label: `platform ${label}`,
        layout,
        edit: (f) =>
          void ((f.platform[field] = 777777), (f.text[layout === 'specs' ? 'platforms.json' : '../../platforms/p.json'] = (t) => t.replace('777777', written))),
        file: platformFile(layout),
        path: `${platformPath(layout)}/${field}`,
        says: written === '1e12' ? '1000000000000' : written,
      })),
    );
  }
  add(
    {
      cls: 'numbers',
      label: 'profile vm_memory 1e400',
      layout: 'specs',
      edit: (f) => void ((f.profiles.a = { platform: 'p', vm_memory: 777777 }), (f.text['profiles/a.json'] = (t) => t.replace('777777', '1e400'))),
      file: 'profiles/a.json',
      path: '/vm_memory',
      says: '1e400',
    },
    {
      cls: 'numbers',
      label: 'vm_boot_timeout 1e12',
      layout: 'specs',
      edit: (f) => void (f.platform.vm_boot_timeout = 1e12),
      file: 'platforms.json',
      path: '/platforms/p/vm_boot_timeout',
    },
    {
      cls: 'numbers',
      label: 'port_count 1e400',
      layout: 'network',
      edit: (f) => void ((f.platform.port_count = 777777), (f.text['../../platforms/p.json'] = (t) => t.replace('777777', '1e400'))),
      file: '../../platforms/p.json',
      path: '/port_count',
      says: '1e400',
    },
    {
      cls: 'numbers',
      label: 'link to NIC 1,000,000,000 (port_count 1e9)',
      layout: 'specs',
      edit: (f) => void ((f.platform.port_count = 1e9), (f.topology.links = [{ a: 'a:Ethernet999999999', z: 'b:Ethernet0' }])),
      file: 'topology.json',
      path: '/links/0',
    },
    {
      cls: 'numbers',
      label: 'nic_index 1e400',
      layout: 'network',
      edit: (f) =>
        void ((f.platform.ports = [{ name: 'Ethernet0', nic_index: 777777 }]), (f.text['../../platforms/p.json'] = (t) => t.replace('777777', '1e400'))),
      file: '../../platforms/p.json',
      path: '/ports/0/nic_index',
      says: '1e400',
    },
    {
      cls: 'numbers',
      label: 'custom map NIC 0',
      layout: 'specs',
      edit: (f) => void ((f.platform.vm_interface_map = 'custom'), (f.platform.vm_interface_custom_map = { Ethernet0: 0 })),
      file: 'platforms.json',
      path: '/platforms/p/vm_interface_custom_map/Ethernet0',
    },
    {
      cls: 'numbers',
      label: 'host max_nodes -1',
      layout: 'specs',
      edit: (f) => void (f.topology.vmlab.hosts = { h1: { address: '10.0.0.1', max_nodes: -1 } }),
      file: 'topology.json',
      path: '/vmlab/hosts/h1/max_nodes',
    },
    {
      cls: 'numbers',
      label: 'host memory_mb 1e400',
      layout: 'specs',
      edit: (f) =>
        void ((f.topology.vmlab.hosts = { h1: { address: '10.0.0.1', memory_mb: 777777 } }), (f.text['topology.json'] = (t) => t.replace('777777', '1e400'))),
      file: 'topology.json',
      path: '/vmlab/hosts/h1/memory_mb',
      says: '1e400',
    },
    {
      cls: 'numbers',
      label: 'newtlab server cpus 0',
      layout: 'network',
      edit: (f) => void (f.topology.newtlab.servers = [{ name: 's1', address: '10.0.0.1', cpus: 0 }]),
      file: 'topology.json',
      path: '/newtlab/servers/0/cpus',
    },
    {
      cls: 'numbers',
      label: 'vm_cpu_features with a blank',
      layout: 'specs',
      edit: (f) => void (f.platform.vm_cpu_features = '+sse4.2, -pdpe1gb'),
      file: 'platforms.json',
      path: '/platforms/p/vm_cpu_features',
    },
    {
      cls: 'numbers',
      label: 'vm_cpu_features with an option',
      layout: 'network',
      edit: (f) => void (f.platform.vm_cpu_features = '+x2apic -S'),
      file: '../../platforms/p.json',
      path: '/vm_cpu_features',
    },
  );

  // --- nesting ---
  for (const depth of [101, 2000, 100_000]) {
    add(
      ...forBoth((layout) => ({
        cls: 'nesting',
        label: `topology nested ${depth} deep`,
        layout,
        edit: (f) => void ((f.topology[devicesKey(layout)].a = { extra: 'DEEP' }), (f.text['topology.json'] = (t) => t.replace('"DEEP"', deep(depth)))),
        file: 'topology.json',
        path: `/${devicesKey(layout)}/a/extra/0/0/0/…`,
      })),
    );
  }
  add(
    {
      cls: 'nesting',
      label: 'profile nested 5000 deep (objects)',
      layout: 'specs',
      edit: (f) => void (f.text['profiles/a.json'] = () => deepObject(5000)),
      file: 'profiles/a.json',
      path: '/k/k/k/k/k/k/…',
    },
    {
      cls: 'nesting',
      label: 'node file nested 5000 deep',
      layout: 'network',
      edit: (f) => void (f.text['nodes/a.json'] = () => deep(5000)),
      file: 'nodes/a.json',
      path: '/0/0/0/0/0/0/…',
    },
    {
      cls: 'nesting',
      label: 'platforms.json nested 3000 deep',
      layout: 'specs',
      edit: (f) => void ((f.platform.extra = 'DEEP'), (f.text['platforms.json'] = (t) => t.replace('"DEEP"', deep(3000)))),
      file: 'platforms.json',
      path: '/platforms/p/extra/0/0/0/…',
    },
    {
      cls: 'nesting',
      label: 'platform file nested 3000 deep',
      layout: 'network',
      edit: (f) => void (f.text['../../platforms/p.json'] = () => deepObject(3000)),
      file: '../../platforms/p.json',
      path: '/k/k/k/k/k/k/…',
    },
    {
      cls: 'nesting',
      label: 'secrets.json nested 3000 deep',
      layout: 'network',
      edit: (f) => void ((f.profiles.a = { platform: 'p', ssh_pass: '${secret:k}' }), (f.secrets = {}), (f.text['secrets.json'] = () => deepObject(3000))),
      file: 'secrets.json',
      path: '/k/k/k/k/k/k/…',
    },
    {
      cls: 'nesting',
      label: 'links nested 3000 deep, unclosed',
      layout: 'specs',
      edit: (f) => void (f.text['topology.json'] = (t) => t.replace('"links": [', `"links": [${'['.repeat(3000)}`)),
      file: 'topology.json',
      path: '/links/0/0/0/0/0/…',
    },
  );

  // --- special files ---
  const special = (
    label: string,
    layout: Layout,
    rel: string,
    make: (path: string) => void | Promise<void>,
    file = rel,
    edit?: HostileCase['edit'],
  ): HostileCase => ({
    cls: 'special files',
    label,
    layout,
    edit,
    after: async (d) => {
      const { rmSync } = await import('node:fs');
      rmSync(join(d, rel), { recursive: true, force: true });
      await make(join(d, rel));
    },
    file,
    path: '',
  });
  const withSecret: HostileCase['edit'] = (f) => void ((f.profiles.a = { platform: 'p', ssh_pass: '${secret:k}' }), (f.secrets = { k: 'v' }));
  for (const layout of ['specs', 'network'] as const) {
    const prof = profileFile(layout, 'a');
    const plat = layout === 'specs' ? 'platforms.json' : '../../platforms/p.json';
    add(
      special(`topology.json a FIFO`, layout, 'topology.json', (p) => mkfifoSync(p)),
      special(`${prof} a FIFO`, layout, prof, (p) => mkfifoSync(p)),
      special(`${plat} a FIFO`, layout, plat, (p) => mkfifoSync(p)),
      special(`secrets.json a FIFO`, layout, 'secrets.json', (p) => mkfifoSync(p), 'secrets.json', withSecret),
      special(`topology.json -> /dev/zero`, layout, 'topology.json', (p) => symlinkSync('/dev/zero', p)),
      special(`${prof} -> /dev/urandom`, layout, prof, (p) => symlinkSync('/dev/urandom', p)),
      special(`${plat} -> /dev/zero`, layout, plat, (p) => symlinkSync('/dev/zero', p)),
      special(`secrets.json -> /dev/zero`, layout, 'secrets.json', (p) => symlinkSync('/dev/zero', p), 'secrets.json', withSecret),
      special(`topology.json a directory`, layout, 'topology.json', (p) => mkdirSync(p)),
      special(`${prof} a directory`, layout, prof, (p) => mkdirSync(p)),
      special(`topology.json a dangling symlink`, layout, 'topology.json', (p) => symlinkSync('nowhere.json', p)),
      special(`${prof} a dangling symlink`, layout, prof, (p) => symlinkSync('../gone.json', p)),
      special(`topology.json a symlink loop`, layout, 'topology.json', (p) => symlinkSync('topology.json', p)),
      special(`${prof} a Unix socket`, layout, prof, (p) => socketAt(p)),
      special(
        `${layout === 'specs' ? 'profiles' : 'nodes'} a file, not a directory`,
        layout,
        layout === 'specs' ? 'profiles' : 'nodes',
        (p) => writeFileSync(p, '{}'),
        `${layout === 'specs' ? 'profiles' : 'nodes'}/`,
      ),
    );
  }
  add(special('platforms.json a directory', 'specs', 'platforms.json', (p) => mkdirSync(p)));
  add(special('secrets.json a directory', 'specs', 'secrets.json', (p) => mkdirSync(p), 'secrets.json', withSecret));

  // --- sizes ---
  const bigText = (mib: number) => `{"devices": {}, "padding": "${'x'.repeat(mib * 1024 * 1024)}"}`;
  add(
    {
      cls: 'sizes',
      label: 'topology.json of 9 MiB',
      layout: 'specs',
      edit: (f) => void (f.text['topology.json'] = () => bigText(9)),
      file: 'topology.json',
      path: '',
      says: 'at most 8 MiB',
    },
    {
      cls: 'sizes',
      label: 'node file of 20 MiB',
      layout: 'network',
      edit: (f) => void (f.text['nodes/a.json'] = () => bigText(20)),
      file: 'nodes/a.json',
      path: '',
      says: 'at most 8 MiB',
    },
    special('topology.json a sparse 10 GiB file', 'specs', 'topology.json', (p) => void (writeFileSync(p, ''), truncateSync(p, 10 * 1024 ** 3))),
    special(
      'secrets.json a sparse 1 GiB file',
      'network',
      'secrets.json',
      (p) => void (writeFileSync(p, ''), truncateSync(p, 1024 ** 3)),
      'secrets.json',
      withSecret,
    ),
    ...forBoth((layout) => ({
      cls: 'sizes',
      label: '70,000 nodes',
      layout,
      edit: (f) => void (f.topology[devicesKey(layout)] = Object.fromEntries(Array.from({ length: 70_000 }, (_, i) => [`n${i}`, {}]))),
      file: 'topology.json',
      path: `/${portsKey(layout)}/console_port_base`,
      says: 'no base fits them',
    })),
    {
      cls: 'sizes',
      label: '100,000 links, all the same',
      layout: 'specs',
      edit: (f) =>
        void ((f.topology.links = Array.from({ length: 100_000 }, () => ({ a: 'a:Ethernet0', z: 'b:Ethernet0' }))), (f.text['topology.json'] = compact)),
      file: 'topology.json',
      path: '/links/1',
      says: 'more (validate --json lists them all)',
    },
    {
      cls: 'sizes',
      label: 'a 1,000,000-entry array in a profile, unknown device',
      layout: 'network',
      edit: (f) =>
        void ((f.profiles.a = { platform: 'p', vm_host: 'nowhere', extra: Array.from({ length: 1_000_000 }, () => 1) }), (f.text['nodes/a.json'] = compact)),
      file: 'nodes/a.json',
      path: '/vm_host',
    },
  );
  return cases;
}
