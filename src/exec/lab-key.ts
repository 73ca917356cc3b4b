import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LabPaths } from '../state/paths.js';
import { verboseRun } from '../verbose.js';

/**
 * The lab's SSH key pair (made with ssh-keygen on first use), whose public
 * half vmlab installs on every node once it is ready, so plain `ssh` and
 * Ansible log in without a password. Null when ssh-keygen is not available:
 * then logins need the password.
 */
export async function ensureLabKey(paths: Pick<LabPaths, 'dir' | 'sshKey'>): Promise<string | null> {
  const key = paths.sshKey;
  if (!existsSync(`${key}.pub`)) {
    mkdirSync(dirname(key), { recursive: true, mode: 0o700 });
    const args = ['-q', '-t', 'ed25519', '-N', '', '-C', `vmlab@${paths.dir}`, '-f', key];
    verboseRun('ssh-keygen', 'ssh-keygen', args);
    // Loaded when a key is made: execa takes ~15 ms to load.
    const { execa } = await import('execa');
    const made = await execa('ssh-keygen', args, { reject: false, stdin: 'ignore' });
    if (made.exitCode !== 0) return null;
  }
  return readFileSync(`${key}.pub`, 'utf8').trim();
}

/** Shell that adds a public key to the login user's authorized_keys once. */
export function installKeyCommand(publicKey: string): string {
  const quoted = `'${publicKey.replace(/'/g, `'\\''`)}'`;
  return `umask 077; mkdir -p ~/.ssh && touch ~/.ssh/authorized_keys && (grep -qxF ${quoted} ~/.ssh/authorized_keys || echo ${quoted} >> ~/.ssh/authorized_keys)`;
}
