import { gather } from '../../src/state/gather.js';
import { labPaths } from '../../src/state/paths.js';
import type { WorldReader } from '../../src/state/world.js';
import { graphOf } from '../helpers/lab.js';
import { deployed } from '../helpers/observed.js';

/**
 * gather looks at a running node's SSH forward relay only when its QEMU was
 * started with one: isolated, its forward on a server's address.
 */
const paths = labPaths('/home/u/.vmlab', 'lab');
const graph = graphOf({ devices: ['sw1', 'sw2'], links: [['sw1:Ethernet0', 'sw2:Ethernet0']] });

function stateWith(bind: (node: string) => string) {
  const state = deployed(graph).state!;
  for (const [name, record] of Object.entries(state.nodes)) record.bind_address = bind(name);
  return state;
}

function world(relays: Record<string, boolean>, asked: string[]): WorldReader {
  return {
    process: (pid) => ({ exe: '/usr/bin/qemu-system-x86_64', cmdline: ['qemu-system-x86_64', '-pidfile', paths.pidfile(pid === 1000 ? 'sw1' : 'sw2')] }),
    fileExists: () => true,
    relayRunning: (node) => {
      asked.push(node);
      return relays[node] ?? false;
    },
  };
}

test("a relayed node's relay is observed as running or gone; a node on loopback has none to look at", async () => {
  const asked: string[] = [];
  const state = stateWith((n) => (n === 'sw1' ? '10.78.0.1' : '127.0.0.1'));
  expect(Object.values(state.nodes).map((r) => r.pid)).toEqual([1000, 1001]);
  const seen = await gather(state, paths, {}, world({ sw1: false }, asked));
  expect(seen.nodes.sw1!.relay).toBe('gone');
  expect(seen.nodes.sw2).not.toHaveProperty('relay');
  expect(asked).toEqual(['sw1']);
  expect((await gather(state, paths, {}, world({ sw1: true }, []))).nodes.sw1!.relay).toBe('running');
});

test('an outbound node listens on the address itself: no relay to look at', async () => {
  const asked: string[] = [];
  const state = stateWith(() => '10.78.0.1');
  for (const record of Object.values(state.nodes)) record.mgmt_network = 'outbound';
  const seen = await gather(state, paths, {}, world({}, asked));
  expect([seen.nodes.sw1!.relay, seen.nodes.sw2!.relay, asked]).toEqual([undefined, undefined, []]);
});
