import { profileRecordSchema } from './profile-record-schema.js';

/**
 * The shape of state.json (format_version 1), checked whenever it is read:
 * every command trusts it for PIDs to signal, paths to remove and profiles to
 * put back, so a damaged or hand-edited file must stop at the door with a
 * message, not deep inside with a stack trace. Names inside it are checked
 * against the spec name rule in code (see state-check.ts), not here.
 */
const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const port = { type: 'integer', minimum: 1, maximum: 65535 } as const;

const nicSchema = {
  type: 'object',
  required: ['index', 'kind', 'mac'],
  properties: {
    index: { type: 'integer', minimum: 0 },
    kind: { enum: ['mgmt', 'link', 'filler'] },
    mac: str,
    interface: str,
    link: {
      type: 'object',
      required: ['mode', 'address', 'port', 'peer'],
      properties: { mode: { enum: ['listen', 'connect', 'udp'] }, address: str, port, peer: str },
    },
  },
} as const;

const testHostSchema = {
  type: 'object',
  required: ['name', 'interfaces', 'gateway'],
  properties: {
    name: str,
    interfaces: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'nic', 'mac', 'peer', 'address'],
        properties: { name: str, nic: { type: 'integer', minimum: 1 }, mac: str, peer: nullableStr, address: nullableStr },
      },
    },
    gateway: nullableStr,
  },
} as const;

const configSchema = {
  type: 'object',
  required: ['image', 'memory_mb', 'cpus', 'nic_driver', 'nics'],
  properties: {
    image: str,
    memory_mb: { type: 'integer', minimum: 1 },
    cpus: { type: 'integer', minimum: 1 },
    nic_driver: str,
    cpu_features: nullableStr,
    nics: { type: 'array', items: nicSchema },
    fw_cfg: { type: 'object', additionalProperties: str },
  },
} as const;

const nodeRecordSchema = {
  type: 'object',
  required: ['intent', 'host', 'pid', 'ssh_port', 'console_port', 'bind_address', 'credentials', 'config', 'config_hash', 'started_at', 'ready'],
  properties: {
    intent: { enum: ['running', 'stopped'] },
    host: nullableStr,
    pid: { type: ['integer', 'null'], minimum: 1 },
    ssh_port: port,
    console_port: port,
    bind_address: str,
    console_bind: str,
    credentials: { type: 'object', required: ['user', 'pass'], properties: { user: nullableStr, pass: nullableStr } },
    config: configSchema,
    config_hash: str,
    started_at: nullableStr,
    image_identity: {
      type: ['object', 'null'],
      required: ['size', 'mtime', 'hash'],
      properties: { size: int, mtime: str, hash: str },
    },
    ready: { type: 'boolean' },
    mgmt_network: { enum: ['isolated', 'outbound'] },
    test_hosts: { type: 'array', items: testHostSchema },
    carrier_off: { type: 'array', items: str },
    template: str,
  },
} as const;

const linkSchema = {
  type: 'object',
  required: ['index', 'a', 'z', 'port', 'listener', 'transport'],
  properties: { index: int, a: str, z: str, port, listener: nullableStr, listenEnd: { enum: ['a', 'z', null] }, transport: { enum: ['tcp', 'udp'] } },
} as const;

/** A live impairment (`vmlab link impair`): the normalised impairment (numbers), or null for a plain wire. */
const impairmentIntentSchema = {
  type: 'object',
  required: ['from', 'to', 'impairment', 'since'],
  properties: { from: str, to: str, impairment: { type: ['object', 'null'] }, since: str },
} as const;

const linkIntentSchema = {
  type: 'object',
  required: ['a', 'z', 'admin', 'since'],
  properties: { a: str, z: str, admin: { const: 'down' }, since: str },
} as const;

const snapshotSchema = {
  type: 'object',
  required: ['name', 'created', 'nodes', 'desired_hash'],
  properties: { name: str, created: str, nodes: { type: 'array', items: str }, desired_hash: str },
} as const;

export const stateSchema = {
  type: 'object',
  required: ['format_version', 'name', 'created', 'spec_dir', 'host', 'serial', 'lineage', 'nodes', 'links', 'profiles'],
  properties: {
    format_version: { const: 1 },
    name: str,
    created: str,
    spec_dir: str,
    host: nullableStr,
    serial: { type: 'integer', minimum: 0 },
    lineage: str,
    nodes: { type: 'object', additionalProperties: nodeRecordSchema },
    links: { type: 'array', items: linkSchema },
    profiles: { type: 'object', additionalProperties: profileRecordSchema },
    snapshots: { type: 'object', additionalProperties: snapshotSchema },
    link_intents: { type: 'array', items: linkIntentSchema },
    link_impairments: { type: 'array', items: impairmentIntentSchema },
  },
} as const;
