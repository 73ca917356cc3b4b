/**
 * Two servers of one lab that share one VMLAB_HOME (lab servers mounting one
 * home over NFS): each keeps its share of the lab under a directory, lock and
 * shipped copy of its own, `<lab>@<host>`, so neither touches the other's
 * files. A lab of one host keeps the layout it always had.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { receiveSpecs } from '../../src/remote/received-specs.js';
import { applyLab, type ApplyOptions } from '../../src/engine/apply-lab.js';
import { destroyLab } from '../../src/engine/destroy-lab.js';
import { deployedLabs, findLab, isLabDirectory } from '../../src/state/lab-dir.js';
import { labQemuNode } from '../../src/state/identity.js';
import { listLabs } from '../../src/state/lab-list.js';
import { acquireLock } from '../../src/state/lock.js';
import { labPaths, shippedSpecsDir } from '../../src/state/paths.js';
import { readState, StateError, writeState } from '../../src/state/state-file.js';
import { FIXTURES, runCli, tmpDir } from '../helpers/cli.js';
import { FakeMachine } from '../helpers/fake-machine.js';

test('a share of a lab of several hosts is laid out per host; a lab of one host is laid out as before', () => {
  const home = '/h';
  expect(labPaths(home, 'lab')).toMatchObject({ dir: '/h/labs/lab', state: '/h/labs/lab/state.json', lock: '/h/locks/lab.lock', host: null, lab: 'lab' });
  const a = labPaths(home, 'lab', 'server-a');
  expect(a).toMatchObject({
    dir: '/h/labs/lab@server-a',
    state: '/h/labs/lab@server-a/state.json',
    lock: '/h/locks/lab@server-a.lock',
    host: 'server-a',
    lab: 'lab',
  });
  expect(a.pidfile('n1')).toBe('/h/labs/lab@server-a/qemu/n1.pid');
  expect(a.overlay('n1')).toBe('/h/labs/lab@server-a/disks/n1.qcow2');
  expect(a.consoleLog('n1')).toBe('/h/labs/lab@server-a/logs/n1.log');
  expect(shippedSpecsDir(home, 'lab')).toBe('/h/shipped/lab');
  expect(shippedSpecsDir(home, 'lab', 'server-a')).toBe('/h/shipped/lab@server-a');
  // Both halves pass the name rule: '@' is in neither, so a share's directory name splits one way only.
  expect(() => labPaths(home, 'lab', '../x')).toThrow(/not a safe name/);
  expect(() => shippedSpecsDir(home, 'lab', 'a@b')).toThrow(/not a safe name/);
});

function sharedHome() {
  const root = tmpDir('vmlab-shared-home-');
  const specs = join(root, 'specs');
  cpSync(join(FIXTURES, 'labs', 'two-hosts'), specs, { recursive: true });
  const platforms = join(specs, 'platforms.json');
  const p = JSON.parse(readFileSync(platforms, 'utf8'));
  for (const platform of Object.values<any>(p.platforms)) platform.vm_image = join(FIXTURES, 'images', 'blank.qcow2');
  writeFileSync(platforms, JSON.stringify(p));
  // Addresses this machine can bind (apply checks its ports are free), ports of this test's own.
  const topologyFile = join(specs, 'topology.json');
  const t = JSON.parse(readFileSync(topologyFile, 'utf8'));
  t.vmlab = { ...t.vmlab, hosts: { 'server-a': '127.0.0.2', 'server-b': '127.0.0.3' }, link_port_base: 47850, console_port_base: 47880, ssh_port_base: 47910 };
  writeFileSync(topologyFile, JSON.stringify(t));
  const home = join(root, 'home');
  const machine = new FakeMachine(null);
  const options = (host: string): ApplyOptions => ({
    specDir: specs,
    home,
    request: { host, hostRequired: true, qemu: null },
    command: `vmlab apply --host ${host}`,
    lockWaitMs: 0,
    progress: { node: () => undefined },
    machine,
    review: async () => true,
  });
  return { home, specs, options, machine };
}

test("two servers of a lab on one home apply their shares independently: each lock, state and directory is the server's own", async () => {
  const { home, options, machine } = sharedHome();
  // server-b is in the middle of a run (it holds its lock) while server-a applies: server-a does not wait for it.
  const bLocked = await acquireLock(labPaths(home, 'two-hosts', 'server-b').lock, 'test', 0);
  try {
    const a = await applyLab(options('server-a'));
    expect(a.applied).toBe(true);
  } finally {
    bLocked();
  }
  const aLocked = await acquireLock(labPaths(home, 'two-hosts', 'server-a').lock, 'test', 0);
  try {
    expect((await applyLab(options('server-b'))).applied).toBe(true);
  } finally {
    aLocked();
  }
  const stateA = readState(labPaths(home, 'two-hosts', 'server-a').state)!;
  const stateB = readState(labPaths(home, 'two-hosts', 'server-b').state)!;
  expect({ host: stateA.host, nodes: Object.keys(stateA.nodes).sort() }).toEqual({ host: 'server-a', nodes: ['leaf1', 'leaf2'] });
  expect({ host: stateB.host, nodes: Object.keys(stateB.nodes).sort() }).toEqual({ host: 'server-b', nodes: ['spine1'] });
  expect(readdirSync(join(home, 'labs')).sort()).toEqual(['two-hosts@server-a', 'two-hosts@server-b']);
  expect(isLabDirectory(labPaths(home, 'two-hosts', 'server-a'))).toBe(true);

  // Planning again while they run, neither has anything to do; once every fake QEMU is gone, each server's
  // actions are about its own nodes only: neither sees the other's nodes as its own to create or to remove.
  expect((await applyLab(options('server-a'))).plan.actions).toEqual([]);
  machine.runtimes.clear();
  const nodesOf = async (host: string) => [...new Set((await applyLab(options(host))).plan.actions.map((x) => x.node))].sort();
  expect(await nodesOf('server-a')).toEqual(['leaf1', 'leaf2']);
  expect(await nodesOf('server-b')).toEqual(['spine1']);
});

test('commands find the share of the host named by --host, or of the host whose address this machine has; list shows a row per share', async () => {
  const { home, options } = sharedHome();
  await applyLab(options('server-a'));
  await applyLab(options('server-b'));
  expect(deployedLabs(home)).toEqual(['two-hosts']);
  expect(findLab(home, { lab: 'two-hosts', host: 'server-b' }).paths.host).toBe('server-b');
  expect(findLab(home, { host: 'server-a' }).paths.dir).toBe(join(home, 'labs', 'two-hosts@server-a'));
  expect(findLab(home, { lab: 'two-hosts', addresses: ['127.0.0.1', '127.0.0.3'] }).state.host).toBe('server-b');
  expect(findLab(home, { addresses: ['127.0.0.2'] }).state.host).toBe('server-a');
  expect(() => findLab(home, { lab: 'two-hosts', addresses: ['10.0.0.1'] })).toThrow(
    /lab "two-hosts" has shares of server-a, server-b under .* and none of their IPs is on this machine: pass --host NAME/,
  );
  expect(() => findLab(home, { lab: 'two-hosts', host: 'server-c' })).toThrow(/lab "two-hosts" is not deployed under .* for host server-c/);
  const rows = listLabs(home).map((l) => ({ name: l.name, host: l.host, hosts: l.hosts, dir: l.dir, nodes: l.nodes_total }));
  expect(rows).toEqual([
    { name: 'two-hosts', host: 'server-a', hosts: ['server-a'], dir: join(home, 'labs', 'two-hosts@server-a'), nodes: 2 },
    { name: 'two-hosts', host: 'server-b', hosts: ['server-b'], dir: join(home, 'labs', 'two-hosts@server-b'), nodes: 1 },
  ]);
});

test("destroying one server's share removes its directory and shipped copy only; the other server's share stays whole", async () => {
  const { home, options } = sharedHome();
  await applyLab(options('server-a'));
  await applyLab(options('server-b'));
  const shippedB = shippedSpecsDir(home, 'two-hosts', 'server-b');
  cpSync(join(FIXTURES, 'labs', 'two-hosts'), join(shippedB, 'specs'), { recursive: true });
  const a = findLab(home, { lab: 'two-hosts', host: 'server-a' });
  const outcome = await destroyLab({
    paths: a.paths,
    state: a.state,
    host: 'server-a',
    force: false,
    lockWaitMs: 0,
    progress: { node: () => undefined },
    machine: new FakeMachine(null),
  });
  expect(outcome).toMatchObject({ removed: true, errors: [] });
  expect(readdirSync(join(home, 'labs'))).toEqual(['two-hosts@server-b']);
  expect(existsSync(shippedB)).toBe(true);
  expect(Object.keys(readState(labPaths(home, 'two-hosts', 'server-b').state)!.nodes)).toEqual(['spine1']);
});

test("a share's state.json must name its lab and host as its directory does; the advice to clean it up names both", async () => {
  const { home, options } = sharedHome();
  await applyLab(options('server-a'));
  const paths = labPaths(home, 'two-hosts', 'server-a');
  const state = readState(paths.state)!;
  writeState(paths.state, { ...state, host: 'server-b' });
  expect(() => readState(paths.state)).toThrow(StateError);
  expect(() => readState(paths.state)).toThrow(/\/host: "server-b" is not the host of the lab directory it is in \("two-hosts@server-a"\)/);
  expect(() => readState(paths.state)).toThrow(/vmlab destroy --force --lab two-hosts --host server-a/);
});

test("a damaged share is cleaned up by the advice it prints, as printed; the other server's share is untouched", async () => {
  const { home, options } = sharedHome();
  await applyLab(options('server-a'));
  await applyLab(options('server-b'));
  const a = labPaths(home, 'two-hosts', 'server-a');
  writeFileSync(a.state, '{ torn');
  const status = await runCli(['status', '--lab', 'two-hosts', '--host', 'server-a'], { VMLAB_HOME: home });
  expect(status.code).toBe(1);
  const advice = /To clean the lab up anyway .*: VMLAB_HOME=(\S+) vmlab (.+)$/m.exec(status.stderr);
  expect(advice?.[2]).toBe('destroy --force --lab two-hosts --host server-a');
  const list = await runCli(['list'], { VMLAB_HOME: home });
  expect(list.stderr).toContain('Lab "two-hosts" (server-a\'s share) cannot be read; to clean it up anyway:');
  const cleanup = await runCli(advice![2]!.split(' '), { VMLAB_HOME: home });
  expect({ code: cleanup.code, stderr: cleanup.stderr }).toMatchObject({ code: 0, stderr: expect.stringMatching(/Lab destroyed/) });
  expect(readdirSync(join(home, 'labs'))).toEqual(['two-hosts@server-b']);
  expect(Object.keys(readState(labPaths(home, 'two-hosts', 'server-b').state)!.nodes)).toEqual(['spine1']);
});

test("specs received for one host never replace another host's copy (nor the plan saved beside it)", async () => {
  const root = tmpDir('vmlab-shared-receive-');
  const home = join(root, 'home');
  const tarOf = (text: string) => {
    const stage = join(root, `stage-${text}`);
    cpSync(join(FIXTURES, 'labs', 'two-hosts'), join(stage, 'specs'), { recursive: true });
    writeFileSync(join(stage, 'which'), text);
    writeFileSync(join(stage, 'placement.json'), '{}');
    return Readable.from(execFileSync('tar', ['-c', '-f', '-', '-C', stage, '.']));
  };
  const a = await receiveSpecs(home, 'two-hosts', tarOf('a'), 60_000, 'server-a');
  writeFileSync(join(a, 'plan.json'), 'server-a plan');
  const b = await receiveSpecs(home, 'two-hosts', tarOf('b'), 60_000, 'server-b');
  // Each host's copy is its own link, to the generation just received.
  expect([a, b]).toEqual([realpathSync(shippedSpecsDir(home, 'two-hosts', 'server-a')), realpathSync(shippedSpecsDir(home, 'two-hosts', 'server-b'))]);
  expect([readFileSync(join(a, 'which'), 'utf8'), readFileSync(join(a, 'plan.json'), 'utf8'), readFileSync(join(b, 'which'), 'utf8')]).toEqual([
    'a',
    'server-a plan',
    'b',
  ]);
});

test('a lab deployed as one host and now of several (or the other way round) is refused until the old one is destroyed', async () => {
  const { home, specs, options } = sharedHome();
  const topologyFile = join(specs, 'topology.json');
  const several = readFileSync(topologyFile, 'utf8');
  const t = JSON.parse(several);
  t.vmlab.hosts = { 'server-a': '127.0.0.2' };
  for (const profile of ['spine1', 'leaf1']) {
    const file = join(specs, 'profiles', `${profile}.json`);
    const p = JSON.parse(readFileSync(file, 'utf8'));
    delete p.vm_host;
    writeFileSync(file, JSON.stringify(p));
  }
  writeFileSync(topologyFile, JSON.stringify(t));
  await applyLab(options('server-a'));
  expect(readdirSync(join(home, 'labs'))).toEqual(['two-hosts']);
  writeFileSync(topologyFile, several);
  writeFileSync(join(specs, 'profiles', 'spine1.json'), JSON.stringify({ mgmt_ip: 'PLACEHOLDER', vm_host: 'server-b' }));
  await expect(applyLab(options('server-a'))).rejects.toThrow(
    /lab "two-hosts" is deployed under \S+\/labs\/two-hosts as a lab of one host, and its specs now make it a lab of several hosts \(this is server-a's share\), kept in \S+\/labs\/two-hosts@server-a: destroy the old one first \(VMLAB_HOME=\S+ vmlab destroy --lab two-hosts\), then apply again/,
  );
  expect(readdirSync(join(home, 'labs'))).toEqual(['two-hosts']);
  expect(existsSync(labPaths(home, 'two-hosts', 'server-a').lock)).toBe(false);

  // The other way round: shares of two hosts here, and the specs now of one host.
  const other = sharedHome();
  await applyLab(other.options('server-a'));
  await applyLab(other.options('server-b'));
  const one = JSON.parse(readFileSync(join(other.specs, 'topology.json'), 'utf8'));
  one.vmlab.hosts = { 'server-a': '127.0.0.2' };
  writeFileSync(join(other.specs, 'topology.json'), JSON.stringify(one));
  writeFileSync(join(other.specs, 'profiles', 'spine1.json'), JSON.stringify({ mgmt_ip: 'PLACEHOLDER' }));
  await expect(applyLab(other.options('server-a'))).rejects.toThrow(
    /deployed under \S+\/labs\/two-hosts@server-a as shares of server-a, server-b, and its specs now make it a lab of one host, kept in \S+\/labs\/two-hosts: destroy the old one first \(.*vmlab destroy --lab two-hosts --host server-a; .*vmlab destroy --lab two-hosts --host server-b\)/,
  );
});

test("the guard rails hold for shares: a QEMU is one share's only by its -pidfile, and only a real directory under labs/ is a share", () => {
  const qemu = (pidfile: string) => ({ exe: '/usr/bin/qemu-system-x86_64', cmdline: ['qemu-system-x86_64', '-pidfile', pidfile] });
  const a = labPaths('/h', 'lab', 'server-a');
  expect(labQemuNode(qemu('/h/labs/lab@server-a/qemu/n1.pid'), a.dir)).toBe('n1');
  expect(labQemuNode(qemu('/h/labs/lab@server-b/qemu/n1.pid'), a.dir)).toBeNull();
  expect(labQemuNode(qemu('/h/labs/lab@server-a/qemu/n1.pid'), labPaths('/h', 'lab').dir)).toBeNull();
  expect(labQemuNode(qemu('/h/labs/lab/qemu/n1.pid'), a.dir)).toBeNull();

  const root = tmpDir('vmlab-shared-guard-');
  const elsewhere = join(root, 'elsewhere');
  mkdirSync(elsewhere);
  mkdirSync(join(root, 'home', 'labs'), { recursive: true });
  symlinkSync(elsewhere, join(root, 'home', 'labs', 'lab@server-a'));
  expect(isLabDirectory(labPaths(join(root, 'home'), 'lab', 'server-a'))).toBe(false);
  mkdirSync(join(root, 'home', 'labs', 'lab@server-b'));
  expect(isLabDirectory(labPaths(join(root, 'home'), 'lab', 'server-b'))).toBe(true);
});
