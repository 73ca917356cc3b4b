import { isDeepStrictEqual } from 'node:util';
import type { Operation } from 'fast-json-patch';
import { getNodeValue } from 'jsonc-parser';
import { InternalError, VmlabError } from '../errors.js';
import { PROFILE_FIELDS } from '../plan/profile-actions.js';
import type { OwnedProfileField, ProfileFieldUndo, ProfileRestore } from '../state/types.js';
import { parseObject, propertyNames, removeProperty, setProperty, setPropertySource, sourceText, valueNode, type ParsedObject } from './json-edit.js';

/**
 * Patching a profile and putting it back, as pure functions of its text.
 * vmlab owns three fields (PROFILE_FIELDS) and edits only their values' bytes;
 * the undo of each is recorded the first time vmlab changes it, with the
 * original value's source text, so destroy can give back the file byte for
 * byte, and leaves alone whatever the user changed since.
 */

type OwnedValue = string | number;

export interface PatchedProfile {
  /** The profile's new text (the old one when nothing had to change). */
  text: string;
  /** The undo record to keep in state.json before the text is written. */
  record: ProfileRestore;
  notes: string[];
}

export interface RestoredProfile {
  /** The text to write back; null when the profile should not exist (vmlab created it, or it is gone). */
  text: string | null;
  /** What was left as the user made it, for people to read. */
  notes: string[];
}

/**
 * Applies a plan's patch-profile operations (add or replace of an owned
 * field) to a profile's text, null when there is no file yet, and extends
 * the undo record `saved` with every field changed for the first time.
 */
export function patchProfileText(file: string, before: string | null, patch: Operation[], saved: ProfileRestore | undefined): PatchedProfile {
  const wanted = ownedValues(file, patch);
  if (before === null) return createProfile(file, wanted, saved);
  const record = saved ?? { file, existed: true, fields: {} };
  assertCurrentFormat(record);
  let parsed = parseObject(before, file, PROFILE_FIELDS);
  const fields = { ...record.fields };
  for (const [field, value] of wanted) {
    const node = valueNode(parsed, field);
    const holds = node !== undefined && isDeepStrictEqual(getNodeValue(node), value);
    const undo = fields[field];
    // Already right and never touched: vmlab changes nothing here, so there is nothing to undo.
    if (holds && !undo) continue;
    fields[field] = undo ? { ...undo, written: value } : { ...originalOf(parsed, field), written: value };
    if (!holds) parsed = parseObject(setProperty(parsed, field, value), file, []);
  }
  return { text: parsed.text, record: { ...record, fields }, notes: [] };
}

/**
 * Undoes vmlab's fields in a profile's current text: a field that still holds
 * what vmlab wrote gets its original source text back (or is removed if it
 * was not there); one the user changed or removed since is left and reported.
 * A profile vmlab created goes only if nothing else is left in it.
 */
export function restoreProfileText(current: string | null, record: ProfileRestore): RestoredProfile {
  const { file } = record;
  assertCurrentFormat(record);
  if (current === null) return { text: null, notes: record.existed ? [`${file} is gone; nothing to put back`] : [] };
  let parsed = parseObject(current, file, PROFILE_FIELDS);
  const notes: string[] = [];
  for (const field of PROFILE_FIELDS) {
    const undo = record.fields[field];
    if (!undo) continue;
    const step = undoField(parsed, field, undo);
    if ('note' in step) notes.push(`${file}: ${step.note}`);
    if ('text' in step) parsed = parseObject(step.text, file, []);
  }
  if (record.existed) return { text: parsed.text, notes };
  const left = propertyNames(parsed);
  if (left.length === 0) return { text: null, notes };
  notes.push(`${file} was created by vmlab but now holds more than vmlab wrote (${left.join(', ')}); kept`);
  return { text: parsed.text, notes };
}

/** The owned fields and values a plan's patch sets; anything else is a bug upstream, refused before any write. */
function ownedValues(file: string, patch: Operation[]): [OwnedProfileField, OwnedValue][] {
  return patch.map((op) => {
    const field = op.path.slice(1) as OwnedProfileField;
    const value = 'value' in op ? (op.value as unknown) : undefined;
    const owned = op.path.startsWith('/') && PROFILE_FIELDS.includes(field);
    if ((op.op !== 'add' && op.op !== 'replace') || !owned || (typeof value !== 'string' && typeof value !== 'number')) {
      throw new InternalError(`vmlab may only set ${PROFILE_FIELDS.join(', ')} in ${file}, not ${op.op} ${op.path}`);
    }
    return [field, value];
  });
}

/** A new profile holds only vmlab's fields, as two-space JSON with a final newline. */
function createProfile(file: string, wanted: [OwnedProfileField, OwnedValue][], saved: ProfileRestore | undefined): PatchedProfile {
  const fields: ProfileRestore['fields'] = {};
  for (const [field, value] of wanted) fields[field] = { had: false, written: value };
  // A record for a file that is gone is stale: the user deleted the profile, and without it there is nothing to put back.
  const notes = saved ? [`${file} was deleted since vmlab patched it; it is created anew, and destroy will remove it`] : [];
  return { text: `${JSON.stringify(Object.fromEntries(wanted), null, 2)}\n`, record: { file, existed: false, fields }, notes };
}

/** What a field was before vmlab first changed it. */
function originalOf(parsed: ParsedObject, field: OwnedProfileField): Omit<ProfileFieldUndo, 'written'> {
  const node = valueNode(parsed, field);
  return node ? { had: true, original_text: sourceText(parsed, node) } : { had: false };
}

/** Undoes one field: the new text, or a note when the user's edit stands (or nothing, when there is nothing to do). */
function undoField(parsed: ParsedObject, field: OwnedProfileField, undo: ProfileFieldUndo): { text: string } | { note: string } | Record<string, never> {
  const node = valueNode(parsed, field);
  const wrote = JSON.stringify(undo.written);
  if (!node) return undo.had ? { note: `${field} was removed after vmlab wrote ${wrote}; left out` } : {};
  const now = sourceText(parsed, node);
  // Already the original: a destroy interrupted after writing the file, or an apply interrupted before it.
  if (undo.had && now === undo.original_text) return {};
  if (!isDeepStrictEqual(getNodeValue(node), undo.written)) {
    return { note: `${field} was changed to ${now.replace(/\s+/g, ' ')} after vmlab wrote ${wrote}; left as it is` };
  }
  return { text: undo.had ? setPropertySource(parsed, field, undo.original_text!) : removeProperty(parsed, field) };
}

/** state.json written by an older vmlab kept fast-json-patch operations here, which cannot tell a user's edit from vmlab's. */
function assertCurrentFormat(record: ProfileRestore): void {
  if (record.fields !== undefined) return;
  throw new VmlabError(
    `${record.file}: state.json records how to put it back in the format of an older vmlab (${JSON.stringify(record)}); put back its mgmt_ip, ssh_port and console_port by hand and remove that record from state.json`,
  );
}
