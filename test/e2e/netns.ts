import { execa } from 'execa';

/**
 * Two "servers" on one machine: two network namespaces joined by a veth
 * pair, each with its own IP. Made by the test, removed by the test
 * (needs root, as CI runs).
 */
export interface TwoServers {
  a: { ns: string; ip: string };
  b: { ns: string; ip: string };
  remove(): Promise<void>;
}

const ip = (args: string[]) => execa('ip', args);

export async function makeTwoServers(tag: string): Promise<TwoServers> {
  if (process.getuid?.() !== 0) throw new Error('the multi-host end-to-end test needs root to create network namespaces (CI runs as root)');
  const a = { ns: `vmlab-${tag}-a`, ip: '10.77.0.1' };
  const b = { ns: `vmlab-${tag}-b`, ip: '10.77.0.2' };
  const vethA = `vm${tag}a`.slice(0, 15);
  const vethB = `vm${tag}b`.slice(0, 15);
  const remove = async () => {
    for (const ns of [a.ns, b.ns]) await execa('ip', ['netns', 'delete', ns], { reject: false });
  };
  await remove();
  await ip(['netns', 'add', a.ns]);
  await ip(['netns', 'add', b.ns]);
  await ip(['link', 'add', vethA, 'type', 'veth', 'peer', 'name', vethB]);
  await ip(['link', 'set', vethA, 'netns', a.ns]);
  await ip(['link', 'set', vethB, 'netns', b.ns]);
  for (const [server, veth] of [
    [a, vethA],
    [b, vethB],
  ] as const) {
    await ip(['-n', server.ns, 'addr', 'add', `${server.ip}/24`, 'dev', veth]);
    await ip(['-n', server.ns, 'link', 'set', veth, 'up']);
    await ip(['-n', server.ns, 'link', 'set', 'lo', 'up']);
  }
  return { a, b, remove };
}
