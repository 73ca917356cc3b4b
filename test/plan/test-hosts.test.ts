import { compile } from '../../src/model/compile.js';
import type { DesiredGraph } from '../../src/model/types.js';
import { plan, why } from '../helpers/plan.js';
import type { Action } from '../../src/plan/types.js';
import { resolveLab } from '../../src/specs/resolve.js';
import type { SpecSet } from '../../src/specs/types.js';
import type { ObservedLab } from '../../src/state/types.js';
import { renderPlanText } from '../../src/cli/render/plan-text.js';
import { hostLab, withPortIps } from '../helpers/hosts.js';
import { deployed, edit, empty } from '../helpers/observed.js';

const graph = (specs: SpecSet): DesiredGraph => compile(resolveLab(specs, { homeDir: '/home/user' }), { links: 'socket' });
const planOf = (specs: SpecSet, observed: ObservedLab) => plan(graph(specs), observed, { host: null });
const steps = (actions: Action[]) => actions.map((a) => `${a.action} ${a.node}`);
const find = (actions: Action[], id: string) => actions.find((a) => a.id === id)!;

const base = () => withPortIps(hostLab(), { 'sw1:Ethernet0': '10.0.1.1/24', 'sw1:Ethernet4': '10.0.2.1/24', 'sw1:Ethernet8': '10.0.3.1/24' });
const running = deployed(graph(base()));

