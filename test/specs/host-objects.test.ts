import { schemaIssues, validateTopology } from '../../src/specs/schema-issues.js';
import { labSettings } from '../../src/specs/settings.js';
import type { HostEntry } from '../../src/specs/types.js';
import { issues, issuesOf, resolved, specSet, type LabSketch } from '../helpers/lab.js';

/** Two hosts, server-a written as given, everything on server-a (the host entries alone are under test). */
const withServerA = (a: HostEntry): LabSketch => ({
  devices: ['sw1', 'sw2'],
  vmlab: { hosts: { 'server-a': a, 'server-b': '10.0.0.2' }, default_host: 'server-a' },
});

describe('a host is an address or an object', () => {
  test('a bare address takes every default: ssh to the address, vmlab on the PATH, no capacity', () => {
    expect(resolved(withServerA('10.0.0.1')).hosts['server-a']).toEqual({
      address: '10.0.0.1',
      ssh: '10.0.0.1',
      vmlab: 'vmlab',
      maxNodes: null,
      cpus: null,
      memoryMb: null,
    });
  });

  test('an object says how to reach the host, where vmlab is, and what it takes', () => {
    const lab = resolved(withServerA({ address: '10.0.0.1', ssh: 'lab@server-a', vmlab: '/opt/vmlab/bin/vmlab', max_nodes: 8, cpus: 16, memory_mb: 65536 }));
    expect(lab.hosts['server-a']).toEqual({ address: '10.0.0.1', ssh: 'lab@server-a', vmlab: '/opt/vmlab/bin/vmlab', maxNodes: 8, cpus: 16, memoryMb: 65536 });
    expect(lab.hosts['server-b']!.address).toBe('10.0.0.2');
  });

  test('an object without ssh is reached at its address', () => {
    expect(resolved(withServerA({ address: '10.0.0.1', max_nodes: 2 })).hosts['server-a']).toMatchObject({ ssh: '10.0.0.1', vmlab: 'vmlab', maxNodes: 2 });
  });

  test.each<[string, HostEntry, string]>([
    ['an address that is none', { address: 'server-a' }, '/vmlab/hosts/server-a/address: "server-a" is not an IP address'],
    ['an IPv6 address', { address: 'fd00::1' }, '/vmlab/hosts/server-a/address: "fd00::1" is an IPv6 address'],
    [
      'an ssh destination that is an option',
      { address: '10.0.0.1', ssh: '-oProxyCommand=sh' },
      '/vmlab/hosts/server-a/ssh: "-oProxyCommand=sh" starts with "-", which ssh would take for an option',
    ],
    [
      'an ssh destination with a blank',
      { address: '10.0.0.1', ssh: 'lab@server a' },
      '/vmlab/hosts/server-a/ssh: "lab@server a" has a blank or control character',
    ],
    [
      'an ssh destination with two users',
      { address: '10.0.0.1', ssh: 'a@b@c' },
      '/vmlab/hosts/server-a/ssh: "a@b@c" is not an SSH destination; write it as [user@]host',
    ],
    ['an ssh destination without a host', { address: '10.0.0.1', ssh: 'lab@' }, '/vmlab/hosts/server-a/ssh: "lab@" is not an SSH destination'],
    [
      'a vmlab command with arguments',
      { address: '10.0.0.1', vmlab: 'vmlab --verbose' },
      '/vmlab/hosts/server-a/vmlab: "vmlab --verbose" has a blank or control character',
    ],
    ['a vmlab command that is an option', { address: '10.0.0.1', vmlab: '--version' }, '/vmlab/hosts/server-a/vmlab: "--version" starts with "-"'],
  ])('%s is one clear message at its own field', (_what, entry, message) => {
    const found = issues(withServerA(entry));
    expect(found).toHaveLength(1);
    expect(`${found[0]}`).toContain(`topology.json ${message}`);
  });

  // Issue 18: the vmlab command and the ssh destination reach a shell (the server's) and ssh's own parser;
  // only plain values pass, each refusal one message at its field saying what is accepted.
  test.each<[string, string]>([
    ['a command name on the PATH', 'vmlab'],
    ['an absolute path', '/opt/vmlab-1.2/bin/vmlab'],
    ['a path under the home directory', '~/bin/vmlab'],
    ['plus and underscore', '/opt/vm_lab+x/vmlab'],
  ])('vmlab as %s is accepted', (_what, vmlab) => {
    expect(issues(withServerA({ address: '10.0.0.1', vmlab }))).toEqual([]);
  });

  test.each<[string, string, string]>([
    ['a command separator', 'vmlab;touch${IFS}$HOME/PWNED;vmlab', 'has a character that is not plain'],
    ['a command substitution', 'vmlab$(touch${IFS}x)', 'has a character that is not plain'],
    ['backticks', 'vmlab`id`', 'has a character that is not plain'],
    ['a pipe', 'vmlab|sh', 'has a character that is not plain'],
    ['a redirection', 'vmlab>x', 'has a character that is not plain'],
    ['quotes', "vm'lab'", 'has a character that is not plain'],
    ['a glob', '/opt/*/vmlab', 'has a character that is not plain'],
    ['an assignment', 'PATH=/tmp', 'has a character that is not plain'],
    ['a relative path', 'bin/vmlab', 'is a relative path'],
    ['a ".." component', '/opt/../tmp/vmlab', 'has a ".." component'],
    ["another user's home", '~lab/bin/vmlab', 'has a character that is not plain'],
    ['a directory', '/opt/vmlab/', 'ends with "/"'],
    ['the home directory itself', '~/', 'ends with "/"'],
  ])('vmlab with %s is refused at /vmlab/hosts/server-a/vmlab', (_what, vmlab, why) => {
    const found = issues(withServerA({ address: '10.0.0.1', vmlab }));
    expect(found).toHaveLength(1);
    expect(`${found[0]}`).toContain(`topology.json /vmlab/hosts/server-a/vmlab: ${JSON.stringify(vmlab)} ${why}`);
    expect(`${found[0]}`).toContain(
      'an absolute path ("/opt/vmlab/bin/vmlab"), a path in the home directory ("~/bin/vmlab") or a command on the PATH ("vmlab")',
    );
  });

  test.each<[string, string]>([
    ['a host name', 'server-b'],
    ['a user and a fully qualified name', 'lab.user_1@server-b.example.com'],
    ['an IPv4 address', 'lab@10.0.0.1'],
    ['an IPv6 address', 'lab@fd00::1'],
  ])('ssh as %s is accepted', (_what, ssh) => {
    expect(issues(withServerA({ address: '10.0.0.1', ssh }))).toEqual([]);
  });

  test.each<[string, string, string]>([
    ['a command substitution as user', '$(touch${IFS}x)@h', 'user "$(touch${IFS}x)" is not a plain user name'],
    ['backticks in the host', 'lab@`id`', 'host "`id`" is not a host name or an IP address'],
    ['a separator in the host', 'h;touch${IFS}x', 'host "h;touch${IFS}x" is not a host name or an IP address'],
    ['a token ssh expands (%h)', 'lab@%h', 'host "%h" is not a host name or an IP address'],
    ['a user that starts with "-"', '-oProxyCommand=x@h', 'starts with "-"'],
    ['a host that starts with "-"', 'lab@-oProxyCommand=x', 'host "-oProxyCommand=x" is not a host name or an IP address'],
    ['a URI', 'ssh://lab@h:22', 'user "ssh://lab" is not a plain user name'],
    ['an escape character', 'lab@h\u001b[2J', 'has a blank or control character'],
  ])('ssh with %s is refused at /vmlab/hosts/server-a/ssh', (_what, ssh, why) => {
    const found = issues(withServerA({ address: '10.0.0.1', ssh }));
    expect(found).toHaveLength(1);
    expect(`${found[0]}`).toContain('topology.json /vmlab/hosts/server-a/ssh: ');
    expect(`${found[0]}`).toContain(why);
    expect(`${found[0]}`).toContain('[user@]host');
  });

  test('two hosts at one address are refused at the second: they would share one shipped copy and plan', () => {
    const found = issues({
      devices: ['sw1'],
      vmlab: { hosts: { 'server-a': '10.0.0.1', 'server-b': { address: '10.0.0.1', ssh: 'lab@b' } }, default_host: 'server-a' },
    });
    expect(found.map(String)).toEqual([
      expect.stringContaining('topology.json /vmlab/hosts/server-b/address: host "server-b" has the address of host "server-a" (10.0.0.1)'),
    ]);
  });

  test('two hosts with one ssh destination are refused at the second', () => {
    const found = issues({
      devices: ['sw1'],
      vmlab: { hosts: { 'server-a': { address: '10.0.0.1', ssh: 'lab@box' }, 'server-b': { address: '10.0.0.2', ssh: 'lab@BOX' } }, default_host: 'server-a' },
    });
    expect(found.map(String)).toEqual([
      expect.stringContaining('topology.json /vmlab/hosts/server-b/ssh: host "server-b" has the ssh destination of host "server-a" (lab@box)'),
    ]);
  });

  test('a bare address that another host reaches over ssh is the same machine', () => {
    const found = issues({
      devices: ['sw1'],
      vmlab: { hosts: { 'server-a': { address: '10.0.0.1', ssh: '10.0.0.2' }, 'server-b': '10.0.0.2' }, default_host: 'server-a' },
    });
    expect(found.map(String)).toEqual([
      expect.stringContaining('topology.json /vmlab/hosts/server-b: host "server-b" has the ssh destination of host "server-a" (10.0.0.2)'),
    ]);
  });

  test('newtlab servers at one address are refused at the second', () => {
    const set = specSet({ devices: ['sw1'] });
    set.topology.vmlab = { name: 'lab', default_platform: 'switch', default_host: 'a' };
    set.topology.newtlab = {
      servers: [
        { name: 'a', address: '10.0.0.1' },
        { name: 'b', address: '10.0.0.1' },
      ],
    };
    expect(issuesOf(set).map(String)).toEqual([
      expect.stringContaining('topology.json /newtlab/servers/1/address: host "b" has the address of host "a" (10.0.0.1)'),
    ]);
  });

  test('two newtlab servers of one name are refused at the second', () => {
    const set = specSet({ devices: ['sw1'] });
    set.topology.vmlab = { name: 'lab', default_platform: 'switch', default_host: 'a' };
    set.topology.newtlab = {
      servers: [
        { name: 'a', address: '10.0.0.1' },
        { name: 'a', address: '10.0.0.2' },
      ],
    };
    expect(issuesOf(set).map(String)).toEqual([expect.stringContaining('topology.json /newtlab/servers/1/name: a second server named "a"')]);
  });

  test('newtlab servers are host objects carrying their capacity', () => {
    const set = specSet({ devices: ['sw1'] });
    set.topology.vmlab = { name: 'lab', default_platform: 'switch' };
    set.topology.newtlab = {
      servers: [
        { name: 'a', address: '10.0.0.1', max_nodes: 4, cpus: 8, role: 'newtron only' },
        { name: 'b', address: '10.0.0.2' },
      ],
    };
    const settings = labSettings(set.topology);
    expect(settings.values.hosts).toEqual({ a: { address: '10.0.0.1', max_nodes: 4, cpus: 8 }, b: { address: '10.0.0.2' } });
    expect(settings.hostPaths).toEqual({ a: '/newtlab/servers/0', b: '/newtlab/servers/1' });
  });
});

