// vmlab capture as a use case, over the fake machine: which NIC it taps, when it refuses, and how a capture's end counts.
import { PassThrough } from 'node:stream';
import { judgeCapture, prepareCapture } from '../../src/engine/capture/capture-lab.js';
import type { CaptureOutcome } from '../../src/ports/machine.js';
import { fakeLab, type FakeLab } from '../helpers/fake-lab.js';

const prepare = (t: FakeLab, endpoint: string) =>
  prepareCapture({ lab: t.lab(), specDir: t.specs, sources: {}, endpoint, machine: t.machine, say: t.reporter.node });

test("a capture taps the endpoint's NIC on its running VM, after the filters of killed captures are swept", async () => {
  const t = await fakeLab();
  t.machine.staleCaptures.set('sw1', 'removed capture filter vmlab-capture-1-dead (its vmlab is gone)');
  const capture = await prepare(t, 'sw1:Ethernet0');
  expect(capture.tap).toMatchObject({ endpoint: 'sw1:Ethernet0', vm: 'sw1', nic: { index: 1, interface: 'Ethernet0' }, peer: 'sw2:Ethernet0' });
  expect(t.progress).toContain('sw1: removed capture filter vmlab-capture-1-dead (its vmlab is gone)');
  const running = await capture.start({ output: new PassThrough(), count: 5 });
  expect(t.machine.log.slice(-2)).toEqual(['sweep captures', 'capture sw1 nic1']);
  expect(t.machine.captureRuns[0]!.request).toMatchObject({ count: 5, tap: { vm: 'sw1' } });
  // The fake's idea of "is the QEMU alive" is the use case's: the VM runs.
  expect(t.machine.captureRuns[0]!.request.qemuAlive()).toBe(true);
  running.stop('interrupted');
  const outcome = await running.done;
  expect(outcome.reason).toBe('interrupted');
  expect(judgeCapture(outcome, running, capture.tap)).toEqual({ failed: false });
});

test('a VM that does not run, a node that is not in the lab and an interface with no link are each refused with their reason', async () => {
  const t = await fakeLab();
  const fake = t.machine.lab(t.lab().paths);
  for (const [pid, node] of fake.processes) if (node === 'sw2') fake.processes.delete(pid);
  await expect(prepare(t, 'sw2:Ethernet0')).rejects.toThrow(/^sw2 is not running; start it first: VMLAB_HOME=\S+ vmlab start sw2 -S \S+specs$/);
  await expect(prepare(t, 'sw7:Ethernet0')).rejects.toThrow('no node "sw7" in this lab; nodes: sw1, sw2');
  await expect(prepare(t, 'sw1:Ethernet8')).rejects.toThrow(
    'sw1 has no link on "Ethernet8", so there is nothing to capture there; its linked interfaces: Ethernet0 (to sw2:Ethernet0)',
  );
  expect(t.machine.log).not.toContain('sweep captures');
});

test('a capture whose filter stayed in the VM is an error; a broken output or a stream that is not pcap is a failure', async () => {
  const t = await fakeLab();
  const capture = await prepare(t, 'sw1:Ethernet0');
  const running = await capture.start({ output: new PassThrough() });
  const ended = (o: Partial<CaptureOutcome>): CaptureOutcome => ({
    packets: 3,
    dropped: 0,
    reason: 'count',
    outputError: null,
    sourceError: null,
    filterRemoved: true,
    ...o,
  });
  expect(() => judgeCapture(ended({ filterRemoved: false }), running, capture.tap)).toThrow(
    `could not remove capture filter ${running.filter} from sw1 (its QMP did not answer); the next vmlab command on this lab removes it`,
  );
  expect(judgeCapture(ended({ reason: 'output closed', outputError: 'EIO' }), running, capture.tap)).toEqual({ failed: true });
  expect(judgeCapture(ended({ reason: 'bad stream', sourceError: 'not pcap' }), running, capture.tap)).toEqual({ failed: true });
  expect(judgeCapture(ended({ reason: 'source closed', sourceError: 'the VM stopped' }), running, capture.tap)).toEqual({ failed: true });
  expect(judgeCapture(ended({ reason: 'output closed' }), running, capture.tap)).toEqual({ failed: false });
});
