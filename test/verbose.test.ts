// -v/--verbose: QEMU command lines, QMP traffic and SSH steps on stderr,
// passwords masked. Tested without VMs: a fake QMP server on a UNIX socket,
// an ssh2 server on 127.0.0.1, qemu-img through the CLI.
import { mkdtempSync } from 'node:fs';
import { createServer, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Server as SshServer, utils } from 'ssh2';
import { withQmp } from '../src/exec/qemu/qmp.js';
import { sshExec } from '../src/exec/ssh.js';
import { mask, secret, setVerbose, verbose, verboseRun } from '../src/verbose.js';
import { FIXTURES, runCli, tmpDir } from './helpers/cli.js';

const PASS = 'YourPaSsWoRd';

let lines: string[] = [];
beforeEach(() => {
  lines = [];
  setVerbose((line) => lines.push(line));
});
afterEach(() => setVerbose(null));

describe('the verbose log', () => {
  test('is off by default and then costs nothing: a lazy text is never built', () => {
    setVerbose(null);
    let built = false;
    verbose('qmp sw1', () => ((built = true), 'x'));
    expect(built).toBe(false);
  });

  test('lines are prefixed, one line each', () => {
    verbose('qmp sw1', '→ {"execute":"query-status"}');
    verbose('ssh x', 'exec a\nb');
    expect(lines).toEqual(['[verbose] qmp sw1 → {"execute":"query-status"}\n', '[verbose] ssh x exec a\\nb\n']);
  });

  test('command lines are shell-quoted so they can be pasted', () => {
    verboseRun('qemu sw1', 'qemu-system-x86_64', ['-name', 'sw1', '-append', 'console=ttyS0 quiet']);
    expect(lines).toEqual(["[verbose] qemu sw1 $ qemu-system-x86_64 -name sw1 -append 'console=ttyS0 quiet'\n"]);
  });

  test('a secret is masked as is, JSON-escaped and shell-quoted', () => {
    const tricky = `pa"ss w'rd`;
    secret(tricky);
    secret(null);
    secret('');
    verbose('a', `raw ${tricky}`);
    verbose('b', JSON.stringify({ x: tricky }));
    verboseRun('c', 'prog', [tricky]);
    expect(lines.join('')).not.toContain('ss w');
    expect(lines).toEqual(['[verbose] a raw ***\n', '[verbose] b {"x":"***"}\n', '[verbose] c $ prog ***\n']);
  });

  test('password-like fields are masked even when the value was never named a secret', () => {
    expect(mask('{"execute":"set_password","arguments":{"protocol":"vnc","password":"s3cr\\"et"}}')).toBe(
      '{"execute":"set_password","arguments":{"protocol":"vnc","password":"***"}}',
    );
    expect(mask('{"ssh_pass": "x", "Secret":"y", "user":"admin"}')).toBe('{"ssh_pass": "***", "Secret":"***", "user":"admin"}');
    expect(mask('-object secret,id=s0,data=x,password=hunter2 -vnc :0,passwd=abc')).toBe('-object secret,id=s0,data=x,password=*** -vnc :0,passwd=***');
  });

  test('a new run forgets the secrets of the last one', () => {
    secret('first-run-secret');
    setVerbose((line) => lines.push(line));
    verbose('x', 'first-run-secret');
    expect(lines.at(-1)).toBe('[verbose] x first-run-secret\n');
  });
});

/** A fake QEMU monitor: greeting, then answers every command; its own replies can be set per command. */
async function fakeQmp(replies: Record<string, unknown> = {}): Promise<{ path: string; server: NetServer }> {
  const path = join(mkdtempSync(join(tmpdir(), 'vmlab-qmp-')), 'sw1.mon');
  const server = createServer((socket) => {
    socket.write(`${JSON.stringify({ QMP: { version: { qemu: { major: 7, minor: 2, micro: 0 } }, capabilities: [] } })}\n`);
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const { execute } = JSON.parse(buffer.slice(0, nl)) as { execute: string };
        buffer = buffer.slice(nl + 1);
        if (execute === 'query-status') socket.write(`${JSON.stringify({ event: 'RESUME', data: {} })}\n`);
        socket.write(`${JSON.stringify({ return: replies[execute] ?? {} })}\n`);
      }
    });
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return { path, server };
}

