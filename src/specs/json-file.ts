import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { SpecIssue } from '../errors.js';
import { findTooDeep, MAX_JSON_DEPTH } from './json-depth.js';
import { readSpecText } from './spec-file.js';

export type JsonRead = { ok: true; text: string; value: unknown } | { ok: false; issues: SpecIssue[] };

/** A UTF-8 byte-order mark, as some Windows editors write it: not part of the JSON. */
const BOM = '\uFEFF';

/** Line and column (1-based) of a character offset, for parse errors. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const at = (text: string, offset: number) => {
  const { line, column } = lineAndColumn(text, offset);
  return `line ${line}, column ${column}`;
};

/** jsonc-parser's error codes (a const enum in its typings, so spelled out here) in words. */
const SYNTAX: Record<number, string> = {
  1: 'unexpected character',
  2: 'invalid number',
  3: 'expected a property name in double quotes',
  4: 'expected a value',
  5: "expected ':' after the property name",
  6: "expected ',' between two entries",
  7: "expected '}' to close the object",
  8: "expected ']' to close the array",
  9: 'unexpected text after the end of the JSON value',
  10: 'comments are not allowed in JSON',
  11: 'unterminated comment',
  12: 'unterminated string',
  13: 'incomplete number',
  14: 'invalid \\u escape',
  15: 'invalid escape character in a string',
  16: 'invalid character in a string (control characters must be escaped)',
};

const INVALID_SYMBOL = 1;
const PROPERTY_NAME_EXPECTED = 3;
const VALUE_EXPECTED = 4;

function syntaxReason(text: string, error: ParseError): string {
  if (text.trim() === '') return 'the file is empty';
  const expectsMore = error.error === PROPERTY_NAME_EXPECTED || error.error === VALUE_EXPECTED;
  if (expectsMore && text.slice(0, error.offset).trimEnd().endsWith(',')) return 'a comma after the last entry (JSON allows none there)';
  if (error.error === INVALID_SYMBOL) {
    const token = text.slice(error.offset, error.offset + Math.max(1, error.length));
    return `unexpected ${JSON.stringify(token)}${token.startsWith("'") ? ' (JSON strings take double quotes)' : ''}`;
  }
  return SYNTAX[error.error] ?? 'not valid JSON';
}

function syntaxIssue(text: string, error: ParseError, file: string): SpecIssue {
  const reason = syntaxReason(text, error);
  return { file, path: '', message: `malformed JSON at ${at(text, error.offset)}: ${reason}` };
}

/** One JSON pointer segment: '~' and '/' escaped (RFC 6901). */
const segment = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * Keys that occur twice in one object. JSON.parse keeps the last one without
 * a word, so a second "vm_memory" further down would silently win.
 */
function duplicateKeys(node: Node, pointer: string, text: string, file: string, issues: SpecIssue[]): void {
  if (node.type === 'array') {
    node.children?.forEach((child, i) => duplicateKeys(child, `${pointer}/${i}`, text, file, issues));
    return;
  }
  if (node.type !== 'object') return;
  const seen = new Map<string, Node>();
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (keyNode === undefined) continue;
    const key = String(keyNode.value);
    const path = `${pointer}/${segment(key)}`;
    const first = seen.get(key);
    if (first) {
      issues.push({
        file,
        path,
        message: `key "${key}" appears twice in this object (${at(text, first.offset)} and ${at(text, keyNode.offset)}), and only the last one would count; remove one`,
      });
    } else {
      seen.set(key, keyNode);
    }
    if (valueNode) duplicateKeys(valueNode, path, text, file, issues);
  }
}

/**
 * JSON objects as objects without a prototype: a spec's names are keys of
 * its maps (devices, hosts, platforms, interfaces), and with a prototype a
 * device named "constructor" or "toString" would find Object's methods, and
 * one named "__proto__" its prototype, where a lookup of a name finds none.
 */
function withoutPrototype(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.assign(Object.create(null) as object, value);
}

/** The issue for text nested deeper than vmlab reads, or null. */
export function depthIssue(text: string, file: string): SpecIssue | null {
  const deep = findTooDeep(text);
  if (deep === null) return null;
  return {
    file,
    path: deep.pointer,
    message: `nested more than ${MAX_JSON_DEPTH} levels deep (at ${at(text, deep.offset)}); vmlab reads JSON nested at most ${MAX_JSON_DEPTH} levels deep`,
  };
}

/**
 * Parses the text of a spec file. A syntax error becomes one issue with its
 * line and column; every duplicate key becomes one issue with its JSON path.
 * A leading byte-order mark is skipped (line and column do not count it).
 * Objects in the value have no prototype (withoutPrototype).
 */
export function parseJson(raw: string, file: string): JsonRead {
  const text = raw.startsWith(BOM) ? raw.slice(BOM.length) : raw;
  const deep = depthIssue(text, file);
  if (deep) return { ok: false, issues: [deep] };
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) return { ok: false, issues: [syntaxIssue(text, errors[0]!, file)] };
  const issues: SpecIssue[] = [];
  if (tree) duplicateKeys(tree, '', text, file, issues);
  if (issues.length > 0) return { ok: false, issues };
  try {
    // The tree is only for finding mistakes: the value is exactly what JSON.parse makes of the text.
    return { ok: true, text: raw, value: JSON.parse(text, withoutPrototype) };
  } catch (err) {
    // Whatever jsonc-parser lets through that JSON does not (e.g. exotic whitespace).
    const message = (err as Error).message;
    const position = /at position (\d+)/.exec(message);
    const where = position ? ` at ${at(text, Number(position[1]))}` : '';
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/s, '');
    return { ok: false, issues: [{ file, path: '', message: `malformed JSON${where}: ${reason}` }] };
  }
}

/** Reads and parses a spec file: a regular file within the size cap (spec-file.ts), else one issue saying what it is. */
export function readJson(absPath: string, file: string): JsonRead {
  const read = readSpecText(absPath);
  if (!read.ok) return { ok: false, issues: [{ file, path: '', message: read.message }] };
  return parseJson(read.text, file);
}
