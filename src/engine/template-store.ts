import { ConflictError, UsageError } from '../errors.js';
import { listTemplates, lockTemplates, removeTemplate, templateUsers, type TemplateRecord } from '../state/templates.js';

/** `vmlab template list`: every warm-start template of this home, with the clones that stand on it. */
export function templatesInUse(home: string): (TemplateRecord & { used_by: string[] })[] {
  return listTemplates(home).map((t) => ({ ...t, used_by: templateUsers(home, t.key) }));
}

/**
 * `vmlab template rm KEY`: under the templates lock (no apply is between its
 * plan and its clones' records), refused while clones stand on it unless
 * forced. Returns what it removed.
 */
export async function removeTemplateInUse(home: string, key: string | undefined, force: boolean): Promise<TemplateRecord> {
  const templates = listTemplates(home);
  if (!key) throw new UsageError('vmlab template rm needs a KEY (see "vmlab template list")');
  if (!templates.some((x) => x.key === key)) throw new UsageError(`no template "${key}"; templates: ${templates.map((x) => x.key).join(', ') || '(none)'}`);
  const release = await lockTemplates(home, 'vmlab template rm', 'exclusive', 0);
  try {
    // Looked at again under the lock.
    const t = listTemplates(home).find((x) => x.key === key);
    if (!t) throw new UsageError(`no template "${key}" (another run removed it)`);
    const users = templateUsers(home, t.key);
    if (users.length > 0 && !force)
      throw new ConflictError(`template ${t.key} is the backing disk of clones (${users.join(', ')}); destroy those labs first, or --force`);
    removeTemplate(home, t.key);
    return t;
  } finally {
    release();
  }
}
