// What a controller ships to its servers (issue 18): exactly the files its own
// vmlab read, as regular files, checked before anything is sent.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa, execaSync } from 'execa';
import { loadLab } from '../../src/specs/load.js';
import { shipmentOf, shipmentTar } from '../../src/remote/ship.js';
import { SpecError } from '../../src/errors.js';

let root: string;
/** A repository in newtron's layout: networks/2sw (topology.json, nodes/, secrets.json) and platforms/ two levels up. */
let net: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'vmlab-ship-'));
  cpSync('fixtures/newtron/networks/2sw', join(root, 'repo', 'networks', '2sw'), { recursive: true });
  cpSync('fixtures/newtron/platforms', join(root, 'repo', 'platforms'), { recursive: true });
  mkdirSync(join(root, 'repo', '.git'));
  net = join(root, 'repo', 'networks', '2sw');
  // A key the lab does not use: it must stay on the controller.
  writeFileSync(join(net, 'secrets.json'), JSON.stringify({ switch_admin: 'S1', sw1_admin: 'S2', other_lab_root: 'NOT-SHIPPED' }), { mode: 0o600 });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The issues of the SpecError a shipment throws, as "file: message". */
function refusal(dir: string, change: () => void): string[] {
  const loaded = loadLab(dir);
  change();
  try {
    shipmentOf(loaded, {});
  } catch (err) {
    expect(err).toBeInstanceOf(SpecError);
    return (err as SpecError).issues.map((i) => `${i.file}: ${i.message}`);
  }
  throw new Error('shipped');
}

test('a network directory ships its topology, its nodes and the platforms it uses from the platforms/ found walking up, nothing else', () => {
  writeFileSync(join(net, 'disk.qcow2'), Buffer.alloc(1024 * 1024));
  writeFileSync(join(net, 'notes.txt'), 'not read by vmlab');
  const shipment = shipmentOf(loadLab(net), {});
  expect(shipment.files.map((f) => f.name).sort()).toEqual([
    'specs/nodes/sw1.json',
    'specs/nodes/sw2.json',
    'specs/nodes/sw3.json',
    'specs/platforms/sonic-vs.json',
    'specs/topology.json',
  ]);
  expect(shipment.layout).toEqual({ specs: 'specs', platforms: 'specs/platforms', secrets: 'specs/secrets.json', placement: 'placement.json' });
});

test('only the secret keys the lab refers to are shipped', () => {
  const secrets = shipmentOf(loadLab(net), {}).texts.find((t) => t.name === 'specs/secrets.json')!;
  expect(JSON.parse(secrets.text)).toEqual({ switch_admin: 'S1', sw1_admin: 'S2' });
  expect(secrets.mode).toBe(0o600);
});

test('a symlinked spec directory ships what it points at; a profile symlinked inside the directory ships as its file', () => {
  mkdirSync(join(net, 'shared'));
  writeFileSync(join(net, 'shared', 'sw2.json'), readFileSync(join(net, 'nodes', 'sw2.json')));
  unlinkSync(join(net, 'nodes', 'sw2.json'));
  symlinkSync('../shared/sw2.json', join(net, 'nodes', 'sw2.json'));
  const link = join(root, 'repo', 'networks', 'alias');
  symlinkSync(net, link);
  const shipment = shipmentOf(loadLab(link), {});
  const sw2 = shipment.files.find((f) => f.name === 'specs/nodes/sw2.json')!;
  expect(sw2.path).toBe(join(net, 'shared', 'sw2.json'));
  expect(shipment.files.find((f) => f.name === 'specs/topology.json')!.path).toBe(join(net, 'topology.json'));
});

test('a profile symlinked out of the directory is exit 3 naming it', () => {
  writeFileSync(join(root, 'outside.json'), readFileSync(join(net, 'nodes', 'sw2.json')));
  unlinkSync(join(net, 'nodes', 'sw2.json'));
  symlinkSync(join(root, 'outside.json'), join(net, 'nodes', 'sw2.json'));
  expect(() => shipmentOf(loadLab(net), {})).toThrow(/nodes\/sw2\.json: is a symlink to .*outside\.json, outside .*2sw/);
});

test('a FIFO or a socket where a profile was is exit 3 naming it, never a hang', async () => {
  const fifo = refusal(net, () => {
    unlinkSync(join(net, 'nodes', 'sw2.json'));
    execaSync('mkfifo', [join(net, 'nodes', 'sw2.json')]);
  });
  expect(fifo).toEqual(['nodes/sw2.json: is a FIFO (named pipe): only regular files are shipped to servers']);
  unlinkSync(join(net, 'nodes', 'sw2.json'));
  const loaded = loadLab(net);
  unlinkSync(join(net, 'nodes', 'sw3.json'));
  const server = createServer();
  await new Promise<void>((r) => server.listen(join(net, 'nodes', 'sw3.json'), r));
  try {
    expect(() => shipmentOf(loaded, {})).toThrow(/nodes\/sw3\.json: is a socket: only regular files are shipped/);
  } finally {
    server.close();
  }
});

test('a device where a profile was is exit 3 naming it', () => {
  const issues = refusal(net, () => {
    unlinkSync(join(net, 'nodes', 'sw3.json'));
    symlinkSync('/dev/zero', join(net, 'nodes', 'sw3.json'));
  });
  expect(issues).toEqual([expect.stringMatching(/^nodes\/sw3\.json: is a symlink to \/dev\/zero, outside/)]);
});

test('a spec file past the size cap (16 MiB) is exit 3 naming it and the cap', () => {
  const issues = refusal(net, () => writeFileSync(join(net, 'nodes', 'sw3.json'), Buffer.alloc(17 * 1024 * 1024, 0x20)));
  expect(issues).toEqual([expect.stringMatching(/^nodes\/sw3\.json: is 17\.0 MiB; a spec file shipped to servers may be at most 16 MiB/)]);
});

test('the tar holds regular files (0600) and directories only, each with the bytes the controller read', async () => {
  const shipment = shipmentOf(loadLab(net), { sw1: 'server-a' });
  const out = join(root, 'out');
  mkdirSync(out);
  const tar = execa('tar', ['-x', '-v', '-f', '-', '-C', out]);
  shipmentTar(shipment).pipe(tar.stdin!);
  await tar;
  const { stdout } = await execa('find', [out, '-mindepth', '1', '-printf', '%y %m %P\n']);
  expect(stdout.split('\n').sort()).toEqual(
    [
      'd 700 specs/platforms',
      'd 700 specs',
      'd 700 specs/nodes',
      'f 600 placement.json',
      'f 600 specs/platforms/sonic-vs.json',
      'f 600 specs/secrets.json',
      'f 600 specs/nodes/sw1.json',
      'f 600 specs/nodes/sw2.json',
      'f 600 specs/nodes/sw3.json',
      'f 600 specs/topology.json',
    ].sort(),
  );
  for (const f of shipment.files) expect(readFileSync(join(out, f.name))).toEqual(readFileSync(f.path));
  expect(JSON.parse(readFileSync(join(out, 'placement.json'), 'utf8'))).toEqual({ sw1: 'server-a' });
});
