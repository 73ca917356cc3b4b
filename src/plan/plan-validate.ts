import type { ErrorObject, ValidateFunction } from 'ajv';
import { PLAN_SCHEMA } from './plan-schema.js';

let validator: ValidateFunction | null = null;

/** What is wrong with a plan by its JSON Schema, one line each ("/actions/0/depends_on/0: must have required property 'until'"); empty when nothing is. */
export async function planIssues(plan: unknown): Promise<string[]> {
  if (validator === null) {
    // Loaded on demand: only `apply PLANFILE` (and the tests) check a plan against its schema.
    const { Ajv } = await import('ajv');
    validator = new Ajv({ allErrors: true, strict: false }).compile(PLAN_SCHEMA);
  }
  if (validator(plan)) return [];
  return (validator.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}
