import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa, type ResultPromise } from 'execa';

/**
 * Two "servers" on one machine, each a network namespace with its own IP
 * and a real OpenSSH server (Debian's sshd) that runs vmlab with the
 * server's own VMLAB_HOME; the root namespace (the controller) reaches both
 * through a bridge, as a laptop reaches a lab's servers. Needs root, as CI
 * runs. Made by the test, removed by the test.
 */
export interface SshServer {
  name: string;
  ns: string;
  ip: string;
  /** The server's VMLAB_HOME (what its sshd gives every session). */
  home: string;
}

export interface SshServers {
  a: SshServer;
  b: SshServer;
  /** The ssh client command for VMLAB_SSH: this test's key, config and known_hosts. */
  ssh: string;
  /** Runs a command inside a server's namespace. */
  inServer(server: SshServer, file: string, args: string[], env?: Record<string, string>): ReturnType<typeof execa>;
  /** Stops a server's sshd (it looks unreachable), or starts it again. */
  setReachable(server: SshServer, up: boolean): Promise<void>;
  remove(): Promise<void>;
}

const ip = (args: string[]) => execa('ip', args);

/**
 * `sharedHome`: both servers get one VMLAB_HOME, as lab servers that mount
 * one home directory over NFS do. `subnet`: the first three octets of the
 * servers' /24 (.1, .2, and .254 for the controller), one per test file.
 */
export async function makeSshServers(
  tag: string,
  dir: string,
  env: Record<string, string>,
  opts: { sharedHome?: boolean; subnet?: string } = {},
): Promise<SshServers> {
  const net = opts.subnet ?? '10.78.0';
  if (process.getuid?.() !== 0) throw new Error('the controller end-to-end test needs root to create network namespaces and run sshd (CI runs as root)');
  const bridge = `vlbr${tag}`.slice(0, 15);
  const servers = {
    a: { name: 'server-a', ns: `vmlab-${tag}-ca`, ip: `${net}.1`, home: opts.sharedHome ? join(dir, 'shared-home') : join(dir, 'server-a', 'home') },
    b: { name: 'server-b', ns: `vmlab-${tag}-cb`, ip: `${net}.2`, home: opts.sharedHome ? join(dir, 'shared-home') : join(dir, 'server-b', 'home') },
  };
  const sshds = new Map<string, ResultPromise>();
  const remove = async () => {
    for (const child of sshds.values()) child.kill('SIGTERM');
    for (const s of Object.values(servers)) await execa('ip', ['netns', 'delete', s.ns], { reject: false });
    await execa('ip', ['link', 'delete', bridge], { reject: false });
  };
  await remove();
  await ip(['link', 'add', bridge, 'type', 'bridge']);
  await ip(['addr', 'add', `${net}.254/24`, 'dev', bridge]);
  await ip(['link', 'set', bridge, 'up']);
  for (const [key, s] of Object.entries(servers)) {
    const outside = `vl${tag}${key}o`.slice(0, 15);
    const inside = `vl${tag}${key}i`.slice(0, 15);
    await ip(['netns', 'add', s.ns]);
    await ip(['link', 'add', outside, 'type', 'veth', 'peer', 'name', inside]);
    await ip(['link', 'set', outside, 'master', bridge]);
    await ip(['link', 'set', outside, 'up']);
    await ip(['link', 'set', inside, 'netns', s.ns]);
    await ip(['-n', s.ns, 'addr', 'add', `${s.ip}/24`, 'dev', inside]);
    await ip(['-n', s.ns, 'link', 'set', inside, 'up']);
    await ip(['-n', s.ns, 'link', 'set', 'lo', 'up']);
  }

  // The controller's key, and each server's host key and sshd configuration.
  mkdirSync(join(dir, 'client'), { recursive: true, mode: 0o700 });
  const key = join(dir, 'client', 'id_ed25519');
  await execa('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'vmlab-e2e', '-f', key]);
  mkdirSync('/run/sshd', { recursive: true }); // sshd's privilege separation directory
  const sshConfig = join(dir, 'client', 'ssh_config');
  writeFileSync(
    sshConfig,
    [
      'Host *',
      `  IdentityFile ${key}`,
      '  IdentitiesOnly yes',
      `  UserKnownHostsFile ${join(dir, 'client', 'known_hosts')}`,
      '  StrictHostKeyChecking accept-new',
      '  User root',
      '  LogLevel ERROR',
      '',
    ].join('\n'),
  );
  const startSshd = async (s: SshServer) => {
    const own = join(dir, s.name);
    const config = join(own, 'sshd_config');
    const child = execa('ip', ['netns', 'exec', s.ns, '/usr/sbin/sshd', '-D', '-e', '-f', config], { reject: false, stdin: 'ignore' });
    sshds.set(s.name, child);
    // Ready when it accepts a login.
    for (let i = 0; i < 50; i++) {
      const r = await execa('ssh', ['-F', sshConfig, '-o', 'BatchMode=yes', '-o', 'ConnectTimeout=2', s.ip, 'true'], { reject: false });
      if (r.exitCode === 0) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`sshd of ${s.name} does not accept logins`);
  };
  for (const s of Object.values(servers)) {
    const own = join(dir, s.name);
    mkdirSync(own, { recursive: true }); // its keys and sshd configuration (the home may be shared, elsewhere)
    mkdirSync(s.home, { recursive: true });
    await execa('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(own, 'host_ed25519')]);
    const setEnv = Object.entries({ VMLAB_HOME: s.home, ...env })
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    writeFileSync(
      join(own, 'sshd_config'),
      [
        `ListenAddress ${s.ip}:22`,
        `HostKey ${join(own, 'host_ed25519')}`,
        `AuthorizedKeysFile ${key}.pub`,
        'PermitRootLogin prohibit-password',
        'PasswordAuthentication no',
        'KbdInteractiveAuthentication no',
        'UsePAM no',
        'StrictModes no',
        `PidFile ${join(own, 'sshd.pid')}`,
        `SetEnv ${setEnv}`,
        '',
      ].join('\n'),
    );
    await startSshd(s);
  }

  return {
    ...servers,
    ssh: `ssh -F ${sshConfig}`,
    inServer: (s, file, args, extra = {}) =>
      execa('ip', ['netns', 'exec', s.ns, file, ...args], { env: { VMLAB_HOME: s.home, ...env, ...extra }, reject: false, stdin: 'ignore', timeout: 600_000 }),
    async setReachable(s, up) {
      if (!up) {
        sshds.get(s.name)?.kill('SIGTERM');
        await sshds.get(s.name);
        sshds.delete(s.name);
      } else await startSshd(s);
    },
    remove,
  };
}
