import { profileRecordSchema } from './profile-record-schema.js';

/**
 * The shape of a controller's record, `$VMLAB_HOME/controller/<lab>.json`
 * (format_version 1), checked whenever it is read, like state.json: status
 * and destroy put its ssh destinations and vmlab commands on ssh's command
 * line and its profile files under the spec directory, so a damaged or
 * hand-edited record stops at the door. What a schema cannot say (the name
 * rule, the ssh and vmlab rules of the host entries, one server per name) is
 * checked in code (controller-record.ts).
 */
const str = { type: 'string' } as const;
/** An absolute path (destroy writes under spec_dir; the specs are read again from the sources). */
const absolute = { type: 'string', pattern: '^/', description: 'an absolute path' } as const;

const serverAccessSchema = {
  type: 'object',
  required: ['name', 'address', 'ssh', 'vmlab'],
  additionalProperties: false,
  properties: { name: str, address: str, ssh: str, vmlab: str },
} as const;

export const controllerRecordSchema = {
  type: 'object',
  required: ['format_version', 'name', 'spec_dir', 'servers'],
  additionalProperties: false,
  properties: {
    format_version: { const: 1 },
    name: str,
    spec_dir: absolute,
    sources: { type: 'object', additionalProperties: false, properties: { platforms: absolute, secrets: absolute } },
    servers: { type: 'array', items: serverAccessSchema },
    placement: { type: 'object', additionalProperties: str },
    profiles: { type: 'object', additionalProperties: profileRecordSchema },
  },
} as const;
