// Issue 18: test hosts that share a VM are compared by their resolved logins, not by the
// `${secret:KEY}` references they name (newtron gives each host its own key, all with one value).
// Where the values really differ the lab still runs: vmlab logs in to the shared VM as the first
// host in name order that has a login (as newtlab does), and says so — never showing a value.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SpecError } from '../../src/errors.js';
import { compile } from '../../src/model/compile.js';
import { graphView } from '../../src/plan/view.js';
import { resolveLab } from '../../src/specs/resolve.js';
import { Secrets } from '../../src/specs/secrets.js';
import type { ProfileSpec, SpecSet } from '../../src/specs/types.js';
import { tmpDir } from '../helpers/cli.js';
import { hostLab } from '../helpers/hosts.js';

const SAME = 'Host-Pass-Shared-7f3a';
const OTHER = 'Host-Pass-Other-91c2';

/** host1…hostN each with ssh_user and its own ${secret:hostN_ssh_pass}, the secrets file as given. */
function lab(values: Record<string, string>, over: Record<string, ProfileSpec> = {}, devices = ['sw1', 'host1', 'host2', 'host3']): SpecSet {
  const hosts = devices.filter((d) => d.startsWith('host'));
  const profiles = Object.fromEntries(hosts.map((h) => [h, { platform: 'host', ssh_user: 'root', ssh_pass: `\${secret:${h}_ssh_pass}`, ...over[h] }]));
  const specs = hostLab({
    devices,
    profiles,
    links: [
      ['sw1:Ethernet0', 'host1:eth0'],
      ['sw1:Ethernet4', 'host2:eth0'],
    ],
  });
  const file = join(tmpDir('vmlab-host-logins-'), 'secrets.json');
  writeFileSync(file, JSON.stringify(values));
  chmodSync(file, 0o600);
  specs.secrets = new Secrets(file, 'secrets.json', false);
  return specs;
}
const resolve = (specs: SpecSet) => resolveLab(specs, { homeDir: '/home/user' });
const problems = (specs: SpecSet): string[] => {
  try {
    resolve(specs);
    return [];
  } catch (err) {
    if (!(err instanceof SpecError)) throw err;
    return err.issues.map((i) => `${i.file} ${i.path}: ${i.message}`);
  }
};
const vm = (specs: SpecSet) => resolve(specs).nodes.find((n) => n.name === 'hostvm')!;
const view = (specs: SpecSet) => graphView(compile(resolve(specs), { links: 'socket' })).nodes.hostvm!;

describe('hosts that name their own secrets, all of one value (newtron since June 2026)', () => {
  const specs = () => lab({ host1_ssh_pass: SAME, host2_ssh_pass: SAME, host3_ssh_pass: SAME });

  test('are one login: the lab resolves, with no issue and no note about logins', () => {
    expect(problems(specs())).toEqual([]);
    expect(resolve(specs()).warnings.filter((w) => /login|differs/.test(w))).toEqual([]);
  });

  test('the VM logs in as its first host, by reference (the value is revealed only at use)', () => {
    expect(vm(specs()).credentials).toEqual({ user: 'root', pass: '${secret:host1_ssh_pass}' });
  });

  test('the plan says whose login the VM uses, and that no host differs', () => {
    expect(view(specs()).test_host_login).toEqual({ host: 'host1', differing: [] });
  });

  test("a plaintext password equal to the others' secret value is the same login too", () => {
    expect(problems(lab({ host1_ssh_pass: SAME, host2_ssh_pass: SAME }, { host3: { ssh_pass: SAME } }))).toEqual([]);
    expect(view(lab({ host1_ssh_pass: SAME, host2_ssh_pass: SAME }, { host3: { ssh_pass: SAME } })).test_host_login).toEqual({ host: 'host1', differing: [] });
  });
});

