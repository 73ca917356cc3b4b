import { VmlabError } from '../errors.js';
import { hasControlCharacter, SAFE_USER, userToCreate, type SonicBootstrap } from '../specs/sonic.js';
import type { ConsoleStep } from '../specs/types.js';

/**
 * What a SONiC shell prompt looks like after login (`admin@sonic:~$ `; the
 * test image's `admin@vs1:~# `): the login lands in the home directory.
 */
export const SHELL_PROMPT = ':~';
/** The prompt `read -s` shows for the SSH user's password (typed as two quoted halves, so its echo never matches). */
export const PASSWORD_PROMPT = 'vmlab-ssh-password: ';

/**
 * The built-in SONiC console bootstrap as console steps: log in with the
 * console credentials; when the SSH user differs, read its password with
 * `read -s` (so it is never echoed, nor in the console log); then one
 * idempotent command line: `dhclient eth0` when eth0 has no IPv4 address,
 * and, for a different SSH user, useradd (when missing), the sudo group
 * (when the image has one) and chpasswd. `sudo` only when the console user
 * is not root. Runs again at every boot, doing nothing twice. The caller
 * (consoleBootstrap) logs out afterwards.
 */
export function sonicBootstrapSteps(bootstrap: SonicBootstrap, ssh: { user: string | null; pass: string | null }): ConsoleStep[] {
  const { user, pass } = bootstrap.console;
  // The specs were checked; this is for values that arrive later (secrets).
  if (hasControlCharacter(user) || hasControlCharacter(pass))
    throw new VmlabError('the console login has a control character; the built-in SONiC bootstrap cannot type it');
  const steps: ConsoleStep[] = [
    { expect: 'login:', send: user },
    { expect: 'Password:', send: pass },
  ];
  const commands = [`S=; [ "$(id -u)" = 0 ] || S=sudo`, `ip -4 addr show eth0 | grep -q 'inet ' || $S dhclient eth0`];
  const create = userToCreate(bootstrap, ssh);
  if (create !== null) {
    if (!SAFE_USER.test(create)) throw new VmlabError(`the built-in SONiC bootstrap cannot create user "${create}": not a safe user name`);
    commands.push(`id -u ${create} >/dev/null 2>&1 || $S useradd -m -s /bin/bash ${create}`, `grep -q '^sudo:' /etc/group && $S usermod -aG sudo ${create}`);
    if (ssh.pass !== null) {
      if (hasControlCharacter(ssh.pass)) throw new VmlabError('the SSH password has a control character; the built-in SONiC bootstrap cannot type it');
      const half = PASSWORD_PROMPT.indexOf('password');
      steps.push(
        { expect: SHELL_PROMPT, send: `IFS= read -rsp '${PASSWORD_PROMPT.slice(0, half)}''${PASSWORD_PROMPT.slice(half)}' VMLAB_PW; echo` },
        { expect: PASSWORD_PROMPT, send: ssh.pass },
      );
      commands.push(`printf '%s:%s\\n' ${create} "$VMLAB_PW" | $S chpasswd`, 'unset VMLAB_PW');
    }
  }
  steps.push({ expect: SHELL_PROMPT, send: commands.join('; ') });
  return steps;
}
