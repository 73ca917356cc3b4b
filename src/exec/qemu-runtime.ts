import { chmodSync, closeSync, existsSync, mkdirSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { makeLabDirectory } from '../state/state-store.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { VmlabError } from '../errors.js';
import type { DesiredNode, Nic } from '../model/types.js';
import type { Secrets } from '../specs/secrets.js';
import type { LabPaths } from '../state/paths.js';
import type { ImageIdentity } from '../state/image-identity.js';
import { imageIdentity } from '../state/read-image-identity.js';
import { chooseAccel, probeAccel } from './qemu/accel.js';
import type { Accel, StreamReconnect } from '../ports/qemu.js';
import type { QemuTools } from '../ports/qemu.js';
import { reconnects } from '../model/links.js';
import { splitEndpoint } from '../model/topology.js';
import { qemuArgv } from './qemu/argv.js';
import { CONSOLE_CHARDEV, netdevId, nicDeviceId } from './qemu/names.js';
import { socketStates } from './qemu/netinfo.js';
import { startQemu, stopQemu } from './qemu/process.js';
import { withQmp } from './qemu/qmp.js';
import { setCarrier, setLinks } from './qemu/carrier.js';
import { createOverlay } from './overlay.js';
import { consoleBootstrap, waitForSsh } from './ready.js';
import { sonicBootstrapSteps } from './sonic-bootstrap.js';
import { sonicBootstrapSummary } from '../specs/sonic.js';
import { ensureLabKey, installKeyCommand } from './lab-key.js';
import type { Client } from 'ssh2';
import { execOn, sshExec } from './ssh.js';
import { hostSetupScript } from './host-setup.js';
import type { LiveStep, Progress, RemoteListener, Runtime, RuntimeFactory, StartOptions } from '../ports/runtime.js';
import { directionId } from '../model/impairment.js';
import { relayDelete, relayPut } from './impair/relay.js';
import { divert, impairArgv, undivert } from './impair/wiring.js';
import { tcpAnswers } from './ports.js';
import { sshForward } from '../model/mgmt-network.js';
import { startForwardRelay, stopForwardRelay } from './relay/forward-relay.js';
import { runningQemu } from './qemu/process.js';
import type { BuildTemplateAction } from '../plan/types.js';
import { templatePaths } from '../state/templates.js';
import { killLabQemu } from './qemu/process.js';
import { finishBuild, prepareBuild, saveAndQuit } from './warm/build-template.js';
import { loadUri, resumeClone } from './warm/migrate.js';
import { reidentifyScript } from './warm/reidentify-script.js';

/** The runtime that drives real QEMU processes for one lab. */
export class QemuRuntime implements Runtime {
  constructor(
    private readonly paths: LabPaths,
    private readonly accel: Accel,
    /** QEMU, qemu-img and the stop grace, as the CLI read them from the environment. */
    private readonly tools: QemuTools,
    /** Reveals `${secret:KEY}` in logins and console text at the moment they are used; absent: there are none. */
    private readonly secrets?: Secrets,
    /** How this QEMU spells a stream connector's retry option (see capabilities.ts). */
    private readonly reconnectOption: StreamReconnect = 'reconnect-ms',
    /** How its chardevs spell theirs (null: QEMU before 8.0, whose chardevs count seconds). */
    private readonly chardevReconnect: StreamReconnect | null = reconnectOption,
  ) {}

  async waitForListeners(node: DesiredNode, remote: RemoteListener[], progress: Progress): Promise<void> {
    const deadline = Date.now() + node.bootTimeoutS * 1000;
    for (const listener of remote) {
      const where = `${splitEndpoint(listener.peer)[0]} on ${listener.host} ${listener.address}:${listener.port}`;
      let told = false;
      // A connect that is closed at once: QEMU's listening socket accepts again afterwards (measured).
      while (!(await tcpAnswers(listener.address, listener.port, 2000))) {
        if (Date.now() > deadline)
          throw new VmlabError(
            `${where} did not answer within ${node.bootTimeoutS} s; is "vmlab apply --host ${listener.host}" done there, and is port ${listener.port} open?`,
          );
        if (!told) progress.node(node.name, `waits for ${where}`);
        told = true;
        await sleep(1000);
      }
    }
  }

  async start(node: DesiredNode, { fresh, paused, template, impaired = [] }: StartOptions): Promise<number> {
    makeLabDirectory(this.paths);
    for (const dir of [this.paths.qemuDir, this.paths.disksDir, this.paths.logsDir]) mkdirSync(dir, { recursive: true, mode: 0o700 });
    const clone = fresh && !paused && template !== undefined ? templatePaths(this.paths.home, template.key) : null;
    if (clone && !existsSync(join(clone.dir, 'template.json'))) {
      throw new VmlabError(`template ${template!.key} is gone from ${clone.dir} (removed since the plan was made?): plan again`);
    }
    if (fresh) {
      // A clone's overlay stands on the template's disk, which holds the booted guest's writes.
      await createOverlay(this.tools.qemuImg, clone ? clone.disk : node.image, this.paths.overlay(node.name));
      rmSync(this.paths.consoleLog(node.name), { force: true });
    }
    rmSync(this.paths.monitor(node.name), { force: true });
    privateLog(this.paths.consoleLog(node.name));
    // The relay first: the QEMU's chardevs find it as soon as they try, and no frame passes unimpaired.
    for (const i of impaired) await relayPut(this.paths, directionId(node.name, i.nic), i.impairment);
    const diverted = impairArgv(
      this.paths,
      node.name,
      impaired.map((i) => i.nic),
      this.chardevReconnect,
    );
    const argv = [...qemuArgv(node, this.paths, this.accel, this.reconnectOption), ...diverted];
    const extra = clone ? ['-incoming', loadUri(clone.state)] : paused ? ['-S'] : [];
    const pid = await startQemu(this.tools.qemu, [...argv, ...extra], this.paths.pidfile(node.name));
    try {
      await startForwardRelay(this.paths, node.name, sshForward(node), pid);
      if (clone) await withQmp(this.paths.monitor(node.name), (qmp) => resumeClone(qmp, node.nics, 120_000));
    } catch (err) {
      // Not recorded yet: a QEMU left waiting for its state would hold the node's ports until the next apply reaps it.
      await killLabQemu(pid, this.paths.dir);
      await stopForwardRelay(this.paths, node.name);
      throw err;
    }
    return pid;
  }

  async reidentify(node: DesiredNode, progress: Progress): Promise<void> {
    const revealed = revealSecrets(node, this.secrets);
    if (revealed.credentials.user === null) {
      throw new VmlabError(
        `no login known for ${node.name}, so its clone cannot be re-identified: set vm_credentials in its platform (or turn vm_warm_start off)`,
      );
    }
    const script = reidentifyScript(node);
    try {
      await waitForSsh(
        { ...this.readyTarget(revealed, this.paths.consoleLog(node.name)), timeoutS: node.bootTimeoutS },
        () => progress.node(node.name, `re-identifying over SSH on ${sshForward(node).qemuAddress}:${node.sshPort}`),
        async (client) => {
          const result = await execOn(client, script);
          if (result.code !== 0) throw new VmlabError(`re-identifying ${node.name} failed (exit ${result.code}): ${(result.stderr || result.stdout).trim()}`);
        },
      );
    } catch (err) {
      if (this.secrets && err instanceof Error) err.message = this.secrets.redact(err.message);
      throw err;
    }
  }

  async buildTemplate(action: BuildTemplateAction, progress: Progress): Promise<void> {
    const t0 = Date.now();
    makeLabDirectory(this.paths);
    const build = prepareBuild(this.paths, action.template.key);
    const node = action.desired;
    await createOverlay(this.tools.qemuImg, node.image, build.overlay(''));
    privateLog(build.consoleLog(''));
    const pid = await startQemu(this.tools.qemu, qemuArgv(node, build, this.accel, this.reconnectOption), build.pidfile(''));
    try {
      // No lab key: a template serves every lab of this home; each clone gets its own lab's key at readiness.
      await this.readiness(node, progress, build.consoleLog(''), false);
      progress.node(node.name, `template ${action.template.key} booted: saving its state`);
      await saveAndQuit(build, pid, 300_000);
    } catch (err) {
      await killLabQemu(pid, this.paths.dir);
      for (const f of [build.pidfile(''), build.monitor('')]) rmSync(f, { force: true });
      rmSync(build.work, { recursive: true, force: true });
      throw err;
    }
    finishBuild(this.paths.home, build, action, (Date.now() - t0) / 1000, this.now());
  }

  async stop(name: string, pid: number | null, graceful: boolean): Promise<string> {
    if (pid === null) return 'not running';
    const how = await stopQemu(pid, this.paths.monitor(name), this.paths.dir, graceful ? this.tools.stopGraceMs : 0);
    // It would exit by itself within half a second of its QEMU; stopped here, its port is free for what starts next.
    await stopForwardRelay(this.paths, name);
    rmSync(this.paths.pidfile(name), { force: true });
    rmSync(this.paths.monitor(name), { force: true });
    return how;
  }

  /**
   * QEMU 7.2 does not fail when a connect is refused: the netdev just stays
   * unconnected forever. So after a start every connecting netdev is checked,
   * for a moment, until it shows a connection. A stream connector that
   * reconnects is not: it keeps trying until its listener is there.
   */
  async unconnectedLinks(node: DesiredNode): Promise<string[]> {
    const connectors = node.nics.filter((n) => n.link?.mode === 'connect' && !reconnects(n.link));
    if (connectors.length === 0) return [];
    let down: string[] = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      const states = await withQmp(this.paths.monitor(node.name), async (qmp) => socketStates(await qmp.hmp('info network')));
      down = connectors.filter((n) => states.get(netdevId(n)) !== 'up').map((n) => n.interface!);
      if (down.length === 0) return [];
      await sleep(100);
    }
    return down;
  }

  async waitReady(node: DesiredNode, progress: Progress): Promise<void> {
    await this.readiness(node, progress, this.paths.consoleLog(node.name), true);
  }

  private async readiness(node: DesiredNode, progress: Progress, consoleLog: string, installKey: boolean): Promise<void> {
    try {
      await this.waitReadyRevealed(revealSecrets(node, this.secrets), progress, consoleLog, installKey);
    } catch (err) {
      // What SSH or the console said may repeat a secret it was given: never in a message.
      if (this.secrets && err instanceof Error) err.message = this.secrets.redact(err.message);
      throw err;
    }
  }

  /** QEMU's own forward, on this machine: a template being built has no relay, and a clone's is not up yet when it is re-identified. */
  private readyTarget(node: DesiredNode, consoleLog: string) {
    return {
      name: node.name,
      host: sshForward(node).qemuAddress,
      sshPort: node.sshPort,
      user: node.credentials.user,
      pass: node.credentials.pass,
      timeoutS: node.bootTimeoutS,
      consoleLog,
    };
  }

  private async waitReadyRevealed(node: DesiredNode, progress: Progress, consoleLog: string, installKey: boolean): Promise<void> {
    if (node.sonicBootstrap) {
      progress.node(node.name, `running the built-in SONiC console bootstrap: ${sonicBootstrapSummary(node.sonicBootstrap, node.credentials)}`);
      await consoleBootstrap(node.consoleBind, node.consolePort, sonicBootstrapSteps(node.sonicBootstrap, node.credentials), node.bootTimeoutS);
    } else if (node.consoleBootstrap.length > 0) {
      progress.node(node.name, 'running the console bootstrap');
      await consoleBootstrap(node.consoleBind, node.consolePort, node.consoleBootstrap, node.bootTimeoutS);
    }
    this.labKey ??= ensureLabKey(this.paths);
    const key = installKey ? await this.labKey : null;
    await waitForSsh(
      this.readyTarget(node, consoleLog),
      () => progress.node(node.name, `waiting for SSH on ${sshForward(node).qemuAddress}:${node.sshPort}`),
      // The lab key goes on in the readiness session, so `vmlab ssh-config` logins need no password.
      key === null ? undefined : (client) => this.installLabKey(node, client, key),
    );
  }

  private labKey: Promise<string | null> | null = null;

  async setupTestHosts(node: DesiredNode, remove: string[]): Promise<void> {
    // The login as the specs give it may be a ${secret:KEY}: revealed for this session only.
    const { user, pass } = revealSecrets(node, this.secrets).credentials;
    if (user === null)
      throw new VmlabError(
        `no login known for ${node.name}, so its test hosts cannot be set up: set vm_credentials in the hosts' platform or ssh_user/ssh_pass in their profiles`,
      );
    const result = await sshExec({ host: sshForward(node).qemuAddress, port: node.sshPort, user, pass }, hostSetupScript(node.testHosts, remove), 60_000);
    if (result.code !== 0) {
      throw new VmlabError(`setting up the test hosts in ${node.name} failed (exit ${result.code}): ${(result.stderr || result.stdout).trim()}`);
    }
  }

  private async installLabKey(node: DesiredNode, client: Client, key: string): Promise<void> {
    const result = await execOn(client, installKeyCommand(key));
    if (result.code !== 0) throw new VmlabError(`could not install the lab's SSH key on ${node.name}: ${result.stderr.trim()}`);
  }

  /** Everything here was measured to work on a running QEMU 7.2 (docs/design-notes.md, "Changing a running VM"). */
  async updateLive(name: string, steps: LiveStep[]): Promise<void> {
    await withQmp(this.paths.monitor(name), async (qmp) => {
      for (const step of steps) {
        switch (step.step) {
          case 'move-ssh': {
            // Whether the forward is relayed follows from the running QEMU's own options, not from the specs.
            const running = runningQemu(this.paths, name);
            const mgmtOutbound = running === null || !running.restricted;
            const from = sshForward({ mgmtOutbound, bindAddress: step.from.address, sshPort: step.from.port });
            const to = sshForward({ mgmtOutbound, bindAddress: step.to.address, sshPort: step.to.port });
            const removed = await qmp.hmp(`hostfwd_remove mgmt tcp:${from.qemuAddress}:${step.from.port}`);
            const added = await qmp.hmp(`hostfwd_add mgmt tcp:${to.qemuAddress}:${step.to.port}-:22`);
            if (added.trim() !== '') throw new VmlabError(`could not move the SSH forward to ${step.to.port}: ${added.trim()} ${removed.trim()}`);
            await stopForwardRelay(this.paths, name);
            if (running !== null) await startForwardRelay(this.paths, name, to, running.pid);
            break;
          }
          case 'move-console':
            await qmp.execute('chardev-change', {
              id: CONSOLE_CHARDEV,
              backend: {
                type: 'socket',
                data: {
                  addr: { type: 'inet', data: { host: step.to.address, port: String(step.to.port) } },
                  server: true,
                  wait: false,
                  telnet: false,
                  logfile: this.paths.consoleLog(name),
                  logappend: true,
                },
              },
            });
            break;
          case 'unplug-nic':
            // Carrier down for the guest, and the socket closed so its port is free for whatever comes next.
            await qmp.execute('set_link', { name: nicDeviceId({ index: step.nic }), up: false });
            await qmp.execute('netdev_del', { id: netdevId({ index: step.nic }) });
            break;
          case 'set-carrier':
            await setLinks(qmp, [{ nic: { index: step.nic }, up: step.up }]);
            break;
          case 'resume':
            await qmp.execute('cont');
            break;
          case 'impair': {
            const id = directionId(name, step.nic);
            if (step.after === null) {
              await undivert(qmp, step.nic);
              await relayDelete(this.paths, id);
            } else {
              // The relay knows the direction before the NIC sends it anything.
              await relayPut(this.paths, id, step.after);
              await divert(qmp, this.paths, name, step.nic, this.chardevReconnect);
            }
            break;
          }
          case 'restart-relay': {
            const running = runningQemu(this.paths, name);
            if (running === null) throw new VmlabError(`the QEMU of ${name} is gone: its SSH forward relay cannot start (plan again)`);
            await startForwardRelay(this.paths, name, sshForward({ bindAddress: step.address, sshPort: step.port }), running.pid);
            break;
          }
        }
      }
    });
  }

  async setCarrier(name: string, nics: Pick<Nic, 'index'>[], up: boolean): Promise<void> {
    await setCarrier(this.paths.monitor(name), nics, up);
  }

  imageIdentity(image: string): Promise<ImageIdentity | null> {
    return imageIdentity(this.paths.home, image);
  }

  now(): Date {
    return new Date();
  }

  removeFiles(name: string): void {
    for (const file of [
      this.paths.overlay(name),
      this.paths.pidfile(name),
      this.paths.monitor(name),
      this.paths.consoleLog(name),
      this.paths.relayPidfile(name),
      this.paths.relayLog(name),
    ]) {
      rmSync(file, { force: true });
    }
  }
}

