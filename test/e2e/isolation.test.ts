/**
 * Guests are isolated from the host (issue 18): from inside a guest of a
 * 2-node lab, 10.0.2.2 (slirp's name for the host's loopback) reaches none
 * of the other node's ports (console, link listener, SSH forward) nor a
 * loopback listener of the test's own, while `vmlab ssh` to both nodes works.
 * Then the platform opts in (vm_mgmt_outbound): the plan restarts both nodes
 * saying why, and the same guest reaches the test's listener — so the
 * isolated half could fail.
 */
import { createServer, type Server } from 'node:net';
import { networkInterfaces } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { cleanUp, makeLab, requireQemu, type TestLab } from './harness.js';
import { sh } from './traffic.js';

jest.setTimeout(500_000);

const BASES = { link: 46000, console: 46010, ssh: 46020 };
/** A loopback service of the host's, as any other program on the machine might run. */
const LISTENER = 46050;

let lab: TestLab;
let server: Server;
let accepted = 0;

/** This machine's own address on its network: what a guest's ping relayed by slirp would reach. */
const hostAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)!.address;

/** Does a ping from inside sw2 to this machine's own address come back? With a default route via slirp, put there by hand. */
async function pingsOut(): Promise<boolean> {
  const out = await sh(lab, 'sw2', `ip route replace default via 10.0.2.2 dev eth0; ping -c 2 -W 2 ${hostAddress} >/dev/null 2>&1; echo "rc=$?"`);
  return out.trim() === 'rc=0';
}

/** What a connection from inside `node` to 10.0.2.2:port gives: busybox nc's exit code and message. */
async function dialHost(node: string, ports: number[]): Promise<Record<number, string>> {
  const lines = await sh(
    lab,
    node,
    ports.map((p) => `timeout 5 nc 10.0.2.2 ${p} </dev/null >/tmp/out.${p} 2>&1; echo "${p} rc=$? $(cat /tmp/out.${p})"`).join('; '),
  );
  const result: Record<number, string> = {};
  for (const line of lines.trim().split('\n')) {
    const [port, ...rest] = line.split(' ');
    result[Number(port)] = rest.join(' ');
  }
  return result;
}

beforeAll(async () => {
  requireQemu();
  server = createServer((socket) => {
    accepted++;
    socket.end('hello-from-the-host\n');
  });
  await new Promise<void>((resolve) => server.listen(LISTENER, '127.0.0.1', resolve));
  lab = makeLab('labs/two-node', 'e2e-isolation', BASES);
  const r = await lab.run(['apply', '-S', lab.specs, '--yes']);
  if (r.code !== 0) throw new Error(`apply failed:\n${r.stderr}`);
});

afterAll(async () => {
  if (lab) await cleanUp(lab);
  server?.close();
});

test("isolated by default: sw2 reaches none of sw1's ports on 10.0.2.2, nor a host loopback listener; vmlab ssh works to both", async () => {
  expect((await sh(lab, 'sw1', 'hostname')).trim()).toBe('sw1');
  expect((await sh(lab, 'sw2', 'hostname')).trim()).toBe('sw2');
  const plan = JSON.parse((await lab.run(['plan', '-S', lab.specs, '--json'])).stdout);
  expect([plan.nodes.sw1.mgmt_network, plan.nodes.sw2.mgmt_network]).toEqual(['isolated', 'isolated']);
  // sw1's console, its link listener (sw1 listens: it comes first), its SSH forward, the test's listener.
  const ports = [BASES.console, BASES.link, BASES.ssh, LISTENER];
  const seen = await dialHost('sw2', ports);
  for (const port of ports) expect(`${port}: ${seen[port]}`).toMatch(new RegExp(`^${port}: rc=1 .*Connection refused`));
  expect(accepted).toBe(0);
  // slirp itself still answers DHCP: the guest has its lease (the SSH above came through it), without a default route.
  expect(await sh(lab, 'sw2', 'ip -4 addr show eth0')).toContain('inet 10.0.2.15/24');
  expect(await sh(lab, 'sw2', 'ip route')).not.toContain('default');
  // Even with a default route via slirp, a ping of any address beyond it goes nowhere.
  expect(await pingsOut()).toBe(false);
});

test('a platform that opts in (vm_mgmt_outbound) is restarted, saying why, and its guest then reaches the host', async () => {
  const file = join(lab.specs, 'platforms.json');
  const platforms = JSON.parse(readFileSync(file, 'utf8'));
  platforms.platforms.switch.vm_mgmt_outbound = true;
  writeFileSync(file, JSON.stringify(platforms, null, 2));
  const text = (await lab.run(['plan', '-S', lab.specs])).stdout;
  expect(text).toContain('^ restart sw2\n      management network: isolated → outbound (QEMU cannot change it live)\n');
  expect(text).toContain('management network: outbound (vm_mgmt_outbound of platform switch)');
  const r = await lab.run(['apply', '-S', lab.specs, '--yes']);
  expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' });
  expect(lab.state().nodes.sw2.mgmt_network).toBe('outbound');
  const seen = await dialHost('sw2', [LISTENER]);
  expect(seen[LISTENER]).toContain('hello-from-the-host');
  expect(accepted).toBe(1);
  expect(await pingsOut()).toBe(true);
  // Converged: a second plan changes nothing.
  expect((await lab.run(['plan', '-S', lab.specs, '--detailed-exitcode'])).code).toBe(0);
});
