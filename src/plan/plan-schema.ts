import { REASON_CODES } from './reasons.js';

/**
 * The JSON Schema of a published plan (plan/wire.ts: `plan --json`, format_version 3, and the `plan`
 * of a file saved by `plan --out`). schemas/plan.schema.json is this, written
 * out (a unit test keeps the two equal); every plan the unit tests make is
 * checked against it, and `apply PLANFILE` checks the plan it reads.
 */
const str = { type: 'string' };
const int = { type: 'integer' };
const strOrNull = { type: ['string', 'null'] };
const strings = { type: 'array', items: str };
const endpoint = { type: 'object', required: ['address', 'port'], additionalProperties: false, properties: { address: str, port: int } };

/** An object with exactly these properties, all required but those named optional. */
function exact(properties: Record<string, unknown>, optional: string[] = []): Record<string, unknown> {
  return { type: 'object', additionalProperties: false, required: Object.keys(properties).filter((k) => !optional.includes(k)), properties };
}

const num = { type: 'number', minimum: 0 };
const pct = { type: 'number', minimum: 0, maximum: 100 };
/** An impairment, normalised (specs/impairment.ts): every field optional, units in the names. */
const impairmentFields = {
  delay_us: num,
  jitter_us: num,
  distribution: { enum: ['uniform', 'normal', 'pareto', 'paretonormal'] },
  loss_pct: pct,
  loss_correlation_pct: pct,
  loss_burst: exact({ p_pct: pct, r_pct: pct, bad_loss_pct: pct, good_loss_pct: pct }),
  rate_bps: num,
  limit: int,
  duplicate_pct: pct,
  reorder_pct: pct,
  corrupt_pct: pct,
};
const impairment = exact(impairmentFields, Object.keys(impairmentFields));
const impairmentOrNull = { anyOf: [impairment, { type: 'null' }] };
const linkImpairmentList = { type: 'array', items: exact({ from: str, to: str, impairment, source: { enum: ['declared', 'live'] } }) };

const nicLink = {
  type: 'object',
  required: ['mode', 'address', 'port', 'peer'],
  properties: {
    mode: { enum: ['listen', 'connect', 'udp'] },
    address: str,
    port: int,
    peer: str,
    backend: { const: 'stream' },
    reconnect_ms: int,
    local_address: str,
    local_port: int,
  },
  additionalProperties: false,
};
const nic = exact({ index: int, kind: { enum: ['mgmt', 'link', 'filler'] }, mac: str, interface: str, link: { $ref: '#/$defs/nicLink' } }, [
  'interface',
  'link',
]);
const testHost = exact({
  name: str,
  interfaces: { type: 'array', items: exact({ name: str, nic: int, mac: str, peer: strOrNull, address: strOrNull }) },
  gateway: strOrNull,
});
const templateRef = exact({ key: str, dir: str });
const templateInputs = exact(
  {
    platform: str,
    image: str,
    image_size: int,
    image_hash: str,
    qemu_version: str,
    machine: str,
    accel: str,
    memory_mb: int,
    cpus: int,
    cpu_features: strOrNull,
    nic_driver: str,
    nics: int,
    pci: strings,
    fw_cfg: { type: 'object', additionalProperties: str },
    mgmt_outbound: { const: true },
    boot: str,
  },
  ['mgmt_outbound'],
);

const base = {
  id: str,
  node: str,
  host: strOrNull,
  reasons: { type: 'array', items: { $ref: '#/$defs/reason' } },
  depends_on: { type: 'array', items: exact({ on: str, until: { enum: ['started', 'done'] } }) },
};

const updateStep = {
  oneOf: [
    exact({ step: { const: 'move-ssh' }, from: endpoint, to: endpoint }),
    exact({ step: { const: 'move-console' }, to: endpoint }),
    exact({ step: { const: 'unplug-nic' }, nic: int, interface: strOrNull, peer: strOrNull }),
    exact({ step: { const: 'set-carrier' }, nic: int, interface: str, up: { type: 'boolean' } }),
    exact({ step: { const: 'resume' } }),
    exact({ step: { const: 'impair' }, nic: int, interface: str, peer: str, before: impairmentOrNull, after: impairmentOrNull }),
    exact({ step: { const: 'restart-relay' }, address: str, port: int }),
    exact({ step: { const: 'setup-test-hosts' }, hosts: { type: 'array', items: { $ref: '#/$defs/testHost' } }, remove: strings }),
  ],
};