/**
 * QEMU creates the console log with the default umask (often world-readable)
 * and appends to an existing one: made here first, 0600, it stays private.
 * What a guest prints on its console (logins, keys) is its owner's business.
 */
function privateLog(file: string): void {
  closeSync(openSync(file, 'a', 0o600));
  chmodSync(file, 0o600);
}

/**
 * The node with its `${secret:KEY}` references revealed, for the readiness
 * check only: the login and the console bootstrap's `send` text. The node
 * itself (in the graph, the plan, state.json) keeps the references.
 */
export function revealSecrets(node: DesiredNode, secrets: Secrets | undefined): DesiredNode {
  if (!secrets) return node;
  return {
    ...node,
    credentials: {
      user: secrets.reveal(node.credentials.user, `the login user of ${node.name}`),
      pass: secrets.reveal(node.credentials.pass, `the password of ${node.name}`),
    },
    consoleBootstrap: node.consoleBootstrap.map((step, i) => ({ ...step, send: secrets.reveal(step.send, `console bootstrap step ${i + 1} of ${node.name}`) })),
    sonicBootstrap: node.sonicBootstrap && {
      ...node.sonicBootstrap,
      console: {
        user: secrets.reveal(node.sonicBootstrap.console.user, `the console user of ${node.name}`) ?? node.sonicBootstrap.console.user,
        pass: secrets.reveal(node.sonicBootstrap.console.pass, `the console password of ${node.name}`) ?? node.sonicBootstrap.console.pass,
      },
    },
  };
}

/**
 * The one way use cases get a runtime for real QEMU: the accelerator is the
 * one asked for, else the best this machine has (a runtime that only stops
 * and removes, as destroy's, never starts anything with it).
 */
export const qemuRuntimes =
  (tools: QemuTools): RuntimeFactory =>
  (paths, options) =>
    new QemuRuntime(
      paths,
      options.accel ?? chooseAccel(probeAccel()).accel,
      tools,
      options.secrets,
      options.qemu?.streamReconnect ?? undefined,
      options.qemu ? options.qemu.streamReconnect : 'reconnect-ms',
    );