describe('the shape of a host entry, as the schema checks it', () => {
  const check = (entry: unknown) => {
    const topology = { devices: {}, vmlab: { hosts: { 'server-a': entry } } };
    return validateTopology(topology) ? [] : schemaIssues('topology.json', validateTopology.errors).map((i) => `${i.path}: ${i.message}`);
  };

  test.each<[string, unknown, string[]]>([
    ['an address', '10.0.0.1', []],
    ['a full object', { address: '10.0.0.1', ssh: 'lab@b', vmlab: 'vmlab', max_nodes: 1, cpus: 1, memory_mb: 16 }, []],
    ['a number', 5, ['/vmlab/hosts/server-a: 5 is not valid; must be a string or an object']],
    ['an empty address', '', ['/vmlab/hosts/server-a: must not be empty']],
    ['an object without address', { ssh: 'lab@b' }, ['/vmlab/hosts/server-a: missing required field "address"']],
    [
      'an unknown field',
      { address: '10.0.0.1', user: 'lab' },
      ['/vmlab/hosts/server-a/user: unknown field "user"; known fields: address, ssh, vmlab, max_nodes, cpus, memory_mb'],
    ],
    ['max_nodes of 0', { address: '10.0.0.1', max_nodes: 0 }, ['/vmlab/hosts/server-a/max_nodes: 0 is not valid; must be a positive integer']],
    ['cpus that are no integer', { address: '10.0.0.1', cpus: 1.5 }, ['/vmlab/hosts/server-a/cpus: 1.5 is not valid; must be a positive integer']],
    ['an empty ssh', { address: '10.0.0.1', ssh: '' }, ['/vmlab/hosts/server-a/ssh: must not be empty']],
  ])('%s', (_what, entry, expected) => {
    expect(check(entry)).toEqual(expected);
  });
});
