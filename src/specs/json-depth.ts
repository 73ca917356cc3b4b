/**
 * How deep spec JSON may nest. Real spec files nest a handful of levels;
 * the parsers (jsonc-parser's, and every walk over the tree) recurse once
 * per level, so a file nested a few thousand deep would overflow the stack.
 */
export const MAX_JSON_DEPTH = 100;

/** Where a text nests deeper than MAX_JSON_DEPTH: the offset of the bracket that does, and the JSON pointer to it (shortened). */
export interface TooDeep {
  offset: number;
  pointer: string;
}

interface Frame {
  array: boolean;
  key: string;
  index: number;
  expectKey: boolean;
}

/** Segments shown of a deep pointer: the first few say where it is, the rest are the nesting. */
const SHOWN_SEGMENTS = 6;

const segment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function decodeKey(quoted: string): string {
  try {
    return String(JSON.parse(quoted));
  } catch {
    return quoted.slice(1, -1);
  }
}

function pointerOf(stack: Frame[]): string {
  const segments = stack.map((f) => (f.array ? String(f.index) : segment(f.key)));
  const shown = segments
    .slice(0, SHOWN_SEGMENTS)
    .map((s) => `/${s}`)
    .join('');
  return segments.length > SHOWN_SEGMENTS ? `${shown}/…` : shown;
}

/**
 * Finds the first bracket nested deeper than MAX_JSON_DEPTH, before any
 * recursive parser sees the text: one pass, no recursion, strings skipped.
 * Text that is not JSON is scanned as well as it goes; its syntax error is
 * the parser's to report.
 */
export function findTooDeep(text: string): TooDeep | null {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top && !top.array && top.expectKey) {
        top.key = decodeKey(text.slice(i, j + 1));
        top.expectKey = false;
      }
      i = j;
    } else if (c === '{' || c === '[') {
      if (stack.length >= MAX_JSON_DEPTH) return { offset: i, pointer: pointerOf(stack) };
      stack.push({ array: c === '[', key: '', index: 0, expectKey: c === '{' });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      const top = stack.at(-1);
      if (top?.array) top.index++;
      else if (top) top.expectKey = true;
    }
  }
  return null;
}
