import { execa, type ResultPromise } from 'execa';
import { VmlabError } from '../errors.js';
import { sshDestinationProblem, vmlabCommandProblem } from '../specs/host-access.js';
import { verbose } from '../verbose.js';
import { remoteCommandLine } from './shell-words.js';

/** A server of a multi-host lab as the controller reaches it. */
export interface RemoteHost {
  /** The host's name in the specs. */
  name: string;
  /** The ssh destination, `[user@]host`. */
  ssh: string;
  /** The vmlab command on that server. */
  vmlab: string;
}

/** How to run OpenSSH: the client command and its own options (VMLAB_SSH, else `ssh`). */
export interface SshClient {
  command: string[];
}

export interface RemoteRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The options every call needs: never prompt (there is nobody to answer a
 * password prompt in the middle of a parallel apply), give up on a dead
 * server after a few seconds instead of TCP's minutes, and notice a server
 * that dies mid-run.
 */
const NON_INTERACTIVE = ['-o', 'BatchMode=yes', '-o', 'ConnectTimeout=10', '-o', 'ServerAliveInterval=10', '-o', 'ServerAliveCountMax=3'];

/**
 * ssh's argument vector: `--` before the destination, so that ssh reads
 * neither the destination nor anything after it as an option (OpenSSH parses
 * options again after the destination unless `--` came first). The
 * destination and the vmlab command are checked again here, wherever they
 * came from (the specs or the controller's record check them first): a value
 * that could reach ssh's parser or the server's shell as more than a name
 * never leaves this machine.
 */
export function sshArgv(client: SshClient, host: RemoteHost, args: readonly string[], tty: boolean): { file: string; args: string[] } {
  const bad = sshDestinationProblem(host.ssh) ?? vmlabCommandProblem(host.vmlab);
  if (bad !== null) throw new VmlabError(`nothing was run on ${host.name}: ${bad}`);
  const [file, ...own] = client.command;
  const line = remoteCommandLine(host.vmlab, args);
  verbose(`ssh ${host.ssh}`, line);
  return { file: file!, args: [...own, ...NON_INTERACTIVE, ...(tty ? ['-t'] : ['-T']), '--', host.ssh, line] };
}

/** Runs vmlab on a server and collects what it printed. Never throws for the remote exit code; 255 is ssh's own failure. */
export async function runVmlab(
  client: SshClient,
  host: RemoteHost,
  args: readonly string[],
  opts: { input?: NodeJS.ReadableStream | Buffer; timeoutMs?: number } = {},
): Promise<RemoteRun> {
  const { file, args: argv } = sshArgv(client, host, args, false);
  const r = await execa(file, argv, {
    reject: false,
    ...(opts.input === undefined ? { stdin: 'ignore' as const } : { input: opts.input as Buffer }),
    timeout: opts.timeoutMs,
    stripFinalNewline: false,
  });
  return { code: r.exitCode ?? 255, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

/**
 * Starts vmlab on a server with its output streamed (progress lines); the
 * caller reads stdout as it comes. Its stdin is a pipe nobody writes to: it
 * closes when this process dies, however it dies, and the remote vmlab
 * (run with --stop-with-stdin) then stops rather than run on unwatched.
 */
export function spawnVmlab(client: SshClient, host: RemoteHost, args: readonly string[]): ResultPromise {
  const { file, args: argv } = sshArgv(client, host, args, false);
  return execa(file, argv, { reject: false, stdin: 'pipe', buffer: { stdout: false, stderr: true }, lines: false });
}

/** Runs vmlab on a server attached to this terminal (ssh, console: a person types). Resolves to its exit code. */
export async function attachVmlab(client: SshClient, host: RemoteHost, args: readonly string[], tty: boolean): Promise<number> {
  const { file, args: argv } = sshArgv(client, host, args, tty);
  const r = await execa(file, argv, { reject: false, stdio: 'inherit' });
  return r.exitCode ?? 255;
}

/** What a failed ssh call means, in a line: ssh's own failure (255) or the remote vmlab's message. */
export function remoteFailure(host: RemoteHost, run: RemoteRun): string {
  const said = run.stderr.trim().split('\n').filter(Boolean);
  if (run.code === 255) return `cannot reach ${host.name} over ssh (${host.ssh}): ${said.at(-1) ?? 'ssh failed'}`;
  return `${host.name}: ${said.join(' / ') || `exit ${run.code}`}`;
}
