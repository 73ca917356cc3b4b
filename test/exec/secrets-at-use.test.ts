// Issue 9: a ${secret:KEY} password is revealed only where it is used (the readiness login, a
// console bootstrap step, vmlab ssh and exec), and never reaches state.json, a patched profile,
// progress lines, status or messages. Applied with a pretend machine: nothing boots.
import { chmodSync, cpSync, readFileSync, readdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { withLogins } from '../../src/plan/logins.js';
import { storeSink } from '../../src/engine/execute/store-sink.js';
import { execute } from '../../src/engine/execute/executor.js';
import { revealSecrets } from '../../src/exec/qemu-runtime.js';
import type { Runtime } from '../../src/ports/runtime.js';
import type { DesiredNode } from '../../src/model/types.js';
import { planLab } from '../../src/engine/plan-lab.js';
import { labPaths } from '../../src/state/paths.js';
import { StateStore } from '../../src/state/state-store.js';
import type { WorldReader } from '../../src/state/world.js';
import { planningThrough } from '../helpers/fake-machine.js';
import { sshTarget } from '../../src/cli/commands/ssh.js';
import { FIXTURES, runCli, tmpDir } from '../helpers/cli.js';

const SECRETS = { sw1_admin: 'Vmlab-Fixture-Secret-sw1', switch_admin: 'Vmlab-Fixture-Secret-sw' };

/** Every file below dir, as text (but the secrets file itself). */
function allText(dir: string): string {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile() && !f.endsWith('/secrets.json'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

class PretendMachine implements Runtime {
  pids = new Map<number, string>();
  logins: Record<string, { user: string | null; pass: string | null }> = {};
  constructor(
    readonly paths: ReturnType<typeof labPaths>,
    readonly reveal: (node: DesiredNode) => DesiredNode,
  ) {}
  world(): WorldReader {
    return {
      process: (pid) =>
        this.pids.has(pid) ? { exe: '/usr/bin/qemu-system-x86_64', cmdline: ['qemu', '-pidfile', this.paths.pidfile(this.pids.get(pid)!)] } : null,
      fileExists: () => true,
    };
  }
  async start(node: DesiredNode) {
    const pid = 4_000_000 + this.pids.size; // beyond any real PID
    this.pids.set(pid, node.name);
    return pid;
  }
  async stop() {
    return 'powered down';
  }
  async waitForListeners() {}
  async unconnectedLinks() {
    return [];
  }
  async waitReady(node: DesiredNode) {
    // What QemuRuntime.waitReady logs in with.
    this.logins[node.name] = this.reveal(node).credentials;
  }
  async updateLive() {}
  async reidentify() {}
  async buildTemplate() {}
  async setupTestHosts() {}
  async setCarrier() {}
  removeFiles() {}
  async imageIdentity() {
    return null;
  }
  now() {
    return new Date();
  }
}

test('apply logs in with the secret, while state.json, profiles, progress and status keep only the reference', async () => {
  const root = join(tmpDir('vmlab-secret-use-'), 'repo');
  cpSync(join(FIXTURES, 'newtron'), root, { recursive: true });
  const net = join(root, 'networks', '2sw');
  chmodSync(join(net, 'secrets.json'), 0o600);
  const home = join(tmpDir('vmlab-secret-home-'), 'home');

  const paths = labPaths(home, '2sw');
  let machine!: PretendMachine;
  const planned = await planLab(
    net,
    home,
    planningThrough((p) => (machine ??= new PretendMachine(p, (n) => revealSecrets(n, planned.loaded.specs.secrets))).world(), null),
    { host: null },
  );
  const progress: string[] = [];
  const store = new StateStore(paths, null, { name: '2sw', specDir: net, host: null });
  const results = await execute(withLogins(planned.plan, planned.graph), machine, storeSink(store, net), {
    parallel: 2,
    progress: { node: (n, m) => progress.push(`${n}: ${m}`) },
  });
  expect(results.every((r) => r.status === 'done')).toBe(true);

  // The readiness login got the values: sw1's own password, sw2's from its platform.
  expect(machine.logins).toEqual({ sw1: { user: 'admin', pass: SECRETS.sw1_admin }, sw2: { user: 'admin', pass: SECRETS.switch_admin } });

  const state = readFileSync(paths.state, 'utf8');
  expect(JSON.parse(state).nodes.sw1.credentials).toEqual({ user: 'admin', pass: '${secret:sw1_admin}' });
  expect(JSON.parse(state).nodes.sw2.credentials).toEqual({ user: 'admin', pass: '${secret:switch_admin}' });
  const profile = JSON.parse(readFileSync(join(net, 'nodes', 'sw1.json'), 'utf8'));
  expect(profile).toMatchObject({ mgmt_ip: '127.0.0.1', ssh_port: 13000, console_port: 12000, ssh_pass: '${secret:sw1_admin}' });

  const status = await runCli(['status', '--lab', '2sw', '--json'], { VMLAB_HOME: home });
  const sshConfig = await runCli(['ssh-config', '--lab', '2sw'], { VMLAB_HOME: home });
  expect(sshConfig.stdout).toContain('User admin');
  const everything = [allText(home), allText(net), progress.join('\n'), status.stdout, status.stderr, sshConfig.stdout, sshConfig.stderr].join('\n');
  for (const secret of Object.values(SECRETS)) expect(everything).not.toContain(secret);

  // vmlab ssh reveals it for its login, from the lab's secrets.json…
  const io = { out: () => undefined, err: () => undefined, env: { VMLAB_HOME: home }, cwd: process.cwd() };
  expect(sshTarget(io, { node: 'sw1', lab: '2sw' })).toMatchObject({ user: 'admin', pass: SECRETS.sw1_admin });
  // …or from --secrets / VMLAB_SECRETS; and says which reference it cannot resolve, without any value.
  const moved = join(tmpDir('vmlab-secret-moved-'), 'secrets.json');
  renameSync(join(net, 'secrets.json'), moved);
  expect(() => sshTarget(io, { node: 'sw1', lab: '2sw' })).toThrow(
    'the password of sw1 is ${secret:sw1_admin}, which cannot be resolved: secret "sw1_admin": secrets.json does not exist',
  );
  expect(sshTarget(io, { node: 'sw1', lab: '2sw', secrets: moved })).toMatchObject({ pass: SECRETS.sw1_admin });
  expect(sshTarget({ ...io, env: { ...io.env, VMLAB_SECRETS: moved } }, { node: 'sw2', lab: '2sw' })).toMatchObject({ pass: SECRETS.switch_admin });
  const exec = await runCli(['exec', '--all', '--lab', '2sw', '--', 'true'], { VMLAB_HOME: home });
  expect(exec.code).toBe(3);
  expect(exec.stderr).toContain('${secret:');
  for (const secret of Object.values(SECRETS)) expect(exec.stderr).not.toContain(secret);
});
