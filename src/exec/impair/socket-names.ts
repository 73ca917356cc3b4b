import { createHash } from 'node:crypto';
import { join } from 'node:path';

/**
 * The relay's two sockets of a direction. Named by a hash of its id: a Unix
 * socket path has room for 107 bytes, and node names are the user's.
 */
export function socketNames(dir: string, id: string): { tap: string; back: string } {
  const h = createHash('sha256').update(id).digest('hex').slice(0, 12);
  return { tap: join(dir, `${h}.tap`), back: join(dir, `${h}.back`) };
}
