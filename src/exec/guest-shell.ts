import type { ClientCallback } from 'ssh2';
import type { GuestLogin } from '../ports/machine.js';
import { netnsCommand } from './host-setup.js';
import { sshConnect } from './ssh.js';

/**
 * An interactive shell on this process's terminal (in a test host's
 * namespace: a login shell there), raw mode while it runs and the window size
 * followed; resolves with the remote exit code.
 */
export async function guestShell(login: GuestLogin, term: string): Promise<number> {
  const client = await sshConnect(login);
  return new Promise((resolve, reject) => {
    const { stdin, stdout } = process;
    const pty = { term, rows: stdout.rows ?? 24, cols: stdout.columns ?? 80 };
    const open = (cb: ClientCallback) => (login.namespace === null ? client.shell(pty, cb) : client.exec(netnsCommand(login.namespace, null), { pty }, cb));
    open((err, stream) => {
      if (err) return reject(err);
      let code = 0;
      if (stdin.isTTY) stdin.setRawMode(true);
      stdin.resume();
      stdin.pipe(stream);
      stream.pipe(stdout);
      stream.stderr.pipe(process.stderr);
      const onResize = () => stream.setWindow(stdout.rows ?? 24, stdout.columns ?? 80, 0, 0);
      stdout.on('resize', onResize);
      stream.on('exit', (c: number | null) => (code = c ?? 0));
      stream.on('close', () => {
        stdout.off('resize', onResize);
        stdin.unpipe(stream);
        if (stdin.isTTY) stdin.setRawMode(false);
        stdin.pause();
        client.end();
        resolve(code);
      });
    });
  });
}
