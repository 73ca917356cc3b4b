import type { ErrorObject, ValidateFunction } from 'ajv';
import { parseTree, type Node } from 'jsonc-parser';
import type { SpecIssue } from '../errors.js';
import * as generated from './validators.generated.js';

// Precompiled by ajv from schemas.ts (see validator-source.ts): no schema compilation at start-up.
export const validateTopology = generated.validateTopology as ValidateFunction;
export const validateNetworkTopology = generated.validateNetworkTopology as ValidateFunction;
export const validatePlatforms = generated.validatePlatforms as ValidateFunction;
export const validatePlatform = generated.validatePlatform as ValidateFunction;
export const validateProfile = generated.validateProfile as ValidateFunction;

/** Values longer than this are shown cut (a megabyte-long string is not worth printing whole). */
const SHOWN_CHARS = 80;

/** The node at a JSON pointer of a parsed text, or undefined. */
function nodeAt(tree: Node | undefined, pointer: string): Node | undefined {
  let node = tree;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node?.type === 'array') node = node.children?.[Number(key)];
    else if (node?.type === 'object') node = node.children?.find((p) => p.children?.[0]?.value === key)?.children?.[1];
    else return undefined;
  }
  return node;
}

/**
 * A value as the file writes it: `1e400` is Infinity to JSON.parse and
 * "null" to JSON.stringify, so a message would show neither. Without the
 * text (or where it cannot be found), the value as JSON.
 */
function writtenAs(error: ErrorObject, text: string | undefined, tree: () => Node | undefined): string {
  const node = text === undefined ? undefined : nodeAt(tree(), error.instancePath);
  const shown = node !== undefined ? text!.slice(node.offset, node.offset + node.length) : (JSON.stringify(error.data) ?? String(error.data));
  return shown.length > SHOWN_CHARS ? `${shown.slice(0, SHOWN_CHARS)}…` : shown;
}

/** Turns one ajv error into a message that says what would be right. */
function describe(error: ErrorObject, written: (error: ErrorObject) => string): { path: string; message: string } {
  const params = error.params as Record<string, unknown>;
  const path = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return { path, message: `missing required field "${String(params.missingProperty)}"` };
    case 'additionalProperty':
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema as { properties?: object })?.properties ?? {});
      return {
        path: `${path}/${String(params.additionalProperty)}`,
        message: `unknown field "${String(params.additionalProperty)}"; known fields: ${known.join(', ')}`,
      };
    }
    case 'enum':
      return {
        path,
        message: `${written(error)} is not allowed; use one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`,
      };
    case 'type':
    case 'minimum':
    case 'maximum': {
      const schema = error.parentSchema as { type?: string | string[]; minimum?: number; maximum?: number };
      // A host entry takes either kind: "a string or an object".
      const kinds = Array.isArray(schema.type) ? schema.type : [String(schema.type ?? params.type)];
      let want = schema.type === 'integer' ? 'an integer' : kinds.map((k) => `${/^[aeiou]/.test(k) ? 'an' : 'a'} ${k}`).join(' or ');
      if (schema.type === 'integer' && schema.minimum === 1 && (schema.maximum === undefined || schema.maximum === Number.MAX_SAFE_INTEGER))
        want = 'a positive integer';
      if (schema.maximum !== undefined && schema.maximum !== Number.MAX_SAFE_INTEGER) want = `an integer from ${schema.minimum} to ${schema.maximum}`;
      return { path, message: `${written(error)} is not valid; must be ${want}` };
    }
    case 'pattern': {
      // A pattern is "." (non-empty) unless its schema describes what it wants (state and record files).
      const wanted = (error.parentSchema as { description?: string } | undefined)?.description;
      return { path, message: wanted ? `${JSON.stringify(error.data)} is not valid; must be ${wanted}` : 'must not be empty' };
    }
    default:
      return { path, message: error.message ?? 'is not valid' };
  }
}

/** One issue per distinct ajv error. `text`: the file's text, to show values as written there. */
export function schemaIssues(file: string, errors: ErrorObject[] | null | undefined, prefix = '', text?: string): SpecIssue[] {
  const seen = new Set<string>();
  const issues: SpecIssue[] = [];
  let tree: Node | undefined | null = null;
  const parsed = () => (tree ??= text === undefined ? undefined : parseTree(text.replace(/^\uFEFF/, '')));
  for (const error of errors ?? []) {
    const { path, message } = describe(error, (e) => writtenAs(e, text?.replace(/^\uFEFF/, ''), parsed));
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ file, path: prefix + path, message });
  }
  return issues;
}
