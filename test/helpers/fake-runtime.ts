import type { LiveStep, Runtime, StartOptions } from '../../src/ports/runtime.js';
import { directionId, type Impairment } from '../../src/model/impairment.js';
import type { StateSink } from '../../src/engine/execute/state-sink.js';
import type { DesiredNode, Nic } from '../../src/model/types.js';
import type { BuildTemplateAction, ProfilePatch } from '../../src/plan/types.js';
import { patchProfileText, restoreProfileText } from '../../src/profiles/patch.js';
import type { LabPaths } from '../../src/state/paths.js';
import type { LabState } from '../../src/state/types.js';
import type { WorldReader } from '../../src/state/world.js';
import type { ProfileFile } from '../../src/specs/types.js';

/**
 * A pretend machine: QEMU processes and overlay files in memory, a clock
 * that does not move. It "starts QEMU" by adding a process that /proc would
 * show as this lab's QEMU, so gather() sees what the executor did.
 */
export class FakeRuntime implements Runtime {
  processes = new Map<number, string>();
  files = new Set<string>();
  nextPid = 100;
  /** Nodes whose QEMU fails to start. */
  failStart = new Set<string>();
  /** Nodes whose guest never becomes ready. */
  failReady = new Set<string>();
  log: string[] = [];
  /** The pretend QEMUs' diverted NICs, by node, and the pretend impairment relay (null: not running). */
  diverted = new Map<string, Set<number>>();
  relay: Map<string, Impairment> | null = null;
  constructor(readonly paths: LabPaths) {}

  world(): WorldReader {
    return {
      process: (pid) =>
        this.processes.has(pid)
          ? { exe: '/usr/bin/qemu-system-x86_64', cmdline: ['qemu', '-pidfile', this.paths.pidfile(this.processes.get(pid) ?? '')] }
          : null,
      fileExists: (path) => this.files.has(path),
      queryVm: async (node) => ({ status: 'running', links: {}, diverted: [...(this.diverted.get(node) ?? [])].sort() }),
      impairRelay: async () =>
        this.relay === null
          ? null
          : {
              pid: 4242,
              directions: Object.fromEntries(
                [...this.relay].map(([id, impairment]) => [id, { impairment, counters: {}, connected: { tap: true, back: true } }]),
              ),
            },
    };
  }
  async start(node: DesiredNode, options: StartOptions) {
    if (this.failStart.has(node.name)) throw new Error(`QEMU of ${node.name} exited at once`);
    if (options.fresh) this.files.add(this.paths.overlay(node.name));
    // As the real runtime: the relay told first, the NICs diverted from the start.
    for (const i of options.impaired ?? []) (this.relay ??= new Map()).set(directionId(node.name, i.nic), i.impairment);
    this.diverted.set(node.name, new Set((options.impaired ?? []).map((i) => i.nic)));
    const pid = this.nextPid++;
    this.processes.set(pid, node.name);
    this.log.push(`start ${node.name}${options.paused ? ' paused' : ''}${options.template ? ` from ${options.template.key}` : ''}`);
    return pid;
  }
  /** Templates "built": their keys. */
  templates = new Set<string>();
  async buildTemplate(action: BuildTemplateAction) {
    this.templates.add(action.template.key);
    this.log.push(`build-template ${action.template.key}`);
  }
  async reidentify(node: DesiredNode) {
    this.log.push(`reidentify ${node.name}`);
  }
  async stop(name: string, pid: number | null) {
    if (pid !== null) this.processes.delete(pid);
    this.log.push(`stop ${name}`);
    return 'powered down';
  }
  async waitForListeners() {}
  async unconnectedLinks() {
    return [];
  }
  async waitReady(node: DesiredNode) {
    if (this.failReady.has(node.name)) throw new Error(`${node.name} was not ready within 1 s`);
  }
  async updateLive(name: string, steps: LiveStep[]) {
    this.log.push(`update ${name}: ${steps.map((s) => s.step).join(',')}`);
    for (const s of steps) {
      if (s.step !== 'impair') continue;
      const nics = this.diverted.get(name) ?? new Set<number>();
      this.diverted.set(name, nics);
      const id = directionId(name, s.nic);
      if (s.after === null) {
        nics.delete(s.nic);
        this.relay?.delete(id);
      } else {
        nics.add(s.nic);
        (this.relay ??= new Map()).set(id, s.after);
      }
    }
  }
  async setupTestHosts(node: DesiredNode, remove: string[]) {
    this.log.push(`setup ${node.name}: ${node.testHosts.map((h) => h.name).join(',')}${remove.length ? ` -${remove.join(',')}` : ''}`);
  }
  async setCarrier(name: string, nics: Pick<Nic, 'index'>[], up: boolean) {
    this.log.push(`carrier ${name} nic${nics.map((n) => n.index).join(',')} ${up ? 'on' : 'off'}`);
  }
  removeFiles(name: string) {
    this.files.delete(this.paths.overlay(name));
  }
  async imageIdentity() {
    return { size: 1, mtime: '2026-01-01T00:00:00.000Z', hash: 'image' };
  }
  now() {
    return new Date('2026-11-27T10:00:00.000Z');
  }
}

/** state.json and the profile files, in memory; profiles are written through the same pure patch code as the real sink. */
export class FakeSink implements StateSink {
  state: LabState;
  /** Profile files by their path in the spec directory (`profiles/leaf1.json`). */
  profiles = new Map<string, string>();
  writes = 0;
  constructor(state: LabState | null, name = 'lab') {
    this.state = state ?? {
      format_version: 1,
      name,
      created: '2026-11-27T10:00:00.000Z',
      spec_dir: '/specs',
      host: null,
      serial: 0,
      lineage: 'lineage',
      nodes: {},
      links: [],
      profiles: {},
    };
  }
  update(change: (draft: LabState) => void) {
    const next = structuredClone(this.state);
    change(next);
    next.serial += 1;
    this.state = next;
    this.writes++;
  }
  patchProfile(owner: string, profile: ProfilePatch) {
    const before = this.profiles.get(profile.file) ?? null;
    const { text, record, notes } = patchProfileText(profile.file, before, profile.patch, this.state.profiles[owner]);
    this.update((d) => (d.profiles[owner] = record));
    this.profiles.set(profile.file, text);
    return notes;
  }
  restoreProfile(owner: string) {
    const saved = this.state.profiles[owner];
    if (!saved) return [];
    const { text, notes } = restoreProfileText(this.profiles.get(saved.file) ?? null, saved);
    if (text === null) this.profiles.delete(saved.file);
    else this.profiles.set(saved.file, text);
    this.update((d) => {
      delete d.profiles[owner];
    });
    return notes;
  }
  /** The profiles as gather() gets them from readSpecs(). */
  profileFiles(): Record<string, ProfileFile> {
    const out: Record<string, ProfileFile> = {};
    for (const [file, text] of this.profiles) out[file.replace(/^.*\//, '').replace(/\.json$/, '')] = { file, text, value: JSON.parse(text) };
    return out;
  }
}
