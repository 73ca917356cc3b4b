#!/usr/bin/env node
// A stand-in for OpenSSH that makes every injection real: it parses its
// arguments as OpenSSH does (options before the destination, and again after
// it unless `--` came first; `-oProxyCommand=` from the arguments, with `%h`
// and `%r` expanded unescaped, as OpenSSH before 9.6 did, then run through
// `sh -c`), and "runs" the remote command line in a local `sh -c`, as the
// remote user's shell would, with HOME set to the fake server's directory
// (FAKE_SSH_ROOT/<destination's host>) and that directory's bin/ first on
// PATH. Each call is logged (one JSON line) to FAKE_SSH_LOG.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const WITH_ARGUMENT = new Set(['-o', '-F', '-i', '-l', '-p', '-W', '-J', '-E', '-b', '-c', '-D', '-L', '-R', '-S', '-e', '-m', '-O', '-Q', '-w', '-B', '-I']);
const args = process.argv.slice(2);
const options = [];
let destination;
let terminated = false;
let i = 0;
while (i < args.length) {
  const a = args[i];
  if (!terminated && a === '--') {
    terminated = true;
    i += 1;
    if (destination === undefined) destination = args[i++];
    break;
  }
  if (!terminated && a.startsWith('-') && a.length > 1) {
    if (WITH_ARGUMENT.has(a)) {
      options.push(`${a}${args[i + 1] ?? ''}`);
      i += 2;
    } else {
      options.push(a);
      i += 1;
    }
    continue;
  }
  if (destination === undefined) {
    destination = a;
    i += 1;
    continue; // OpenSSH parses options again after the destination
  }
  break;
}
const line = args.slice(i).join(' ');
if (process.env.FAKE_SSH_LOG) appendFileSync(process.env.FAKE_SSH_LOG, `${JSON.stringify({ options, destination, line })}\n`);
if (destination === undefined) {
  process.stderr.write('usage: ssh destination [command]\n');
  process.exit(255);
}
const at = destination.lastIndexOf('@');
const user = at < 0 ? 'root' : destination.slice(0, at);
const host = at < 0 ? destination : destination.slice(at + 1);
for (const o of options) {
  const m = /^-o\s*ProxyCommand[= ](.*)$/is.exec(o);
  if (m) spawnSync('sh', ['-c', m[1].replaceAll('%h', host).replaceAll('%r', user).replaceAll('%%', '%')], { stdio: 'ignore' });
}
const home = join(process.env.FAKE_SSH_ROOT ?? '/nonexistent', host.replace(/[^A-Za-z0-9._-]/g, '_'));
mkdirSync(home, { recursive: true });
const r = spawnSync('sh', ['-c', line], { stdio: 'inherit', env: { ...process.env, HOME: home, PATH: `${join(home, 'bin')}:${process.env.PATH}` } });
process.exit(r.status ?? 255);
