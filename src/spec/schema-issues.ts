import type { ErrorObject, ValidateFunction } from 'ajv';
import type { SpecIssue } from '../errors.js';
import * as generated from './validators.generated.js';

// Precompiled by ajv from schemas.ts (see validator-source.ts): no schema compilation at start-up.
export const validateTopology = generated.validateTopology as ValidateFunction;
export const validateNetworkTopology = generated.validateNetworkTopology as ValidateFunction;
export const validatePlatforms = generated.validatePlatforms as ValidateFunction;
export const validatePlatform = generated.validatePlatform as ValidateFunction;
export const validateProfile = generated.validateProfile as ValidateFunction;

/** Turns one ajv error into a message that says what would be right. */
function describe(error: ErrorObject): { path: string; message: string } {
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
        message: `${JSON.stringify(error.data)} is not allowed; use one of: ${(params.allowedValues as unknown[]).map(String).join(', ')}`,
      };
    case 'type':
    case 'minimum':
    case 'maximum': {
      const schema = error.parentSchema as { type?: string | string[]; minimum?: number; maximum?: number };
      // A host entry takes either kind: "a string or an object".
      const kinds = Array.isArray(schema.type) ? schema.type : [String(schema.type ?? params.type)];
      let want = schema.type === 'integer' ? 'an integer' : kinds.map((k) => `${/^[aeiou]/.test(k) ? 'an' : 'a'} ${k}`).join(' or ');
      if (schema.type === 'integer' && schema.minimum === 1 && schema.maximum === undefined) want = 'a positive integer';
      if (schema.maximum !== undefined) want = `an integer from ${schema.minimum} to ${schema.maximum}`;
      return { path, message: `${JSON.stringify(error.data)} is not valid; must be ${want}` };
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

export function schemaIssues(file: string, errors: ErrorObject[] | null | undefined, prefix = ''): SpecIssue[] {
  const seen = new Set<string>();
  const issues: SpecIssue[] = [];
  for (const error of errors ?? []) {
    const { path, message } = describe(error);
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ file, path: prefix + path, message });
  }
  return issues;
}
