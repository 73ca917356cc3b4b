import { renderPlanText } from '../../src/cli/render/plan-text.js';
import { qemuArgv } from '../../src/exec/qemu/argv.js';
import { compile, qemuConfig } from '../../src/model/compile.js';
import { configChanges } from '../../src/plan/field-changes.js';
import { plan } from '../helpers/plan.js';
import { resolveLab } from '../../src/specs/resolve.js';
import { consoleCredentials, sonicReason } from '../../src/specs/sonic.js';
import type { PlatformSpec } from '../../src/specs/types.js';
import { labPaths } from '../../src/state/paths.js';
import { graphOf, issues, specSet, SWITCH, type LabSketch } from '../helpers/lab.js';

describe('which platforms are SONiC (the rule, case-insensitive, first match wins)', () => {
  test.each<[string, PlatformSpec, string | null]>([
    ['switch', { dataplane: 'sonic-vs' }, 'dataplane "sonic-vs"'],
    ['switch', { dataplane: 'SONiC-VPP' }, 'dataplane "SONiC-VPP"'],
    ['switch', { dataplane: 'vs' }, 'dataplane "vs"'],
    ['switch', { dataplane: 'VPP' }, 'dataplane "VPP"'],
    ['switch', { hwsku: 'Force10-S6000' }, 'hwsku "Force10-S6000"'],
    ['switch', { dataplane: 'vs', hwsku: 'Force10-S6000' }, 'dataplane "vs"'],
    ['My-SONiC-box', {}, 'platform name "My-SONiC-box"'],
    ['ciscovs', { dataplane: 'cisco-8000', hwsku: '8101-32H' }, 'hwsku "8101-32H"'],
    // not SONiC
    ['switch', {}, null],
    ['switch', { dataplane: 'frr' }, null],
    ['switch', { hwsku: '' }, null],
    ['switch', { hwsku: 42 }, null],
    ['tiny-vs', {}, null],
    // a test host is never a switch, whatever else it says
    ['sonic-host', { device_type: 'host', dataplane: 'sonic-vs', hwsku: 'x' }, null],
  ])('%s %j → %s', (name, platform, reason) => {
    expect(sonicReason(name, platform)).toBe(reason);
  });
});

describe('console credentials', () => {
  test("vm_console_credentials, else vm_credentials, else SONiC's admin/YourPaSsWoRd", () => {
    expect(consoleCredentials({})).toEqual({ user: 'admin', pass: 'YourPaSsWoRd' });
    expect(consoleCredentials({ vm_credentials: { user: 'ops', pass: 'p1' } })).toEqual({ user: 'ops', pass: 'p1' });
    expect(consoleCredentials({ vm_credentials: { user: 'ops', pass: 'p1' }, vm_console_credentials: { user: 'admin', pass: 'p2' } })).toEqual({
      user: 'admin',
      pass: 'p2',
    });
    // a field missing in the one chosen takes SONiC's default
    expect(consoleCredentials({ vm_console_credentials: { pass: 'p2' } })).toEqual({ user: 'admin', pass: 'p2' });
  });
});

const SONIC: PlatformSpec = { ...SWITCH, dataplane: 'sonic-vs', hwsku: 'Force10-S6000' };

function node(sketch: LabSketch, name = 'sw1') {
  return resolveLab(specSet(sketch), { homeDir: '/home/user' }).nodes.find((n) => n.name === name)!;
}

describe('which nodes get the built-in bootstrap', () => {
  test('a SONiC platform without vm_console_bootstrap: yes, logging in with its credentials', () => {
    expect(node({ devices: ['sw1'], platforms: { switch: SONIC } }).sonicBootstrap).toEqual({
      because: 'dataplane "sonic-vs"',
      console: { user: 'admin', pass: 'YourPaSsWoRd' },
    });
  });

  test('"vm_console_bootstrap": [] turns it off; steps of its own replace it', () => {
    const off = node({ devices: ['sw1'], platforms: { switch: { ...SONIC, vm_console_bootstrap: [] } } });
    expect(off.sonicBootstrap).toBeNull();
    expect(off.consoleBootstrap).toEqual([]);
    const own = node({ devices: ['sw1'], platforms: { switch: { ...SONIC, vm_console_bootstrap: [{ expect: 'login:', send: 'root' }] } } });
    expect(own.sonicBootstrap).toBeNull();
    expect(own.consoleBootstrap).toEqual([{ expect: 'login:', send: 'root' }]);
  });

  test('a platform that is not SONiC: no', () => {
    expect(node({ devices: ['sw1'] }).sonicBootstrap).toBeNull();
  });
});

describe('what the built-in bootstrap would type is checked with the specs', () => {
  test('an SSH user it would create must be a safe user name', () => {
    expect(issues({ devices: ['sw1'], platforms: { switch: SONIC }, profiles: { sw1: { ssh_user: 'New Tron; rm -rf /', ssh_pass: 'x' } } })).toEqual([
      'profiles/sw1.json /ssh_user: sw1: the built-in SONiC console bootstrap (platform "switch": dataplane "sonic-vs") would create the SSH user "New Tron; rm -rf /", but a user name it creates must be lowercase letters, digits, "_" and "-", starting with a letter or "_", at most 32 characters; rename it, or give platform "switch" its own vm_console_bootstrap ([] turns it off)',
    ]);
    // the same name is nobody's business when nothing creates it
    expect(issues({ devices: ['sw1'], platforms: { switch: { ...SONIC, vm_console_bootstrap: [] } }, profiles: { sw1: { ssh_user: 'New Tron' } } })).toEqual(
      [],
    );
  });

  test('passwords with control characters cannot be typed', () => {
    expect(
      issues({
        devices: ['sw1', 'sw2'],
        platforms: { switch: { ...SONIC, vm_console_credentials: { user: 'admin', pass: 'a\u0003b' } } },
        profiles: { sw1: { ssh_user: 'newtron', ssh_pass: 'x\ny' } },
      }),
    ).toEqual([
      'platforms.json /platforms/switch/vm_console_credentials/pass: the console password has a control character, which the built-in SONiC console bootstrap (platform "switch": dataplane "sonic-vs") cannot type; change it, or give platform "switch" its own vm_console_bootstrap ([] turns it off)',
      'profiles/sw1.json /ssh_pass: sw1: the SSH password has a control character, which the built-in SONiC console bootstrap (platform "switch": dataplane "sonic-vs") cannot type; change it, or give platform "switch" its own vm_console_bootstrap ([] turns it off)',
    ]);
  });
});

