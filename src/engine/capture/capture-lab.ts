import type { Writable } from 'node:stream';
import { UsageError, VmlabError } from '../../errors.js';
import type { CaptureOutcome, CaptureTap, Machine, RunningCapture } from '../../ports/machine.js';
import { loadLab } from '../../specs/load.js';
import { hostAddresses } from '../../specs/resolved.js';
import type { SpecSources } from '../../specs/types.js';
import { vmlabCommand } from '../../state/advice.js';
import { isLabQemu } from '../../state/identity.js';
import { recordedPlacement, type DeployedLab } from '../../state/lab-dir.js';
import { findCaptureTarget, notHereError, parseEndpoint, type PlacedNode } from './target.js';

export interface CaptureRequest {
  lab: DeployedLab;
  /** The lab's spec directory (-S, or the one state.json records): where a node on another host is looked up. */
  specDir: string;
  sources: SpecSources;
  /** NODE:INTERFACE, as the specs name it (a test host's too). */
  endpoint: string;
  machine: Machine;
  /** Told what the sweep of killed captures removed. */
  say(node: string, message: string): void;
}

/** A capture ready to start: the NIC it taps, found running on this machine. */
export interface PreparedCapture {
  tap: CaptureTap;
  start(options: { output: Writable; count?: number; durationMs?: number }): Promise<RunningCapture>;
}

/**
 * `vmlab capture`, up to the moment the filter goes in: the endpoint's NIC
 * among the nodes that run here (or the one clear reason there is none), its
 * QEMU alive, and the filters of captures whose vmlab was killed removed
 * first (a capture takes no lock). Where the pcap goes and how the run is
 * stopped are the caller's.
 */
export async function prepareCapture(request: CaptureRequest): Promise<PreparedCapture> {
  const { lab, machine } = request;
  const { paths, state } = lab;
  const tap = findTap(request);
  const record = state.nodes[tap.vm]!;
  const qemuAlive = () => record.pid !== null && isLabQemu(machine.processWorld.process(record.pid), paths.dir);
  if (!qemuAlive()) {
    const node = parseEndpoint(request.endpoint).node;
    const what = tap.vm === node ? tap.vm : `${tap.vm}, which holds ${node},`;
    throw new UsageError(`${what} is not running; start it first: ${vmlabCommand(paths.home, ['start', tap.vm, '-S', state.spec_dir])}`);
  }
  await machine.captures.sweep(paths, state, request.say);
  return {
    tap,
    start: (options) => machine.captures.start({ paths, tap, qemuAlive, ...options }),
  };
}

/** The endpoint's NIC on this machine, or the one clear reason there is none. */
function findTap(request: CaptureRequest): CaptureTap {
  const { lab } = request;
  const found = findCaptureTarget(request.endpoint, lab.state.nodes);
  if (found) return found;
  let placed: PlacedNode[] | null = null;
  let hosts: Record<string, string> = {};
  try {
    const spec = loadLab(request.specDir, request.sources, () => recordedPlacement(lab.state)).lab;
    placed = spec.nodes.map((n) => ({ name: n.name, host: n.host, testHosts: n.testHosts.map((h) => h.name) }));
    hosts = hostAddresses(spec.hosts);
  } catch {
    // specs moved or broken: what runs here is all there is to go by
  }
  const local = Object.entries(lab.state.nodes).flatMap(([name, r]) => [name, ...(r.test_hosts ?? []).map((h) => h.name)]);
  throw notHereError(parseEndpoint(request.endpoint).node, request.endpoint, placed, hosts, lab.state.host, local);
}

/**
 * How a finished capture ends the command: an error when its filter is still
 * in the VM; failed (exit 1) when the output broke, the stream ended with an
 * error, or it was not pcap.
 */
export function judgeCapture(outcome: CaptureOutcome, running: RunningCapture, tap: CaptureTap): { failed: boolean } {
  if (!outcome.filterRemoved) {
    throw new VmlabError(
      `could not remove capture filter ${running.filter} from ${tap.vm} (its QMP did not answer); the next vmlab command on this lab removes it`,
    );
  }
  return { failed: outcome.outputError !== null || (outcome.reason === 'source closed' && outcome.sourceError !== null) || outcome.reason === 'bad stream' };
}
