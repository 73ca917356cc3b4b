import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { execa } from 'execa';
import { consoleBootstrap } from '../../src/exec/ready.js';
import { PASSWORD_PROMPT, sonicBootstrapSteps } from '../../src/exec/sonic-bootstrap.js';
import type { SonicBootstrap } from '../../src/specs/sonic.js';
import { tmpDir } from '../helpers/cli.js';

const BOOTSTRAP: SonicBootstrap = { because: 'dataplane "sonic-vs"', console: { user: 'admin', pass: 'YourPaSsWoRd' } };
const SSH_PASS = 'S3cret pw';

/**
 * A pretend SONiC serial console: `sonic login:`, a silent `Password:`, the
 * MOTD and `admin@sonic:~$ `; the shell echoes what is typed, except what
 * `read -s` reads; `exit` logs out back to `sonic login:`. `screen` is what
 * it printed (the console log); `events` what happened, in order.
 */
function fakeSonic(opts: { readPromptDelayMs?: number } = {}) {
  const typed: string[] = [];
  const events: string[] = [];
  let screen = '';
  let hangUp!: () => void;
  const hungUp = new Promise<void>((resolve) => (hangUp = resolve));
  const server = createServer((socket) => {
    const print = (t: string) => {
      screen += t;
      if (socket.writable) socket.write(t);
    };
    let state: 'login' | 'password' | 'shell' | 'secret' = 'login';
    // Hung up: gone, whichever way (it may close before our last words reach it).
    socket.on('close', () => hangUp());
    socket.on('error', () => undefined);
    print('\r\nDebian GNU/Linux 12 sonic ttyS0\r\n\r\nsonic login: ');
    let line = '';
    socket.on('data', (d) => {
      line += d.toString();
      let cr: number;
      while ((cr = line.indexOf('\r')) >= 0) {
        const entered = line.slice(0, cr);
        line = line.slice(cr + 1);
        typed.push(entered);
        events.push(`${state}: ${entered}`);
        if (state === 'login') {
          if (entered === '') print('\r\nsonic login: ');
          else {
            print(`${entered}\r\nPassword: `);
            state = 'password';
          }
        } else if (state === 'password') {
          print(
            '\r\nLast login: Tue Nov 25 10:00:00 UTC 2025 on ttyS0\r\nYou are on\r\n  ____   ___  _   _ _  ____\r\n\r\nHelp:    https://sonic-net.github.io/SONiC/\r\n\r\nadmin@sonic:~$ ',
          );
          state = entered === 'YourPaSsWoRd' ? 'shell' : 'login';
        } else if (state === 'secret') {
          print('\r\nadmin@sonic:~$ ');
          state = 'shell';
        } else {
          print(`${entered}\r\n`);
          const read = /^IFS= read -rsp '([^']*)''([^']*)' VMLAB_PW; echo$/.exec(entered);
          if (entered === 'exit') {
            print('logout\r\n\r\nsonic login: ');
            state = 'login';
          } else if (read) {
            state = 'secret';
            setTimeout(() => {
              events.push('read prompt');
              print(`${read[1]}${read[2]}`);
            }, opts.readPromptDelayMs ?? 0);
          } else {
            setTimeout(() => print('admin@sonic:~$ '), 200); // dhclient takes a moment
          }
        }
      }
    });
  });
  return new Promise<{ port: number; typed: string[]; events: string[]; screen: () => string; hungUp: Promise<void>; close(): void }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ port: (server.address() as AddressInfo).port, typed, events, screen: () => screen, hungUp, close: () => server.close() }),
    ),
  );
}

test('same SSH user as on the console: log in, dhclient eth0 when it has no address, log out', async () => {
  const con = await fakeSonic();
  try {
    await consoleBootstrap('127.0.0.1', con.port, sonicBootstrapSteps(BOOTSTRAP, { user: 'admin', pass: 'YourPaSsWoRd' }), 10);
    await con.hungUp;
    expect(con.typed.filter((t) => t !== '')).toEqual([
      'admin',
      'YourPaSsWoRd',
      `S=; [ "$(id -u)" = 0 ] || S=sudo; ip -4 addr show eth0 | grep -q 'inet ' || $S dhclient eth0`,
      'exit',
    ]);
    expect(con.screen()).toMatch(/logout\r\n\r\nsonic login: $/);
  } finally {
    con.close();
  }
});

test('another SSH user: its password goes to read -s once its prompt shows (never echoed, never in a command line), then useradd/chpasswd', async () => {
  // The prompt comes late: an Enter pressed meanwhile would be read as an empty password, and the password typed as a command.
  const con = await fakeSonic({ readPromptDelayMs: 5500 });
  try {
    await consoleBootstrap('127.0.0.1', con.port, sonicBootstrapSteps(BOOTSTRAP, { user: 'newtron', pass: SSH_PASS }), 20);
    await con.hungUp;
    expect(con.events.filter((e) => e !== 'login: ')).toEqual([
      'login: admin',
      'password: YourPaSsWoRd',
      `shell: IFS= read -rsp 'vmlab-ssh-''password: ' VMLAB_PW; echo`,
      'read prompt',
      `secret: ${SSH_PASS}`,
      expect.stringMatching(
        /^shell: S=; .*dhclient eth0; id -u newtron >\/dev\/null 2>&1 \|\| \$S useradd -m -s \/bin\/bash newtron; .*chpasswd; unset VMLAB_PW$/,
      ),
      'shell: exit',
    ]);
    expect(con.screen()).not.toContain(SSH_PASS);
    expect(con.screen()).not.toContain('YourPaSsWoRd');
    expect(con.screen()).toMatch(/logout\r\n\r\nsonic login: $/);
  } finally {
    con.close();
  }
}, 20_000);

