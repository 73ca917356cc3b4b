/**
 * SONiC out of the box: a platform marked as SONiC (dataplane "sonic-vs",
 * an hwsku) and without a console bootstrap of its own boots to SSH-ready
 * through vmlab's BUILT-IN console bootstrap. The tiny image stands in for
 * SONiC in its "management down" mode (vm_fw_cfg opt/vmlab/mgmt=down): eth0
 * stays down until `dhclient eth0` is typed on its console, so SSH can only
 * work if the bootstrap ran. The profile's SSH user (newtron) differs from
 * the console user (admin), so the bootstrap creates it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { jest } from '@jest/globals';
import { cleanUp, labQemus, makeLab, requireQemu, type TestLab } from './harness.js';
import { sh } from './traffic.js';

jest.setTimeout(240_000);

const SSH_PASS = 'N3wtron-Pw';
const CONSOLE_PASS = 'YourPaSsWoRd';

let lab: TestLab;

/** The console log (CRs dropped) once it matches `pattern`, or as it is after `ms`. */
async function consoleLogUntil(pattern: RegExp, ms: number): Promise<string> {
  const file = join(lab.labDir, 'logs', 'sonic1.log');
  const deadline = Date.now() + ms;
  let log = '';
  do {
    log = readFileSync(file, 'utf8').replace(/\r/g, '');
    if (pattern.test(log)) break;
    await sleep(250);
  } while (Date.now() < deadline);
  return log;
}

beforeAll(() => {
  requireQemu();
  lab = makeLab('labs/sonic-bootstrap', 'e2e-sonic', { link: 47200, console: 47210, ssh: 47220 });
});

afterAll(async () => {
  if (lab) await cleanUp(lab);
});

test('the plan says the node gets the built-in SONiC bootstrap, and why', async () => {
  const json = JSON.parse((await lab.run(['plan', '-S', lab.specs, '--json'])).stdout);
  expect(json.nodes.sonic1.console_bootstrap).toEqual({ source: 'sonic', because: 'dataplane "sonic-vs"', console_user: 'admin', creates_user: 'newtron' });
  expect(json.nodes.sonic1.fw_cfg).toEqual({ 'opt/vmlab/mgmt': 'down' });
  const text = await lab.run(['plan', '-S', lab.specs]);
  expect(text.stdout).toContain(
    '  + create sonic1\n      not deployed\n      then the built-in SONiC console bootstrap (dataplane "sonic-vs"): log in as admin, dhclient eth0 if it has no address, create user newtron, log out\n',
  );
  for (const out of [JSON.stringify(json), text.stdout]) {
    expect(out).not.toContain(SSH_PASS);
    expect(out).not.toContain(CONSOLE_PASS);
  }
});

test('apply: the built-in bootstrap brings management up on the console, creates the SSH user, logs out; SSH works as that user', async () => {
  const r = await lab.run(['apply', '-S', lab.specs, '--yes']);
  expect(r.code).toBe(0);
  expect(labQemus(lab)).toHaveLength(1);
  expect(r.stderr).toContain(
    'sonic1: running the built-in SONiC console bootstrap: log in as admin, dhclient eth0 if it has no address, create user newtron, log out',
  );
  expect(r.stderr).toMatch(/sonic1: ready/);
  // vmlab's own output never shows a password
  expect(r.stdout + r.stderr).not.toContain(SSH_PASS);
  expect(r.stdout + r.stderr).not.toContain(CONSOLE_PASS);

  // The console: management was down until the bootstrap typed dhclient; then it logged out
  // (getty's new login prompt may take a moment to show).
  const log = await consoleLogUntil(/logout\n[^]*login: $/, 20_000);
  const down = log.indexOf('management (eth0) stays down until "dhclient eth0"');
  const login = log.indexOf('sonic1 login: admin');
  const dhclient = log.indexOf('dhclient eth0', login);
  const logout = log.lastIndexOf('logout');
  expect(down).toBeGreaterThanOrEqual(0);
  expect(login).toBeGreaterThan(down);
  expect(dhclient).toBeGreaterThan(login);
  expect(logout).toBeGreaterThan(dhclient);
  // nothing after the logout but the login prompt again: no shell is left logged in
  expect(log.slice(logout)).toMatch(/^logout\n+(vmlab-tiny test switch\n+)?sonic1 login: $/);
  // the SSH user's password was typed into read -s: never echoed into the console log
  expect(log).not.toContain(SSH_PASS);

  // SSH (vmlab ssh logs in as the profile's ssh_user) reaches the user the bootstrap made, over the management it brought up.
  const out = await sh(
    lab,
    'sonic1',
    'PATH=/sbin:/usr/sbin:$PATH; id -un; ip -4 addr show dev eth0 | grep -c "inet "; test -e /run/vmlab-mgmt-down && echo held || echo released',
  );
  expect(out.trim().split('\n')).toEqual(['newtron', '1', 'released']);
  // the profile got the SSH port, as for any node
  expect(JSON.parse(lab.profileText('sonic1'))).toMatchObject({ mgmt_ip: '127.0.0.1', ssh_port: 47220, console_port: 47210 });
});

test('a second apply does nothing: the bootstrap is not state to converge', async () => {
  const r = await lab.run(['plan', '-S', lab.specs, '--detailed-exitcode']);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('No changes.');
});

test('with the bootstrap turned off ("vm_console_bootstrap": []), the same image never gets management: it was the bootstrap', async () => {
  expect((await lab.run(['destroy', '--lab', lab.name])).code).toBe(0);
  const file = join(lab.specs, 'platforms.json');
  const platforms = JSON.parse(readFileSync(file, 'utf8'));
  Object.assign(platforms.platforms['sonic-vs'], { vm_console_bootstrap: [], vm_boot_timeout: 25 });
  writeFileSync(file, JSON.stringify(platforms, null, 2));
  const plan = JSON.parse((await lab.run(['plan', '-S', lab.specs, '--json'])).stdout);
  expect(plan.nodes.sonic1.console_bootstrap).toBeNull();
  const r = await lab.run(['apply', '-S', lab.specs, '--yes']);
  expect(r.code).toBe(1);
  expect(r.stderr).not.toContain('console bootstrap');
  expect(r.stderr).toContain('sonic1 was not ready within 25 s');
  expect(r.stderr).toContain('management (eth0) stays down until "dhclient eth0"');
});