describe('plan: host VMs', () => {
  test("nothing deployed: create the switch, then the host VM (it connects), and patch the hosts' profiles", () => {
    const p = planOf(base(), empty());
    expect(steps(p.actions)).toEqual(['create sw1', 'create hostvm', 'patch-profile host1', 'patch-profile host2', 'patch-profile sw1']);
    const hostvm = find(p.actions, 'create:hostvm');
    expect(hostvm.depends_on).toEqual([{ on: 'create:sw1', until: 'started' }]);
    expect(why(hostvm)).toEqual([
      { code: 'not-deployed' },
      { code: 'test-host', test_host: 'host1', description: 'test host host1: NIC 1, eth0 → sw1:Ethernet0 10.0.1.2/24, default route via 10.0.1.1' },
      { code: 'test-host', test_host: 'host2', description: 'test host host2: NIC 2, eth0 → sw1:Ethernet4 10.0.2.2/24, default route via 10.0.2.1' },
    ]);
    // a host's profile gets its VM's address and ports, once that VM is up; the VM has no profile of its own
    const host2 = find(p.actions, 'patch-profile:host2');
    expect(host2.depends_on).toEqual([{ on: 'create:hostvm', until: 'done' }]);
    expect(why(host2)[0]).toEqual({ code: 'test-host-profile', test_host: 'host2', vm: 'hostvm' });
    expect(host2.action === 'patch-profile' && host2.profile.patch).toEqual([
      { op: 'add', path: '/mgmt_ip', value: '127.0.0.1' },
      { op: 'add', path: '/ssh_port', value: 40000 },
      { op: 'add', path: '/console_port', value: 30000 },
    ]);
    expect(p.actions.some((a) => a.id === 'patch-profile:hostvm')).toBe(false);
  });

  test('plan --json shows the host VM with its hosts; plan text names them', () => {
    const p = planOf(base(), empty());
    expect(p.nodes.hostvm!.test_hosts!.map((h) => h.name)).toEqual(['host1', 'host2']);
    expect(p.nodes.sw1!.test_hosts).toBeUndefined();
    expect(renderPlanText(p).split('\n')[0]).toBe('Lab "lab": 2 nodes, 2 links; test hosts in hostvm: host1, host2');
  });

  test('deployed and healthy: nothing to do', () => {
    expect(planOf(base(), running).actions).toEqual([]);
  });

  test('an unlinked host added: its (empty) namespace is made in the running VM, no restart', () => {
    const specs = withPortIps(hostLab({ devices: ['sw1', 'host1', 'host2', 'host3'] }), { 'sw1:Ethernet0': '10.0.1.1/24', 'sw1:Ethernet4': '10.0.2.1/24' });
    const p = planOf(specs, running);
    expect(steps(p.actions)).toEqual(['update hostvm', 'patch-profile host3']);
    const update = find(p.actions, 'update:hostvm');
    expect(why(update)).toEqual([{ code: 'test-hosts-setup', change: 'test host host3 added: an empty namespace (no links)' }]);
    expect(update.action === 'update' && update.steps).toEqual([
      { step: 'setup-test-hosts', hosts: graph(specs).nodes.find((n) => n.name === 'hostvm')!.testHosts, remove: [] },
    ]);
  });

  test('a linked host added: the host VM is replaced (new NICs), with the host as the reason', () => {
    const specs = withPortIps(
      hostLab({
        devices: ['sw1', 'host1', 'host2', 'host3'],
        links: [
          ['sw1:Ethernet0', 'host1:eth0'],
          ['sw1:Ethernet4', 'host2:eth0'],
          ['sw1:Ethernet8', 'host3:eth0'],
        ],
      }),
      { 'sw1:Ethernet0': '10.0.1.1/24', 'sw1:Ethernet4': '10.0.2.1/24', 'sw1:Ethernet8': '10.0.3.1/24' },
    );
    const p = planOf(specs, running);
    expect(steps(p.actions.filter((a) => a.action !== 'patch-profile'))).toEqual(['replace sw1', 'replace hostvm']);
    expect(why(find(p.actions, 'replace:hostvm'))).toEqual([
      { code: 'test-hosts-change', change: 'test host host3 added: NIC 3, eth0 → sw1:Ethernet8 10.0.3.2/24, default route via 10.0.3.1' },
      { code: 'test-host-nics', data_nics: 3 },
    ]);
  });

  test('the last host removed from the block: its NIC is unplugged live and its namespace goes', () => {
    const specs = withPortIps(hostLab({ devices: ['sw1', 'host1'], links: [['sw1:Ethernet0', 'host1:eth0']] }), { 'sw1:Ethernet0': '10.0.1.1/24' });
    const p = planOf(specs, running);
    expect(steps(p.actions)).toEqual(['update hostvm', 'update sw1']);
    const update = find(p.actions, 'update:hostvm');
    expect(why(update)).toEqual([
      { code: 'nic-unplugged', nic: 2, interface: 'host2/eth0', peer: 'sw1:Ethernet4' },
      { code: 'test-hosts-setup', change: 'test host host2 removed (it had NIC 2)' },
    ]);
    expect(update.action === 'update' && update.steps.map((s) => s.step)).toEqual(['unplug-nic', 'setup-test-hosts']);
    expect(update.action === 'update' && update.steps[1]).toMatchObject({ remove: ['host2'] });
  });

  test('a host removed before another: the later block moves, the host VM is replaced', () => {
    const specs = withPortIps(hostLab({ devices: ['sw1', 'host2'], links: [['sw1:Ethernet4', 'host2:eth0']] }), { 'sw1:Ethernet4': '10.0.2.1/24' });
    const p = planOf(specs, running);
    expect(why(find(p.actions, 'replace:hostvm'))).toEqual([
      { code: 'test-hosts-change', change: 'test host host1 removed (it had NIC 1)' },
      { code: 'test-hosts-change', change: 'test host host2 moves from NIC 2 to NIC 1 (a host before it in name order changed its block)' },
      { code: 'test-host-nics', data_nics: 1 },
    ]);
  });

  test('a host rewired to another switch port: replaced, and the reason says from where to where', () => {
    const specs = withPortIps(
      hostLab({
        links: [
          ['sw1:Ethernet8', 'host1:eth0'],
          ['sw1:Ethernet4', 'host2:eth0'],
        ],
      }),
      { 'sw1:Ethernet4': '10.0.2.1/24', 'sw1:Ethernet8': '10.0.3.1/24' },
    );
    const p = planOf(specs, running);
    expect(why(find(p.actions, 'replace:hostvm'))).toEqual([
      { code: 'test-hosts-change', change: 'host1:eth0 now linked to sw1:Ethernet8 (was sw1:Ethernet0)' },
      { code: 'test-hosts-change', change: 'host1:eth0 address 10.0.1.2/24 → 10.0.3.2/24' },
      { code: 'test-hosts-change', change: 'test host host1: default route via 10.0.1.1 → 10.0.3.1' },
      { code: 'test-host-nics', data_nics: 2 },
    ]);
  });

  test("a host's address changed in its profile: set up again live", () => {
    const specs = withPortIps(hostLab({ profiles: { host1: { platform: 'host', host_ip: '10.0.1.9/24' } } }), {
      'sw1:Ethernet0': '10.0.1.1/24',
      'sw1:Ethernet4': '10.0.2.1/24',
    });
    const p = planOf(specs, running);
    expect(steps(p.actions)).toEqual(['update hostvm']);
    expect(why(find(p.actions, 'update:hostvm'))).toEqual([{ code: 'test-hosts-setup', change: 'host1:eth0 address 10.0.1.2/24 → 10.0.1.9/24' }]);
  });

  test('the host VM died: start it alone (it connects, nobody connects to it)', () => {
    const p = planOf(
      base(),
      edit(running, (o) => (o.nodes.hostvm!.process = 'exited')),
    );
    expect(steps(p.actions)).toEqual(['start hostvm']);
  });

  test('the switch died: start it, and restart the host VM whose links it listened for', () => {
    const p = planOf(
      base(),
      edit(running, (o) => (o.nodes.sw1!.process = 'exited')),
    );
    expect(steps(p.actions)).toEqual(['start sw1', 'restart hostvm']);
  });

  test('every host gone: the host VM is destroyed, and the plan says which hosts it held', () => {
    const specs = hostLab({ devices: ['sw1'], links: [] });
    const p = planOf(specs, running);
    const destroy = find(p.actions, 'destroy:hostvm');
    expect(why(destroy)).toEqual([{ code: 'not-in-specs' }, { code: 'holds-test-hosts', test_hosts: ['host1', 'host2'] }]);
    // its own profile (none: a host VM has none, a no-op) and its hosts' go back once it is gone
    expect(destroy.action === 'destroy' && destroy.release_profiles).toEqual(['hostvm', 'host1', 'host2']);
  });

  test('the same specs give the same plan, byte for byte', () => {
    expect(JSON.stringify(planOf(base(), empty()))).toBe(JSON.stringify(planOf(base(), empty())));
  });
});
