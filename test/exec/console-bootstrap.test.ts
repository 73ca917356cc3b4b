import { createServer, type AddressInfo } from 'node:net';
import { consoleRoute } from '../../src/engine/guests/console-route.js';
import { consoleBootstrap } from '../../src/exec/ready.js';

/** A pretend serial console: prints a login prompt, then a shell prompt after the password. */
function fakeConsole(promptDelayMs = 0): Promise<{ port: number; typed: string[]; events: string[]; hungUp: Promise<void>; close(): void }> {
  const typed: string[] = [];
  const events: string[] = [];
  let hangUp!: () => void;
  const hungUp = new Promise<void>((resolve) => (hangUp = resolve));
  const server = createServer((socket) => {
    socket.on('end', () => hangUp());
    let line = '';
    socket.write('\r\nswitch login: ');
    socket.on('data', (d) => {
      line += d.toString();
      let cr: number;
      while ((cr = line.indexOf('\r')) >= 0) {
        const entered = line.slice(0, cr);
        line = line.slice(cr + 1);
        if (entered === '') socket.write('\r\nswitch login: ');
        else {
          typed.push(entered);
          events.push(`typed ${entered}`);
          const prompt = () => {
            if (!socket.writable) return;
            events.push('prompt');
            socket.write(typed.length === 1 ? 'Password: ' : 'admin@switch:~$ ');
          };
          // A command takes a while before the shell prompts again.
          if (typed.length > 2 && promptDelayMs > 0) setTimeout(prompt, promptDelayMs);
          else prompt();
        }
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port, typed, events, hungUp, close: () => server.close() })),
  );
}

/** A login, then one command: what a platform's console bootstrap usually does. */
const LOGIN_AND_DHCP = [
  { expect: 'login:', send: 'admin' },
  { expect: 'Password:', send: 'YourPaSsWoRd' },
  { expect: '$ ', send: 'sudo dhclient eth0' },
];

test('console bootstrap waits for each expected text, then types its line, then logs out', async () => {
  const con = await fakeConsole();
  try {
    await consoleBootstrap('127.0.0.1', con.port, LOGIN_AND_DHCP, 10);
    await con.hungUp; // everything typed has reached the console
    expect(con.typed).toEqual(['admin', 'YourPaSsWoRd', 'sudo dhclient eth0', 'exit']);
  } finally {
    con.close();
  }
});

test('the logout waits for the last prompt to come back, so a slow last command does not read it as input', async () => {
  const con = await fakeConsole(400);
  try {
    await consoleBootstrap('127.0.0.1', con.port, LOGIN_AND_DHCP, 10);
    await con.hungUp;
    expect(con.events.slice(-3)).toEqual(['typed sudo dhclient eth0', 'prompt', 'typed exit']);
  } finally {
    con.close();
  }
});

test('a prompt that never comes is a timeout that names it', async () => {
  const con = await fakeConsole();
  try {
    await expect(consoleBootstrap('127.0.0.1', con.port, [{ expect: 'sonic login:', send: 'admin' }], 1)).rejects.toThrow(
      '"sonic login:" never appeared on the console within 1 s',
    );
  } finally {
    con.close();
  }
});

describe('vmlab console: how a console is reached', () => {
  test('a node on this machine: straight to 127.0.0.1, where every console listens', () => {
    expect(consoleRoute('127.0.0.1', 30000, ['10.0.0.1'])).toEqual({ via: 'tcp', host: '127.0.0.1', port: 30000 });
    // a node of a multi-host lab whose host is this machine
    expect(consoleRoute('10.0.0.1', 30001, ['127.0.0.1', '10.0.0.1'])).toEqual({ via: 'tcp', host: '127.0.0.1', port: 30001 });
  });

  test('a node on another server: ssh to that server relays its 127.0.0.1 console port (ssh -W)', () => {
    expect(consoleRoute('10.0.0.2', 30002, ['127.0.0.1', '10.0.0.1'])).toEqual({
      via: 'ssh',
      argv: ['ssh', '-o', 'BatchMode=yes', '-W', '127.0.0.1:30002', '--', '10.0.0.2'],
    });
  });
});
