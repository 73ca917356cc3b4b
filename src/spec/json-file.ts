import { readFileSync } from 'node:fs';
import type { SpecIssue } from '../errors.js';

export type JsonRead =
  | { ok: true; text: string; value: unknown }
  | { ok: false; issue: SpecIssue };

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

/** Parses JSON text; a syntax error becomes an issue with line and column. */
export function parseJson(text: string, file: string): JsonRead {
  try {
    return { ok: true, text, value: JSON.parse(text) };
  } catch (err) {
    const message = (err as Error).message;
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : text.length;
    const { line, column } = lineAndColumn(text, offset);
    const reason = message.replace(/\s*(in JSON )?at position \d+.*$/s, '').replace(/^JSON\.parse: /, '');
    return {
      ok: false,
      issue: { file, path: '', message: `malformed JSON at line ${line}, column ${column}: ${reason}` },
    };
  }
}

export function readJson(absPath: string, file: string): JsonRead {
  let text: string;
  try {
    text = readFileSync(absPath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'file not found' : `cannot read: ${(err as Error).message}`;
    return { ok: false, issue: { file, path: '', message } };
  }
  return parseJson(text, file);
}
