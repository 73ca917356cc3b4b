import { setTimeout as sleep } from 'node:timers/promises';
import { type LinkAdminRequest, setLinkAdmin } from './link-admin.js';

export interface LinkFlapRequest extends Omit<LinkAdminRequest, 'admin' | 'all' | 'endpoint'> {
  endpoint: string;
  downMs: number;
  upMs: number;
  /** Flaps to do; absent: until stopped. */
  count?: number;
  /** Stops the flapping (Ctrl-C, SIGTERM): the link is brought up, then it returns. */
  signal: AbortSignal;
}

/**
 * `vmlab link flap`: the link down (carrier off on both ends, as `link
 * down`), then up, on a schedule. Each change is a `link down|up` of its own
 * (under the lab lock for a moment, recorded as an intent), so an apply or a
 * status in between sees the link as it is. However it stops, it leaves the
 * link up.
 */
export async function flapLink(request: LinkFlapRequest): Promise<{ flaps: number }> {
  const { signal, downMs, upMs, count, ...rest } = request;
  const set = (admin: 'down' | 'up') => setLinkAdmin({ ...rest, admin, all: false, command: `vmlab link flap ${request.endpoint} (${admin})` });
  const pause = (ms: number) => sleep(ms, undefined, { signal }).catch(() => undefined);
  let flaps = 0;
  try {
    while (!signal.aborted && (count === undefined || flaps < count)) {
      await set('down');
      await pause(downMs);
      await set('up');
      flaps++;
      if (count !== undefined && flaps >= count) break;
      await pause(upMs);
    }
  } finally {
    // Stopped while down (or a change failed half way): up again before anything else.
    await set('up');
  }
  return { flaps };
}
