import { setTimeout as sleep } from 'node:timers/promises';
import { VmlabError } from '../../errors.js';
import { shellQuoted } from '../../shell-quote.js';
import type { Nic } from '../../model/types.js';
import { setLinks } from '../qemu/carrier.js';
import type { QmpClient } from '../qemu/qmp.js';

/**
 * A warm start's saved state is a migration stream in a file: written by
 * `migrate exec:cat > FILE` from the stopped template, read by a clone
 * started with `-incoming exec:cat FILE`. Chosen over a copy of an overlay
 * holding an internal snapshot (bench/RESULTS.md, "Warm start"): both start a
 * clone in well under a second, but this way every clone shares the one
 * read-only state file and gets a fresh, small overlay over the template's
 * disk instead of a copy of ~90 MB. `exec:` works on QEMU 7.2 and 10 alike
 * (`file:` came with 8.2).
 */
export const saveUri = (file: string) => `exec:cat > ${shellQuoted(file)}`;
export const loadUri = (file: string) => `exec:cat ${shellQuoted(file)}`;

/** Waits until the migration (outgoing or incoming) on this QEMU is over; fails with QEMU's reason. */
export async function migrationDone(qmp: QmpClient, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const info = (await qmp.execute('query-migrate')) as { status?: string; 'error-desc'?: string };
    if (info.status === 'completed') return;
    if (info.status === 'failed' || info.status === 'cancelled') throw new VmlabError(`${what} failed: ${info['error-desc'] ?? info.status}`);
    if (Date.now() > deadline)
      throw new VmlabError(`${what} did not finish within ${Math.round(timeoutMs / 1000)} s (migration status ${info.status ?? 'none'})`);
    await sleep(20);
  }
}

/**
 * A clone's QEMU has loaded the template's state and is paused: its data
 * NICs' carriers go off before its guest runs a single instruction, so it
 * never sends on a wire with the template's MACs (two clones would share
 * them). They come on after re-identification.
 */
export async function resumeClone(qmp: QmpClient, nics: readonly Nic[], timeoutMs: number): Promise<void> {
  await migrationDone(qmp, 'restoring the template state', timeoutMs);
  await setLinks(
    qmp,
    nics.filter((n) => n.index > 0).map((nic) => ({ nic, up: false })),
  );
  await qmp.execute('cont');
}
