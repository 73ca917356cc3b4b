import { ConflictError, UsageError, VmlabError } from '../errors.js';
import { checkImageName, imageEntry, imageFile, listImageEntries, removeStoredImage, type ImageEntry } from '../images/store.js';
import { deployedNodesWhere } from '../state/node-users.js';

/** The nodes deployed in this home whose overlay stands on the image file. */
function usersOf(home: string, file: string): string[] {
  return deployedNodesWhere(home, (record) => record.config.image === file);
}

/** The entry of a NAME given by a person: a safe name (exit 3 otherwise) that the store has. */
function entryOf(home: string, name: string): ImageEntry {
  const entry = imageEntry(home, checkImageName(name));
  if (entry) return entry;
  const stored = listImageEntries(home).map((i) => i.name);
  throw new UsageError(`no stored image "${name}"; stored: ${stored.join(', ') || '(none)'}`);
}

/** `vmlab image list`: every stored image, and those that are broken with what is wrong. */
export function storedImages(home: string): { entries: ImageEntry[]; broken: { name: string; problem: string }[] } {
  const entries = listImageEntries(home);
  return { entries, broken: entries.flatMap((e) => (e.problem === null ? [] : [{ name: e.name, problem: e.problem }])) };
}

/** `vmlab image info NAME`: what the store knows of it, and which deployed nodes stand on it. */
export function imageInfo(home: string, name: string): NonNullable<ImageEntry['image']> & { used_by: string[] } {
  const entry = entryOf(home, name);
  const usedBy = usersOf(home, imageFile(home, entry.name));
  if (!entry.image) {
    const users = usedBy.length ? ` It is the base of ${usedBy.join(', ')}.` : '';
    throw new VmlabError(`image "${entry.name}" is broken: ${entry.problem}.${users} "vmlab image rm ${entry.name}" removes what is left of it.`);
  }
  return { ...entry.image, used_by: usedBy };
}

/** `vmlab image rm NAME`: refused while a deployed overlay stands on it, unless forced; says what it removed. */
export function removeImage(home: string, name: string, force: boolean): string {
  const entry = entryOf(home, name);
  const users = usersOf(home, imageFile(home, entry.name));
  if (users.length && !force)
    throw new ConflictError(`image "${entry.name}" is the base of running overlays (${users.join(', ')}); destroy those labs first, or --force`);
  removeStoredImage(home, entry.name);
  return entry.problem === null ? `Removed image "${entry.name}".` : `Removed broken image "${entry.name}" (${entry.problem}).`;
}
