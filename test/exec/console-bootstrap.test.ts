import { createServer, type AddressInfo } from 'node:net';
import { consoleBootstrap } from '../../src/exec/ready.js';

/** A pretend serial console: prints a login prompt, then a shell prompt after the password. */
function fakeConsole(): Promise<{ port: number; typed: string[]; hungUp: Promise<void>; close(): void }> {
  const typed: string[] = [];
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
          socket.write(typed.length === 1 ? 'Password: ' : 'admin@switch:~$ ');
        }
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ port: (server.address() as AddressInfo).port, typed, hungUp, close: () => server.close() })),
  );
}

test('console bootstrap waits for each expected text, then types its line', async () => {
  const con = await fakeConsole();
  try {
    await consoleBootstrap('127.0.0.1', con.port, [
      { expect: 'login:', send: 'admin' },
      { expect: 'Password:', send: 'YourPaSsWoRd' },
      { expect: '$ ', send: 'sudo dhclient eth0' },
    ], 10);
    await con.hungUp; // everything typed has reached the console
    expect(con.typed).toEqual(['admin', 'YourPaSsWoRd', 'sudo dhclient eth0']);
  } finally {
    con.close();
  }
});

test('a prompt that never comes is a timeout that names it', async () => {
  const con = await fakeConsole();
  try {
    await expect(consoleBootstrap('127.0.0.1', con.port, [{ expect: 'sonic login:', send: 'admin' }], 1)).rejects.toThrow('"sonic login:" never appeared on the console within 1 s');
  } finally {
    con.close();
  }
});
