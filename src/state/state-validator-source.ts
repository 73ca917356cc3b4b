import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { controllerRecordSchema } from './controller-record-schema.js';
import { profileRecordSchema } from './profile-record-schema.js';
import { stateSchema } from './state-schema.js';

// ajv's standalone module is CommonJS; its typings only describe .default.
const standaloneCode = (standalone as unknown as { default: (ajv: Ajv, refs: Record<string, string>) => string }).default;

/**
 * The source of state-validator.generated.ts: like the spec validators, the
 * state.json validator is compiled by ajv at development time (`npm run
 * gen:validators`), because every command reads state.json and ajv's start-up
 * would cost each of them about 100 ms. A unit test fails when it drifts.
 * The controller's record (controller-record-schema.ts) is compiled here too.
 */
export function stateValidatorSource(): string {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, code: { source: true, esm: true, lines: true } });
  ajv.addSchema(stateSchema, 'state');
  ajv.addSchema(profileRecordSchema, 'profileRecord');
  ajv.addSchema(controllerRecordSchema, 'controllerRecord');
  const code = standaloneCode(ajv, { validateState: 'state', validateProfileRecord: 'profileRecord', validateControllerRecord: 'controllerRecord' });
  return `// @ts-nocheck\n// Generated from state-schema.ts by \`npm run gen:validators\` (src/state/state-validator-source.ts). Do not edit.\n${code.replace(/^"use strict";/, '')}\n`;
}
