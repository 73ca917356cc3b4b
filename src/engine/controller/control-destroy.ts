import { acquireLock } from '../../state/lock.js';
import { removeControllerRecord, writeControllerRecord, type ControllerRecord } from '../../state/controller-record.js';
import { remoteFailure, runVmlab, type SshClient } from '../../remote/ssh.js';
import { dropShipped } from '../../remote/ship.js';
import { recordUndoStore, restoreControllerProfiles } from './controller-profiles.js';
import { controllerLock } from './control-apply.js';

export interface ControlDestroyOutcome {
  /** Servers whose share is gone. */
  destroyed: string[];
  /** Per server that still holds a share: why. */
  errors: string[];
  notes: string[];
}

/**
 * Destroys a lab on every server it runs on, all at once, then puts back
 * the controller's profiles. A server that fails keeps its place in the
 * record, so running destroy again finishes the job; the record goes when
 * no server is left.
 */
export async function controlDestroy(
  client: SshClient,
  home: string,
  record: ControllerRecord,
  opts: { force: boolean; lockWaitMs: number },
): Promise<ControlDestroyOutcome> {
  const release = await acquireLock(controllerLock(home, record.name), 'vmlab destroy (controller)', opts.lockWaitMs);
  try {
    const outcomes = await Promise.all(
      record.servers.map(async (server) => {
        const run = await runVmlab(client, server, ['destroy', '--lab', record.name, '--host', server.name, ...(opts.force ? ['--force'] : [])], {
          timeoutMs: 600_000,
        });
        const absent = run.code === 3 && /is not deployed|no lab is deployed|there is no lab/.test(run.stderr);
        return { server, error: run.code === 0 || absent ? null : remoteFailure(server, run) };
      }),
    );
    // A server whose share is gone keeps no copy of the specs, secrets included (its destroy removed it if the lab was deployed there; this covers a server where it was not).
    await dropShipped(
      client,
      outcomes.filter((o) => o.error === null).map((o) => o.server),
      record.name,
    );
    const holder = { current: { ...record, servers: outcomes.filter((o) => o.error !== null).map((o) => o.server) } };
    const store = recordUndoStore(holder, (r) => writeControllerRecord(home, r));
    const notes = restoreControllerProfiles(record.spec_dir, store);
    if (holder.current.servers.length === 0) removeControllerRecord(home, record.name);
    else writeControllerRecord(home, holder.current);
    return {
      destroyed: outcomes.filter((o) => o.error === null).map((o) => o.server.name),
      errors: outcomes.flatMap((o) => (o.error === null ? [] : [o.error])),
      notes,
    };
  } finally {
    release();
  }
}
