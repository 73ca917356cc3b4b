import { existsSync, readFileSync, rmSync } from 'node:fs';
import fastJsonPatch, { type Operation } from 'fast-json-patch';
import writeFileAtomic from 'write-file-atomic';

const { applyPatch, compare, deepClone } = fastJsonPatch;

/** The indentation a JSON file uses, so a patched file looks as it did. */
export function detectIndent(text: string): string | number {
  const match = /\n([ \t]+)"/.exec(text);
  return match ? match[1]! : 2;
}

/**
 * Applies a JSON Patch to a profile's text. Fields keep their order (new ones
 * go last), the indentation and the final newline stay as they were. Returns
 * the new text and the patch that undoes it.
 */
export function patchProfileText(text: string | null, patch: Operation[]): { text: string; restore: Operation[] } {
  const before = text === null ? {} : (JSON.parse(text) as object);
  const after = applyPatch(deepClone(before), patch, false, false).newDocument as object;
  const indent = text === null ? 2 : detectIndent(text);
  const newline = text === null || text.endsWith('\n') ? '\n' : '';
  return { text: `${JSON.stringify(after, null, indent)}${newline}`, restore: compare(after, before) };
}

/** Undoes vmlab's fields, op by op: a field the user changed or removed since is left as it is now. */
export function restoreProfileText(text: string, restore: Operation[]): string {
  let doc = JSON.parse(text) as object;
  for (const op of restore) {
    try {
      doc = applyPatch(doc, [op], false, true).newDocument as object;
    } catch {
      // the field is gone already
    }
  }
  return `${JSON.stringify(doc, null, detectIndent(text))}${text.endsWith('\n') ? '\n' : ''}`;
}

export function readText(file: string): string | null {
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

export function writeTextAtomic(file: string, text: string): void {
  writeFileAtomic.sync(file, text);
}

export function removeFile(file: string): void {
  rmSync(file, { force: true });
}