describe('QMP traffic', () => {
  test('every command and every reply (events too), named by node', async () => {
    const { path, server } = await fakeQmp({ 'query-status': { status: 'running', running: true } });
    try {
      const status = await withQmp(path, (qmp) => qmp.execute('query-status'));
      expect(status).toEqual({ status: 'running', running: true });
    } finally {
      server.close();
    }
    expect(lines[0]).toBe(`[verbose] qmp sw1 connect ${path}\n`);
    expect(lines[1]).toMatch(/^\[verbose\] qmp sw1 ← \{"QMP":/);
    expect(lines.slice(2)).toEqual([
      '[verbose] qmp sw1 → {"execute":"qmp_capabilities"}\n',
      '[verbose] qmp sw1 ← {"return":{}}\n',
      '[verbose] qmp sw1 → {"execute":"query-status"}\n',
      '[verbose] qmp sw1 ← {"event":"RESUME","data":{}}\n',
      '[verbose] qmp sw1 ← {"return":{"status":"running","running":true}}\n',
    ]);
  });

  test('passwords in commands and replies are masked', async () => {
    const { path, server } = await fakeQmp({ 'query-login': { user: 'admin', pass: PASS } });
    try {
      await withQmp(path, async (qmp) => {
        await qmp.execute('set_password', { protocol: 'vnc', password: PASS });
        await qmp.execute('query-login');
      });
    } finally {
      server.close();
    }
    const log = lines.join('');
    expect(log).toContain('→ {"execute":"set_password","arguments":{"protocol":"vnc","password":"***"}}');
    expect(log).toContain('← {"return":{"user":"admin","pass":"***"}}');
    expect(log).not.toContain(PASS);
  });

  test('without verbose, nothing is logged', async () => {
    setVerbose(null);
    const { path, server } = await fakeQmp();
    try {
      await withQmp(path, (qmp) => qmp.execute('query-status'));
    } finally {
      server.close();
    }
    expect(lines).toEqual([]);
  });
});

describe('SSH steps', () => {
  test('connect, authentication and the command, with the password masked wherever it appears', async () => {
    const server = new SshServer({ hostKeys: [utils.generateKeyPairSync('ed25519').private] }, (client) => {
      client.on('authentication', (ctx) => (ctx.method === 'password' && ctx.password === PASS ? ctx.accept() : ctx.reject(['password'])));
      client.on('ready', () =>
        client.on('session', (accept) =>
          accept().on('exec', (acceptExec) => {
            const stream = acceptExec();
            stream.write('done\n');
            stream.exit(0);
            stream.end();
          }),
        ),
      );
      client.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const result = await sshExec({ host: '127.0.0.1', port, user: 'admin', pass: PASS }, `echo ${PASS} | sudo -S true`);
      expect(result).toEqual({ code: 0, stdout: 'done\n', stderr: '' });
    } finally {
      server.close();
    }
    const who = `[verbose] ssh admin@127.0.0.1:${port}`;
    expect(lines).toEqual([
      `${who} connect (login with password, timeout 30000 ms)\n`,
      `${who} handshake done, authenticating\n`,
      `${who} authenticated\n`,
      `${who} exec echo *** | sudo -S true\n`,
      `${who} exit 0 (5 bytes out, 0 bytes err)\n`,
    ]);
    expect(lines.join('')).not.toContain(PASS);
  });

  test('a refused login says so, without the password', async () => {
    const server = new SshServer({ hostKeys: [utils.generateKeyPairSync('ed25519').private] }, (client) => {
      client.on('authentication', (ctx) => ctx.reject(['password']));
      client.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      await expect(sshExec({ host: '127.0.0.1', port, user: 'admin', pass: PASS }, 'true')).rejects.toThrow(/authentication/i);
    } finally {
      server.close();
    }
    expect(lines.at(-1)).toMatch(/^\[verbose\] ssh admin@127\.0\.0\.1:\d+ failed: .*authentication/i);
    expect(lines.join('')).not.toContain(PASS);
  });
});

describe('the CLI', () => {
  const image = join(FIXTURES, 'images', 'blank.qcow2');

  test.each([
    ['-v', ['-v'], {}],
    ['--verbose', ['--verbose'], {}],
    ['VMLAB_VERBOSE=1', [], { VMLAB_VERBOSE: '1' }],
  ])('%s shows the qemu-img command lines on stderr', async (_how, flags, env) => {
    setVerbose(null);
    const run = await runCli([...flags, 'image', 'import', image, '--name', 'blank'], { VMLAB_HOME: join(tmpDir('vmlab-v-'), 'home'), ...env });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^\[verbose\] qemu-img \$ qemu-img info --output=json -f qcow2 \S*blank\.qcow2 {3}\(in \S+\)$/m);
    expect(run.stdout).not.toContain('[verbose]');
  });

  test.each([
    ['no flag', [], {}],
    ['VMLAB_VERBOSE=0', [], { VMLAB_VERBOSE: '0' }],
    ['--no-verbose over VMLAB_VERBOSE=1', ['--no-verbose'], { VMLAB_VERBOSE: '1' }],
  ])('%s: no verbose output', async (_how, flags, env) => {
    setVerbose(null);
    const run = await runCli([...flags, 'image', 'import', image, '--name', 'blank'], { VMLAB_HOME: join(tmpDir('vmlab-v-'), 'home'), ...env });
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain('[verbose]');
  });

  test('the run turns verbose output off again when it ends', async () => {
    setVerbose(null);
    await runCli(['-v', 'image', 'list']);
    verbose('x', 'after the run');
    expect(lines).toEqual([]);
  });
});
