import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { networkTopologySchema, platformSchema, platformsSchema, profileSchema, topologySchema } from './schemas.js';

/**
 * The source of validators.generated.ts: ajv compiles the schemas once, at
 * development time, into plain functions. Compiling them at every start cost
 * a CLI run about 130 ms (ajv itself plus compilation); the generated code
 * needs no ajv at run time. A unit test fails if the file is out of date;
 * `npm run gen:validators` rewrites it.
 */
// ajv's standalone module is CommonJS with the function as module.exports and
// as .default; its typings only describe the latter.
const standaloneCode = (standalone as unknown as { default: (ajv: Ajv, refs: Record<string, string>) => string }).default;

export function validatorSource(): string {
  // verbose: errors carry the offending value and the schema, for messages that say what would be right.
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true, code: { source: true, esm: true, lines: true } });
  ajv.addSchema(topologySchema, 'topology');
  ajv.addSchema(networkTopologySchema, 'network-topology');
  ajv.addSchema(platformsSchema, 'platforms');
  ajv.addSchema(platformSchema, 'platform');
  ajv.addSchema(profileSchema, 'profile');
  const code = standaloneCode(ajv, {
    validateTopology: 'topology',
    validateNetworkTopology: 'network-topology',
    validatePlatforms: 'platforms',
    validatePlatform: 'platform',
    validateProfile: 'profile',
  });
  return `// @ts-nocheck\n// Generated from schemas.ts by \`npm run gen:validators\` (src/specs/validator-source.ts). Do not edit.\n${code.replace(/^"use strict";/, '')}\n`;
}