test("the read prompt's own echo never matches what the bootstrap waits for", () => {
  const steps = sonicBootstrapSteps(BOOTSTRAP, { user: 'newtron', pass: SSH_PASS });
  expect(steps[3]).toEqual({ expect: PASSWORD_PROMPT, send: SSH_PASS });
  expect(steps[2]!.send).not.toContain(PASSWORD_PROMPT);
  // nothing typed into the shell contains ":~", the prompt the last step waits for again before logging out
  expect(steps.slice(2).every((s) => !s.send.includes(':~'))).toBe(true);
});

test('names and passwords that arrive unchecked (secrets) are still refused before anything is typed', () => {
  expect(() => sonicBootstrapSteps(BOOTSTRAP, { user: 'x; reboot', pass: 'p' })).toThrow('cannot create user "x; reboot"');
  expect(() => sonicBootstrapSteps(BOOTSTRAP, { user: 'newtron', pass: 'a\rb' })).toThrow('control character');
  expect(() => sonicBootstrapSteps({ ...BOOTSTRAP, console: { user: 'admin', pass: '\u0004' } }, { user: null, pass: null })).toThrow('control character');
});

/**
 * The command lines themselves, run by a real bash against stand-ins for
 * id, ip, dhclient, sudo, useradd, usermod and chpasswd that log their calls.
 */
describe('the shell commands, run by bash', () => {
  function sandbox(opts: { uid: number; hasAddress: boolean; userExists: boolean; sudoGroup: boolean }) {
    const dir = tmpDir('vmlab-sonic-sh-');
    const bin = join(dir, 'bin');
    mkdirSync(bin);
    const log = join(dir, 'calls.log');
    const stub = (name: string, body: string) => {
      writeFileSync(join(bin, name), `#!/bin/bash\necho "${name} $*" >> ${log}\n${body}\n`);
      chmodSync(join(bin, name), 0o755);
    };
    stub('id', `if [ "$1" = -u ] && [ -z "$2" ]; then echo ${opts.uid}; exit 0; fi; ${opts.userExists ? 'exit 0' : 'exit 1'}`);
    stub('ip', opts.hasAddress ? "echo '    inet 10.0.2.15/24 scope global eth0'" : "echo '2: eth0: <BROADCAST> mtu 1500'");
    stub('sudo', '"$@"');
    stub('chpasswd', `cat >> ${join(dir, 'chpasswd.in')}`);
    for (const name of ['dhclient', 'useradd', 'usermod']) stub(name, 'exit 0');
    writeFileSync(join(dir, 'group'), opts.sudoGroup ? 'root:x:0:\nsudo:x:27:admin\n' : 'root:x:0:\n');
    return {
      dir,
      bin,
      calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []),
      chpasswdInput: () => readFileSync(join(dir, 'chpasswd.in'), 'utf8'),
    };
  }

  async function run(box: ReturnType<typeof sandbox>, ssh: { user: string; pass: string }) {
    const shellSteps = sonicBootstrapSteps(BOOTSTRAP, ssh)
      .slice(2)
      .filter((s) => s.expect !== PASSWORD_PROMPT);
    const script = shellSteps.map((s) => s.send.replaceAll('/etc/group', join(box.dir, 'group'))).join('\n');
    await execa('bash', ['-c', script], { input: `${ssh.pass}\n`, env: { PATH: `${box.bin}:/usr/bin:/bin` } });
  }

  test('as root, without an address, new user, image with a sudo group: dhclient, useradd, sudo group, password', async () => {
    const box = sandbox({ uid: 0, hasAddress: false, userExists: false, sudoGroup: true });
    await run(box, { user: 'newtron', pass: SSH_PASS });
    expect(box.calls().filter((c) => !c.startsWith('id ') && !c.startsWith('ip '))).toEqual([
      'dhclient eth0',
      'useradd -m -s /bin/bash newtron',
      'usermod -aG sudo newtron',
      'chpasswd',
    ]);
    expect(box.chpasswdInput()).toBe(`newtron:${SSH_PASS}\n`);
  });

  test('not root (SONiC admin): everything through sudo; with an address and the user there already, no dhclient and no useradd', async () => {
    const box = sandbox({ uid: 1000, hasAddress: true, userExists: true, sudoGroup: false });
    await run(box, { user: 'newtron', pass: SSH_PASS });
    expect(box.calls().filter((c) => !c.startsWith('id ') && !c.startsWith('ip '))).toEqual(['sudo chpasswd', 'chpasswd']);
    expect(box.chpasswdInput()).toBe(`newtron:${SSH_PASS}\n`);
  });

  test('not root, no address: sudo dhclient eth0', async () => {
    const box = sandbox({ uid: 1000, hasAddress: false, userExists: true, sudoGroup: false });
    await run(box, { user: 'admin', pass: 'YourPaSsWoRd' });
    expect(box.calls().filter((c) => !c.startsWith('id ') && !c.startsWith('ip '))).toEqual(['sudo dhclient eth0', 'dhclient eth0']);
  });
});
