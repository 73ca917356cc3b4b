import type { Argv } from 'yargs';
import { UsageError } from '../../errors.js';
import { nodeEndpoint } from '../../state/node-endpoint.js';
import { netnsCommand } from '../../exec/host-setup.js';
import type { SshTarget } from '../../exec/ssh.js';
import type { ClientCallback } from 'ssh2';
import { homeOf } from '../settings.js';
import { controlledBy, onNodeServer } from '../forward.js';
import type { CliIo } from '../io.js';
import { LAB_OPTION, specSources, specsArg, withSources } from '../options.js';

interface SshArgs {
  node: string;
  lab?: string;
  specs?: string;
  platforms?: string;
  secrets?: string;
  command?: string[];
  '--'?: string[];
}

/** Where `vmlab ssh` logs in: a VM, or for a test host the VM that holds it, entering the host's namespace there. */
export interface NodeLogin extends SshTarget {
  namespace: string | null;
}

/** The SSH target of a deployed node, with its resolved credentials. */
export function sshTarget(io: CliIo, argv: { node: string; lab?: string; specs?: string; platforms?: string; secrets?: string }): NodeLogin {
  const found = nodeEndpoint(homeOf(io), argv.node, { lab: argv.lab, specs: specsArg(argv, io), sources: specSources(argv, io) });
  const whose = found.testHost ? `${found.testHost.vm} (which holds test host ${argv.node})` : argv.node;
  if (!found.user) throw new UsageError(`no login known for ${whose}: set ssh_user/ssh_pass in its profile or vm_credentials in its platform`);
  // A ${secret:KEY} is revealed here, for the login, and nowhere else.
  return {
    host: found.address,
    port: found.sshPort,
    user: found.secrets.reveal(found.user, `the login user of ${argv.node}`)!,
    pass: found.secrets.reveal(found.pass, `the password of ${argv.node}`),
    namespace: found.testHost?.namespace ?? null,
  };
}

/** An interactive shell on the terminal (in a test host's namespace: a login shell there); resolves with the remote exit code. */
async function interactive(target: NodeLogin, term: string): Promise<number> {
  const { sshConnect } = await import('../../exec/ssh.js');
  const client = await sshConnect(target);
  return new Promise((resolve, reject) => {
    const { stdin, stdout } = process;
    const pty = { term, rows: stdout.rows ?? 24, cols: stdout.columns ?? 80 };
    const open = (cb: ClientCallback) =>
      target.namespace === null ? client.shell(pty, cb) : client.exec(netnsCommand(target.namespace, null), { pty }, cb);
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

export function sshCommand(io: CliIo, setCode: (code: number) => void) {
  return {
    command: 'ssh <node> [command..]',
    describe: 'log in to a node (no password typing), or run a command there and return its exit code',
    builder: (y: Argv) =>
      withSources(y)
        .positional('node', { type: 'string', demandOption: true })
        .positional('command', { type: 'string', array: true, describe: 'command to run (after --)' })
        .option('lab', LAB_OPTION)
        .option('specs', { alias: 'S', type: 'string', describe: 'spec directory of the lab' })
        .parserConfiguration({ 'populate--': true }),
    handler: async (argv: SshArgs) => {
      const words = [...(argv.command ?? []), ...(argv['--'] ?? [])].map(String);
      const controlled = controlledBy(io, argv);
      if (controlled) {
        setCode(await onNodeServer(io, controlled, argv.node, ['ssh', argv.node, ...(words.length ? ['--', ...words] : [])], words.length === 0 && io.interactive === true));
        return;
      }
      const target = sshTarget(io, argv);
      if (words.length === 0) {
        setCode(await interactive(target, io.env.TERM ?? 'xterm'));
        return;
      }
      const { sshExec } = await import('../../exec/ssh.js');
      const command = words.join(' ');
      const result = await sshExec(target, target.namespace === null ? command : netnsCommand(target.namespace, command));
      io.out(result.stdout);
      io.err(result.stderr);
      setCode(result.code);
    },
  };
}