const action = {
  oneOf: [
    exact(
      {
        ...base,
        action: { enum: ['create', 'replace', 'start', 'restart'] },
        fresh_overlay: { type: 'boolean' },
        stop_first: { type: 'boolean' },
        paused: { type: 'boolean' },
        wait_for: { type: 'array', items: exact({ iface: str, peer: str, host: str, address: str, port: int }) },
        admin_down: strings,
        release_profiles: strings,
        from_template: templateRef,
        impaired: { type: 'array', items: exact({ nic: int, interface: str, peer: str, impairment }) },
      },
      ['from_template', 'impaired'],
    ),
    exact({ ...base, action: { const: 'build-template' }, template: templateRef, inputs: templateInputs }),
    exact({ ...base, action: { const: 'stop' } }),
    exact({ ...base, action: { const: 'destroy' }, release_profiles: strings }),
    exact({ ...base, action: { const: 'update' }, steps: { type: 'array', minItems: 1, items: updateStep }, release_profiles: strings }),
    exact({
      ...base,
      action: { const: 'patch-profile' },
      profile: exact({
        file: str,
        create: { type: 'boolean' },
        patch: { type: 'array', items: { type: 'object', required: ['op', 'path'], properties: { op: { enum: ['add', 'replace', 'remove'] }, path: str } } },
      }),
    }),
  ],
};

const from = { enum: ['vmlab', 'newtlab', 'default'] };

export const PLAN_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://vmlab.dev/schemas/plan.schema.json',
  title: 'vmlab plan (format_version 3)',
  type: 'object',
  additionalProperties: false,
  required: ['format_version', 'lab', 'host', 'nodes', 'links', 'actions', 'warnings', 'changes'],
  properties: {
    format_version: { const: 3 },
    lab: str,
    host: strOrNull,
    port_bases: exact({ link: int, console: int, ssh: int, from: exact({ link: from, console: from, ssh: from }) }),
    qemu: exact({ version: strOrNull, links: { enum: ['stream', 'socket', 'udp'] } }),
    nodes: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        required: ['host', 'platform', 'ssh_port', 'console_port', 'bind_address', 'console_bind', 'nics'],
        // Where vmlab placed the node by capacity and why; null when the specs say where it runs (absent in plans made before placement).
        properties: {
          placement: { oneOf: [{ type: 'null' }, exact({ host: str, reason: str, kept: { type: 'boolean' } })] },
          // A VM holding test hosts: whose login vmlab uses on it, which hosts' logins differ (absent in plans made before it).
          test_host_login: exact({ host: str, differing: strings }),
          // Absent in plans made before guests were isolated from the host.
          mgmt_network: { enum: ['isolated', 'outbound'] },
        },
      },
    },
    links: {
      type: 'array',
      items: exact(
        {
          a: str,
          z: str,
          port: int,
          listener: strOrNull,
          transport: { enum: ['tcp', 'udp'] },
          impairments: linkImpairmentList,
        },
        ['impairments'],
      ),
    },
    link_states: {
      type: 'array',
      items: exact(
        {
          a: str,
          z: str,
          transport: { enum: ['socket', 'stream', 'udp'] },
          state: { enum: ['up', 'down', 'admin-down', 'waiting for peer'] },
          reason: strOrNull,
          drift: { type: 'boolean' },
          peer_host: strOrNull,
          impairments: linkImpairmentList,
        },
        ['impairments'],
      ),
    },
    actions: { type: 'array', items: { $ref: '#/$defs/action' } },
    warnings: strings,
    changes: { type: 'boolean' },
  },
  $defs: {
    reason: { type: 'object', required: ['code', 'message'], properties: { code: { enum: REASON_CODES }, message: str } },
    nicLink,
    nic,
    testHost,
    action,
  },
} as const;