describe('the plan shows the bootstrap (never a password)', () => {
  const sketch: LabSketch = {
    devices: ['sw1', 'sw2', 'host1'],
    platforms: {
      switch: SONIC,
      plain: SWITCH,
      own: {
        ...SWITCH,
        vm_console_bootstrap: [
          { expect: 'login:', send: 'root' },
          { expect: '# ', send: 'dhclient eth0' },
        ],
      },
    },
    profiles: { sw2: { ssh_user: 'newtron', ssh_pass: 'S3cret-pw' }, host1: { platform: 'own' } },
  };
  const result = plan(graphOf(sketch), { state: null, nodes: {}, profiles: {} }, { host: null });

  test('plan --json: console_bootstrap per node', () => {
    expect(result.nodes.sw1!.console_bootstrap).toEqual({ source: 'sonic', because: 'dataplane "sonic-vs"', console_user: 'admin', creates_user: null });
    expect(result.nodes.sw2!.console_bootstrap).toEqual({ source: 'sonic', because: 'dataplane "sonic-vs"', console_user: 'admin', creates_user: 'newtron' });
    expect(result.nodes.host1!.console_bootstrap).toEqual({ source: 'platform', steps: 2 });
    expect(JSON.stringify(result)).not.toContain('S3cret-pw');
    expect(JSON.stringify(result)).not.toContain('YourPaSsWoRd');
  });

  test('text: a line under each action that boots the node', () => {
    const text = renderPlanText(result);
    expect(text).toContain(
      '  + create sw2\n      not deployed\n      then the built-in SONiC console bootstrap (dataplane "sonic-vs"): log in as admin, dhclient eth0 if it has no address, create user newtron, log out\n',
    );
    expect(text).toContain("  + create host1\n      not deployed\n      then the platform's console bootstrap (vm_console_bootstrap, 2 steps)\n");
    expect(text).not.toContain('S3cret-pw');
  });
});

describe('vm_fw_cfg: extra fw_cfg strings for the guest', () => {
  const withFwCfg = (fw: Record<string, string>): LabSketch => ({ devices: ['sw1'], platforms: { switch: { ...SWITCH, vm_fw_cfg: fw } } });

  test('each entry is one -fw_cfg option after the hostname, in name order, commas escaped', () => {
    const sw1 = graphOf(withFwCfg({ 'opt/vmlab/mgmt': 'down', 'opt/a': 'x,y' })).nodes[0]!;
    const argv = qemuArgv(sw1, labPaths('/home/u/.vmlab', 'lab'), 'tcg');
    const fw = argv.flatMap((a, i) => (a === '-fw_cfg' ? [argv[i + 1]] : []));
    expect(fw).toEqual(['name=opt/vmlab/hostname,string=sw1', 'name=opt/a,string=x,,y', 'name=opt/vmlab/mgmt,string=down']);
  });

  test('part of what a QEMU runs with: a change replaces the node; none at all compares equal to records from before the field', () => {
    const none = qemuConfig(graphOf({ devices: ['sw1'] }).nodes[0]!);
    expect(none).not.toHaveProperty('fw_cfg');
    const down = qemuConfig(graphOf(withFwCfg({ 'opt/vmlab/mgmt': 'down' })).nodes[0]!);
    expect(configChanges(none, down)).toEqual([{ field: 'fw_cfg.opt/vmlab/mgmt', old: null, new: 'down' }]);
    expect(compile(resolveLab(specSet(withFwCfg({ 'opt/vmlab/mgmt': 'down' })), { homeDir: '/' }), { links: 'socket' }).nodes[0]!.fwCfg).toEqual({
      'opt/vmlab/mgmt': 'down',
    });
  });

  test("names QEMU would refuse, and vmlab's own, are spec errors", () => {
    expect(issues(withFwCfg({ 'etc/x': '1', 'opt/vmlab/hostname': 'h', [`opt/${'a'.repeat(60)}`]: '1', 'opt/ok': 'a\u0000b' }))).toEqual([
      'platforms.json /platforms/switch/vm_fw_cfg/etc~1x: fw_cfg name "etc/x" is not valid: QEMU wants names under "opt/" made of letters, digits, ".", "_", "-" and "/", e.g. "opt/vmlab/mgmt"',
      'platforms.json /platforms/switch/vm_fw_cfg/opt~1vmlab~1hostname: fw_cfg name "opt/vmlab/hostname" is set by vmlab itself (the node\'s name); choose another name',
      `platforms.json /platforms/switch/vm_fw_cfg/opt~1${'a'.repeat(60)}: fw_cfg name "opt/${'a'.repeat(60)}" is 64 characters long; QEMU takes at most 55`,
      'platforms.json /platforms/switch/vm_fw_cfg/opt~1ok: the value of fw_cfg "opt/ok" has a control character; QEMU takes one line of text here',
    ]);
  });
});
