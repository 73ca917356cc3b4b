import { availableParallelism, freemem, networkInterfaces, totalmem } from 'node:os';
import type { Machine } from '../ports/machine.js';
import type { QemuCapabilities, QemuTools } from '../ports/qemu.js';
import { procWorld } from '../state/proc-world.js';
import { sweepStaleCaptures } from './capture/sweep.js';
import { portFree, portHolder, socketStatesOnPort, tcpAnswers } from './ports.js';
import { chooseAccel, probeAccel } from './qemu/accel.js';
import { qemuCapabilities, rememberCapabilities, resolveBinary } from './qemu/capabilities.js';
import { setCarrier } from './qemu/carrier.js';
import { netdevId } from './qemu/names.js';
import { qmpWorld } from './qemu/observe.js';
import { nicPlace } from './qemu/pci.js';
import { killLabQemu } from './qemu/process.js';
import { QmpClient, withQmp } from './qemu/qmp.js';
import { labQemuProcesses } from './qemu/strays.js';

export interface LocalMachineOptions {
  /** The per-user cache directory for what QEMU answered (see qemuCapabilities); absent: none. */
  userCache?: string;
}

/**
 * This machine, as the use cases see it: its /proc, the QMP monitors of the
 * lab's QEMUs, qemu-img, and the QEMU named by `tools`. Modules that load
 * slowly (execa, ssh2) are imported when first needed, so `vmlab plan` does
 * not pay for what only `apply` or `snapshot` uses.
 */
export function localMachine(tools: QemuTools, options: LocalMachineOptions = {}): Machine {
  const qemuImg = async () => (await import('./qemu/snapshots.js')).offlineSnapshot;
  return {
    facts: () => ({ cpus: availableParallelism(), memoryMb: Math.floor(totalmem() / 2 ** 20), freeMemoryMb: Math.floor(freemem() / 2 ** 20) }),
    addresses: () => Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address)),
    world: qmpWorld,
    processWorld: procWorld,
    runtime: async (paths, runtimeOptions) => (await import('./qemu-runtime.js')).qemuRuntimes(tools)(paths, runtimeOptions),
    accel: (requested) => chooseAccel(probeAccel(), requested),
    qemu: (home) => qemuHere(tools, home, options.userCache),
    rememberQemu: rememberCapabilities,
    nicSlot: (index) => {
      const place = nicPlace(index);
      return `${place.bus}/${place.addr}`;
    },
    labQemus: labQemuProcesses,
    killQemu: killLabQemu,
    setCarrier: (paths, node, nics, up) => setCarrier(paths.monitor(node), nics, up),
    snapshots: {
      whilePaused: async (paths, nodes, fn) => {
        const { loadVm, saveVm } = await import('./qemu/snapshots.js');
        const clients = new Map<string, QmpClient>();
        try {
          for (const n of nodes) clients.set(n, await QmpClient.connect(paths.monitor(n)));
          await Promise.all([...clients.values()].map((q) => q.execute('stop')));
          await fn({
            save: (node, name) => saveVm(client(clients, node), node, name),
            load: (node, name) => loadVm(client(clients, node), node, name),
          });
        } finally {
          await Promise.all([...clients.values()].map((q) => q.execute('cont').catch(() => undefined)));
          for (const q of clients.values()) q.close();
        }
      },
      deleteLive: async (paths, node, name) => {
        const { deleteVm } = await import('./qemu/snapshots.js');
        await withQmp(paths.monitor(node), (qmp) => deleteVm(qmp, node, name));
      },
      offline: async (paths, node, op, name) => (await qemuImg())(tools.qemuImg, op === 'create' ? '-c' : '-d', name, paths.overlay(node)),
      sizes: async (paths, node) => (await import('./qemu/snapshots.js')).snapshotSizes(tools.qemuImg, paths.overlay(node)),
    },
    captures: {
      start: async (request) => {
        const { startCapture } = await import('./capture/session.js');
        const netdev = netdevId(request.tap.nic);
        const running = await startCapture({ ...request, target: { ...request.tap, netdev } });
        return { filter: running.filter, netdev, stop: (reason) => running.stop(reason), done: running.done };
      },
      sweep: sweepStaleCaptures,
    },
    guests: {
      console: async (route) => (await import('./guest-console.js')).attachConsole(route),
      run: async (login, command) => {
        const [{ sshExec }, { netnsCommand }] = await Promise.all([import('./ssh.js'), import('./host-setup.js')]);
        return sshExec(login, login.namespace === null ? command : netnsCommand(login.namespace, command));
      },
      shell: async (login, term) => (await import('./guest-shell.js')).guestShell(login, term),
    },
    ports: { free: portFree, answers: tcpAnswers, holder: portHolder, socketStates: socketStatesOnPort },
  };
}

function client(clients: Map<string, QmpClient>, node: string): QmpClient {
  const found = clients.get(node);
  if (!found) throw new Error(`${node} is not among the paused nodes`);
  return found;
}

/**
 * The QEMU here, or null when there is none (plan and validate still work,
 * for socket links). A QEMU that is installed but cannot be asked is an
 * error, never a silent fall-back to links that do not heal.
 */
async function qemuHere(tools: QemuTools, home: string, userCache: string | undefined): Promise<QemuCapabilities | null> {
  try {
    resolveBinary(tools.qemu, tools.searchPath);
  } catch {
    return null;
  }
  return qemuCapabilities(tools, home, userCache);
}