describe('hosts whose logins really differ', () => {
  const differ = () => lab({ host1_ssh_pass: SAME, host2_ssh_pass: OTHER, host3_ssh_pass: SAME });

  test('are not refused: the VM logs in as the first host in name order', () => {
    expect(problems(differ())).toEqual([]);
    expect(vm(differ()).credentials).toEqual({ user: 'root', pass: '${secret:host1_ssh_pass}' });
  });

  test('the plan names the host whose login differs, and says what vmlab does about it', () => {
    expect(view(differ()).test_host_login).toEqual({ host: 'host1', differing: ['host2'] });
    const notes = resolve(differ()).warnings.filter((w) => w.includes('hostvm'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(
      /^test host host2 shares the VM hostvm with host1 but its password differs .*vmlab logs in to hostvm as host1, the first test host in name order .*"host_vms": "per-host"/,
    );
  });

  test('a different user is a different login', () => {
    const specs = lab({ host1_ssh_pass: SAME, host2_ssh_pass: SAME, host3_ssh_pass: SAME }, { host3: { ssh_user: 'admin' } });
    expect(problems(specs)).toEqual([]);
    expect(view(specs).test_host_login).toEqual({ host: 'host1', differing: ['host3'] });
    expect(resolve(specs).warnings.join('\n')).toMatch(/test host host3 shares the VM hostvm with host1 but its user differs/);
  });

  test('a first host without any login gives way to the first that has one', () => {
    const specs = lab({ host2_ssh_pass: SAME, host3_ssh_pass: SAME }, { host1: { ssh_user: undefined, ssh_pass: undefined } });
    specs.platforms.host = { ...specs.platforms.host!, vm_credentials: undefined };
    expect(problems(specs)).toEqual([]);
    expect(vm(specs).credentials).toEqual({ user: 'root', pass: '${secret:host2_ssh_pass}' });
    expect(view(specs).test_host_login).toEqual({ host: 'host2', differing: ['host1'] });
  });

  test('with "host_vms": "per-host" each host has its own VM and login: nothing differs', () => {
    const specs = differ();
    specs.topology.vmlab = { ...specs.topology.vmlab, host_vms: 'per-host' };
    const nodes = resolve(specs).nodes;
    expect(nodes.find((n) => n.name === 'host2')!.credentials.pass).toBe('${secret:host2_ssh_pass}');
    expect(graphView(compile(resolve(specs), { links: 'socket' })).nodes.host2!.test_host_login).toEqual({ host: 'host2', differing: [] });
    expect(resolve(specs).warnings.filter((w) => /differs/.test(w))).toEqual([]);
  });

  test('other fields still must agree: one VM has one image', () => {
    const specs = lab({ host1_ssh_pass: SAME, host2_ssh_pass: SAME, host3_ssh_pass: SAME }, { host2: { vm_image: '/images/other.qcow2' } });
    expect(problems(specs)).toEqual([
      'profiles/host2.json : test hosts host1 and host2 share the VM hostvm but differ in vm_image; give them the same, or set "host_vms": "per-host" in topology.json\'s vmlab section',
    ]);
  });
});

test('a key missing from secrets.json is one issue at its reference, not also a difference', () => {
  expect(problems(lab({ host1_ssh_pass: SAME, host3_ssh_pass: SAME }))).toEqual([
    'profiles/host2.json /ssh_pass: secret "host2_ssh_pass" is not in secrets.json (its keys: host1_ssh_pass, host3_ssh_pass)',
  ]);
});

test('no secret value reaches the resolved lab, the graph, the plan view or any message', () => {
  for (const specs of [
    lab({ host1_ssh_pass: SAME, host2_ssh_pass: OTHER, host3_ssh_pass: SAME }),
    lab({ host1_ssh_pass: OTHER, host2_ssh_pass: SAME, host3_ssh_pass: OTHER }),
  ]) {
    const resolved = resolve(specs);
    const graph = compile(resolved, { links: 'socket' });
    const text = JSON.stringify([resolved, graph, graphView(graph)]);
    for (const value of [SAME, OTHER]) expect(text).not.toContain(value);
  }
});
