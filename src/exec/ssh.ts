import { Client, type ConnectConfig } from 'ssh2';
import { secret, verbose } from '../verbose.js';

export interface SshTarget {
  host: string;
  port: number;
  user: string;
  pass: string | null;
}

function config(target: SshTarget, timeoutMs: number): ConnectConfig {
  return {
    host: target.host,
    port: target.port,
    username: target.user,
    password: target.pass ?? undefined,
    readyTimeout: timeoutMs,
    // Lab VMs get new host keys on every boot; there is nothing to pin.
    hostVerifier: () => true,
    tryKeyboard: true,
  };
}

/** `ssh user@host:port` of an open session, for verbose output. */
const sessionNames = new WeakMap<Client, string>();

/** Opens an SSH session; rejects if the banner or the login fails. */
export function sshConnect(target: SshTarget, timeoutMs = 10_000): Promise<Client> {
  const who = `ssh ${target.user}@${target.host}:${target.port}`;
  secret(target.pass);
  verbose(who, `connect (login with ${target.pass === null ? 'no password' : 'password'}, timeout ${timeoutMs} ms)`);
  return new Promise((resolve, reject) => {
    const client = new Client();
    sessionNames.set(client, who);
    client.on('handshake', () => verbose(who, 'handshake done, authenticating'));
    client.on('ready', () => {
      verbose(who, 'authenticated');
      resolve(client);
    });
    client.on('error', (err) => {
      verbose(who, `failed: ${err.message}`);
      reject(err);
    });
    client.on('keyboard-interactive', (_name, _instr, _lang, prompts, finish) => {
      verbose(who, () => `keyboard-interactive: answering ${JSON.stringify(prompts.map((p) => p.prompt))} with the password`);
      finish(prompts.map(() => target.pass ?? ''));
    });
    client.connect(config(target, timeoutMs));
  });
}

/** Ends a session. (Its TIME_WAIT socket may linger a minute; the port preflight waits such sockets out.) */
export function endSession(client: Client): void {
  client.end();
}

export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one command over SSH and collects its output and exit code. */
export async function sshExec(target: SshTarget, command: string, timeoutMs = 30_000): Promise<ExecResult> {
  const client = await sshConnect(target, timeoutMs);
  try {
    return await execOn(client, command);
  } finally {
    endSession(client);
  }
}

/** Runs one command on an open session. */
export function execOn(client: Client, command: string): Promise<ExecResult> {
  const who = sessionNames.get(client) ?? 'ssh';
  verbose(who, `exec ${command}`);
  return new Promise<ExecResult>((resolve, reject) => {
    client.exec(command, (err, stream) => {
      if (err) {
        verbose(who, `exec failed: ${err.message}`);
        return reject(err);
      }
      let stdout = '';
      let stderr = '';
      let code = 255;
      stream.on('data', (d: Buffer) => (stdout += d.toString()));
      stream.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      stream.on('exit', (c: number | null) => (code = c ?? 255));
      stream.on('close', () => {
        verbose(who, () => `exit ${code} (${stdout.length} bytes out, ${stderr.length} bytes err)`);
        resolve({ code, stdout, stderr });
      });
    });
  });
}
