import { execFileSync } from 'node:child_process';
import { hostSetupScript, netnsCommand } from '../../src/exec/host-setup.js';
import { shellQuoted as shellQuote } from '../../src/shell-quote.js';
import type { TestHost } from '../../src/model/types.js';

const hosts: TestHost[] = [
  { name: 'host1', interfaces: [{ name: 'eth0', nic: 1, mac: '52:00:00:00:00:01', peer: 'sw1:Ethernet0', address: '10.0.1.2/24' }], gateway: '10.0.1.1' },
  {
    name: 'host2',
    interfaces: [
      { name: 'eth0', nic: 2, mac: '52:00:00:00:00:02', peer: null, address: null },
      { name: 'eth1', nic: 3, mac: '52:00:00:00:00:03', peer: 'sw1:Ethernet4', address: '10.0.2.2/24' },
    ],
    gateway: null,
  },
  { name: 'host3', interfaces: [], gateway: null },
];

/** The script inside the command `S='<script>'; if …`, unquoted by sh itself. */
function scriptOf(command: string): string {
  const assignment = command.slice(0, command.lastIndexOf('; if [ "$(id -u)"'));
  return execFileSync('sh', ['-c', `${assignment}; printf %s "$S"`], { encoding: 'utf8' });
}

/** The script's steps: what the generated sh does, in order (the function definitions left out). */
function steps(command: string): string[] {
  return scriptOf(command)
    .split('\n')
    .filter((l) => /^(rmns|mkns|place|keep_only|addr|route) /.test(l));
}

test('the setup: old namespaces go, then each host gets its namespace, NICs by MAC, addresses and route', () => {
  expect(steps(hostSetupScript(hosts, ['host9']))).toEqual([
    "rmns 'host9'",
    "mkns 'host1'",
    "mkns 'host2'",
    "mkns 'host3'",
    "place '52:00:00:00:00:01' 'host1' 'eth0'",
    "place '52:00:00:00:00:02' 'host2' 'eth0'",
    "place '52:00:00:00:00:03' 'host2' 'eth1'",
    "keep_only 'host1' '52:00:00:00:00:01'",
    "addr 'host1' 'eth0' '10.0.1.2/24'",
    "route 'host1' '10.0.1.1'",
    "keep_only 'host2' '52:00:00:00:00:02' '52:00:00:00:00:03'",
    "addr 'host2' 'eth0' ''",
    "addr 'host2' 'eth1' '10.0.2.2/24'",
    "route 'host2' ''",
    "keep_only 'host3'",
    "route 'host3' ''",
  ]);
});

test('the setup is valid sh and runs as root, through sudo -n otherwise', () => {
  const command = hostSetupScript(hosts);
  expect(() => execFileSync('sh', ['-n', '-c', command])).not.toThrow();
  expect(() => execFileSync('sh', ['-n', '-c', scriptOf(command)])).not.toThrow();
  expect(command).toMatch(/if \[ "\$\(id -u\)" -eq 0 \]; then sh -c "\$S"; else sudo -n sh -c "\$S"; fi$/);
});

test('values from state.json cannot break out of their quotes', () => {
  expect(shellQuote("a'b; rm -rf /")).toBe(`'a'\\''b; rm -rf /'`);
  expect(execFileSync('sh', ['-c', `printf %s ${shellQuote("it's $(x) `y`")}`], { encoding: 'utf8' })).toBe("it's $(x) `y`");
});

test("commands for a test host run in its namespace, in the login user's shell", () => {
  const command = netnsCommand('host1', "ip -br addr; echo 'done'");
  expect(() => execFileSync('sh', ['-n', '-c', command])).not.toThrow();
  expect(command).toContain(`S='ip -br addr; echo '\\''done'\\'''; N='host1';`);
  expect(command).toContain('exec "$IP" netns exec "$N" "${SHELL:-/bin/sh}" -c "$S"');
  expect(netnsCommand('host1', null)).toContain(`S='exec "\${SHELL:-/bin/sh}" -l'`);
});
