/**
 * JSON Schemas for the parts of the spec files that vmlab owns. The files are
 * shared with other tools, so unknown fields are allowed everywhere except in
 * the `vmlab` section of topology.json, which is ours alone: a typo there
 * would otherwise be silently ignored.
 */
/**
 * At most 2^53-1: beyond that JSON numbers are not kept exactly, and `1e400`
 * reads as Infinity, which ajv's "integer" alone lets through.
 */
const positiveInteger = { type: 'integer', minimum: 1, maximum: Number.MAX_SAFE_INTEGER } as const;
/** A non-empty string (a pattern rather than minLength keeps the generated validators free of runtime imports). */
const nonEmpty = { type: 'string', pattern: '.' } as const;
const port = { type: 'integer', minimum: 1, maximum: 65535 } as const;

/**
 * A host of a lab across machines: its address alone (a string), or an object
 * saying also how to reach it over SSH, where vmlab is there, and how much it
 * takes of the nodes vmlab places. `type` with both kinds (rather than anyOf)
 * keeps one message per mistake: the string rules apply to strings only, the
 * object rules to objects only.
 */
const hostEntry = {
  type: ['string', 'object'],
  pattern: '.',
  required: ['address'],
  additionalProperties: false,
  properties: {
    address: nonEmpty,
    ssh: nonEmpty,
    vmlab: nonEmpty,
    max_nodes: positiveInteger,
    cpus: positiveInteger,
    memory_mb: positiveInteger,
  },
} as const;

const linksSchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['a', 'z'],
    properties: { a: { type: 'string' }, z: { type: 'string' } },
  },
} as const;

const vmlabSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: nonEmpty,
    link_port_base: port,
    console_port_base: port,
    ssh_port_base: port,
    hosts: { type: 'object', additionalProperties: hostEntry },
    default_host: { type: 'string' },
    default_platform: { type: 'string' },
    link_transport: { enum: ['tcp', 'udp'] },
    allow_privileged_ports: { type: 'boolean' },
    host_vms: { enum: ['per-server', 'per-host'] },
    warm_start: { type: 'boolean' },
    // Checked field by field by specs/impairments.ts, whose messages say netem's accepted forms.
    impairments: { type: 'object' },
  },
} as const;

/**
 * newtron's own orchestration section (newtlab). vmlab reads the fields it
 * shares with the vmlab section; the rest is newtron's and passes.
 */
const newtlabSchema = {
  type: 'object',
  properties: {
    link_port_base: port,
    console_port_base: port,
    ssh_port_base: port,
    hosts: { type: 'object', additionalProperties: hostEntry },
    servers: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'address'],
        // The capacity fields vmlab places nodes by; newtron's other server fields pass.
        properties: { name: nonEmpty, address: nonEmpty, max_nodes: positiveInteger, cpus: positiveInteger, memory_mb: positiveInteger },
      },
    },
  },
} as const;

/** Layout 1, a `specs` directory: `devices`, wired by `links` or by each interface's `link`. */
export const topologySchema = {
  type: 'object',
  required: ['devices'],
  properties: {
    devices: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        properties: {
          interfaces: {
            type: 'object',
            additionalProperties: {
              type: 'object',
              properties: { link: { type: 'string' } },
            },
          },
        },
      },
    },
    links: linksSchema,
    platform: { type: 'string' },
    vmlab: vmlabSchema,
    newtlab: newtlabSchema,
  },
} as const;

/** Layout 2, newtron's network directory: `nodes` (their steps and ports are newtron's), wired by `links` alone. */
export const networkTopologySchema = {
  type: 'object',
  required: ['nodes'],
  properties: {
    nodes: { type: 'object', additionalProperties: { type: 'object' } },
    links: linksSchema,
    platform: { type: 'string' },
    vmlab: vmlabSchema,
    newtlab: newtlabSchema,
  },
} as const;

const credentials = {
  type: 'object',
  properties: { user: { type: 'string' }, pass: { type: 'string' } },
} as const;

const customMap = { type: 'object', additionalProperties: positiveInteger } as const;

/** One platform: an entry of platforms.json, or a whole file of a platforms/ directory (then with its `name`). */
export const platformSchema = {
  type: 'object',
  properties: {
    vm_image: nonEmpty,
    vm_memory: positiveInteger,
    vm_cpus: positiveInteger,
    vm_nic_driver: { enum: ['e1000', 'e1000e', 'virtio-net-pci', 'rtl8139', 'vmxnet3', 'i82559er'] },
    vm_interface_map: { enum: ['sequential', 'stride-4', 'custom', 'linux'] },
    vm_interface_custom_map: customMap,
    /** The same table under the name the design's detailed documents give it. */
    vm_interface_map_custom: customMap,
    /** newtron's port inventory: where each interface's NIC is (beats vm_interface_map). */
    ports: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'nic_index'],
        properties: { name: nonEmpty, nic_index: positiveInteger },
      },
    },
    vm_cpu_features: { type: 'string' },
    vm_credentials: credentials,
    /** newtron's newer name for vm_credentials. */
    credentials,
    vm_console_credentials: {
      type: 'object',
      properties: { user: { type: 'string' }, pass: { type: 'string' } },
    },
    vm_boot_timeout: positiveInteger,
    // Names (under opt/, at most 55 characters) are checked when resolving, with a clearer message.
    vm_fw_cfg: { type: 'object', additionalProperties: nonEmpty },
    vm_console_bootstrap: {
      type: 'array',
      items: {
        type: 'object',
        required: ['expect', 'send'],
        additionalProperties: false,
        properties: { expect: { type: 'string' }, send: { type: 'string' } },
      },
    },
    port_count: positiveInteger,
    vm_warm_start: { type: 'boolean' },
    vm_mgmt_outbound: { type: 'boolean' },
    vm_reidentify: { type: 'array', items: nonEmpty },
    name: { type: 'string' },
    device_type: { type: 'string' },
  },
} as const;

export const platformsSchema = {
  type: 'object',
  required: ['platforms'],
  properties: {
    platforms: { type: 'object', additionalProperties: platformSchema },
  },
} as const;

export const profileSchema = {
  type: 'object',
  properties: {
    platform: { type: 'string' },
    ssh_user: { type: 'string' },
    ssh_pass: { type: 'string' },
    vm_image: nonEmpty,
    vm_memory: positiveInteger,
    vm_cpus: positiveInteger,
    vm_host: { type: 'string' },
    host_ip: { type: 'string' },
    host_gateway: { type: 'string' },
  },
} as const;
