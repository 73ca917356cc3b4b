import { applyEdits, modify, parseTree, printParseErrorCode, type Edit, type Node, type ParseError } from 'jsonc-parser';
import { VmlabError } from '../errors.js';
import { lineAndColumn } from '../specs/json-file.js';

/**
 * Format-preserving edits of one top-level property of a JSON object file.
 * Every edit replaces a precise byte range and leaves the rest of the text
 * alone, so numbers like 4200000000123456789 or 1500.0, inline arrays, CRLF
 * line ends and a missing final newline all survive. Adding a property and
 * then removing it gives back the very same bytes.
 */

/** A profile's text, parsed: its top-level object node. */
export interface ParsedObject {
  text: string;
  root: Node;
}

/**
 * Parses a profile as strict JSON (what the spec reader accepts: no comments,
 * no trailing commas); anything else, a top-level value that is not an object,
 * or one of `keys` appearing twice, is an error naming the file and where.
 */
export function parseObject(text: string, file: string, keys: readonly string[]): ParsedObject {
  const errors: ParseError[] = [];
  // A UTF-8 byte-order mark is read as a space of the same length: offsets stay those of the text, and edits keep the mark.
  const root = parseTree(text.replace(/^\uFEFF/, ' '), errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first) throw brokenAt(file, text, first.offset, printParseErrorCode(first.error));
  if (!root || root.type !== 'object') throw new VmlabError(`${file} is not a JSON object, so vmlab cannot edit it; fix it by hand and run again`);
  // JSON.parse (and so the rest of vmlab) takes the last of two equal keys, an editor the first: refuse rather than guess.
  for (const key of keys) {
    const twice = properties(root).filter((p) => p.children![0]!.value === key);
    if (twice.length > 1) throw brokenAt(file, text, twice[1]!.offset, `"${key}" appears more than once`);
  }
  return { text, root };
}

function brokenAt(file: string, text: string, offset: number, reason: string): VmlabError {
  const { line, column } = lineAndColumn(text, offset);
  return new VmlabError(`${file} is not valid JSON at line ${line}, column ${column}: ${reason}; fix it by hand and run again`);
}

function properties(object: Node): Node[] {
  return object.children ?? [];
}

function propertyNode(parsed: ParsedObject, key: string): Node | undefined {
  return properties(parsed.root).find((p) => p.children![0]!.value === key);
}

/** The value node of a top-level property, undefined when it is absent. */
export function valueNode(parsed: ParsedObject, key: string): Node | undefined {
  return propertyNode(parsed, key)?.children?.[1];
}

/** The exact source text of a node, e.g. `1500.0` or `[1, 2]`. */
export function sourceText(parsed: ParsedObject, node: Node): string {
  return parsed.text.slice(node.offset, node.offset + node.length);
}

export function propertyNames(parsed: ParsedObject): string[] {
  return properties(parsed.root).map((p) => p.children![0]!.value as string);
}

/** Sets a property's value: replaces the old value's bytes, or appends the property. */
export function setProperty(parsed: ParsedObject, key: string, value: unknown): string {
  if (!propertyNode(parsed, key)) return applyEdits(parsed.text, [appendEdit(parsed, key, JSON.stringify(value))]);
  // Without formatting options, modify() replaces exactly the value's bytes (with formatting it would re-lay out the line).
  return applyEdits(parsed.text, modify(parsed.text, [key], value, {}));
}

/** Puts raw source text back as a present property's value, byte for byte. */
export function setPropertySource(parsed: ParsedObject, key: string, source: string): string {
  const node = valueNode(parsed, key)!;
  return applyEdits(parsed.text, [{ offset: node.offset, length: node.length, content: source }]);
}

/** Removes a property with its comma: the exact inverse of appending it. */
export function removeProperty(parsed: ParsedObject, key: string): string {
  const all = properties(parsed.root);
  const index = all.indexOf(propertyNode(parsed, key)!);
  const property = all[index]!;
  let edit: Edit;
  if (index > 0) {
    // from the end of the previous property: its comma and the line break go too
    const previous = all[index - 1]!;
    edit = { offset: end(previous), length: end(property) - end(previous), content: '' };
  } else if (all.length > 1) {
    // the first one: up to where the next one starts, so the next one takes its place and indentation
    edit = { offset: property.offset, length: all[1]!.offset - property.offset, content: '' };
  } else {
    // the only one: the object becomes `{}`, as appending to `{}` found it
    edit = { offset: parsed.root.offset + 1, length: parsed.root.length - 2, content: '' };
  }
  return applyEdits(parsed.text, [edit]);
}

/**
 * Appends a property in the object's own style: after the last property, with
 * its line break and indentation (or on the same line when the object is
 * written on one line) and its spacing around the colon. jsonc-parser's
 * modify() cannot do this on its own: without formatting options it glues the
 * property on without a line break, with them it re-formats the whole line
 * (an inline array on the last line would be expanded).
 */
function appendEdit(parsed: ParsedObject, key: string, valueSource: string): Edit {
  const { text, root } = parsed;
  const all = properties(root);
  const last = all.at(-1);
  if (!last) {
    // `{}`: nothing to copy the style from but the line ends (so `{ }` would come back as `{}`)
    return { offset: root.offset + 1, length: root.length - 2, content: `${eol(text)}  ${JSON.stringify(key)}: ${valueSource}${eol(text)}` };
  }
  const [lastKey, lastValue] = [last.children![0]!, last.children![1]!];
  const colon = text.slice(end(lastKey), lastValue.offset);
  const multiLine = /[\r\n]/.test(text.slice(root.offset + 1, all[0]!.offset));
  const separator = multiLine ? `,${eol(text)}${lineIndent(text, last.offset)}` : `,${spaceAfterComma(text, all, colon)}`;
  return { offset: end(last), length: 0, content: `${separator}${JSON.stringify(key)}${colon}${valueSource}` };
}

function end(node: Node): number {
  return node.offset + node.length;
}

/** The file's line end: CRLF stays CRLF. */
function eol(text: string): string {
  return /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
}

/** The blank space at the start of the line holding `offset`. */
function lineIndent(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))![0];
}

/** In a one-line object: the space after its commas (none when it is written compactly). */
function spaceAfterComma(text: string, all: Node[], colon: string): string {
  if (all.length > 1) return text.slice(end(all[0]!), all[1]!.offset).replace(/^\s*,/, '');
  return colon === ':' ? '' : ' ';
}
