/**
 * The SSH forward relay of one isolated node of a lab of several hosts (see
 * model/mgmt-network.ts, sshForward): it listens on the server's address at
 * the node's SSH port and carries each connection to QEMU's hostfwd on
 * loopback, at the same port, so slirp sees a loopback client and the guest,
 * which has no route off its own link, can answer it.
 *
 * It lives exactly as long as its QEMU: started after it (forward-relay.ts),
 * it exits once that PID is no longer this lab's QEMU, and on SIGTERM.
 * Usage: forward-relay-main.js <listen-address> <port> <qemu-pid> <qemu-pidfile>
 */
import { connect, createServer, type Socket } from 'node:net';
import { procProcess } from '../../state/proc-world.js';
import { labQemuNode } from '../../state/identity.js';
import { dirname } from 'node:path';

const [address, portText, pidText, qemuPidfile] = process.argv.slice(2);
const port = Number(portText);
const qemuPid = Number(pidText);
if (!address || !Number.isInteger(port) || !Number.isInteger(qemuPid) || !qemuPidfile) {
  process.stderr.write('usage: forward-relay-main.js <listen-address> <port> <qemu-pid> <qemu-pidfile>\n');
  process.exit(2);
}
// The lab directory is the pidfile's grandparent (<lab>/qemu/<node>.pid): what proves the PID is still our QEMU.
const labDir = dirname(dirname(qemuPidfile));
const qemuAlive = () => labQemuNode(procProcess(qemuPid), labDir) !== null;

/** Either side closing or failing ends both: a half-open SSH session helps nobody. */
function splice(client: Socket): void {
  const upstream = connect({ host: '127.0.0.1', port });
  const end = () => {
    client.destroy();
    upstream.destroy();
  };
  for (const socket of [client, upstream]) {
    socket.setNoDelay(true);
    socket.once('error', end);
    socket.once('close', end);
  }
  client.pipe(upstream);
  upstream.pipe(client);
}

const server = createServer(splice);
server.once('error', (err) => {
  process.stderr.write(`forward relay ${address}:${port}: ${err.message}\n`);
  process.exit(1);
});
server.listen({ host: address, port, exclusive: true }, () => {
  // The one line the starter waits for; nothing else is written to stdout.
  process.stdout.write('listening\n');
});

setInterval(() => {
  if (!qemuAlive()) process.exit(0);
}, 500).unref();
if (!qemuAlive()) process.exit(0);
process.on('SIGTERM', () => process.exit(0));
