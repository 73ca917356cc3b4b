/**
 * JSON Schemas for the parts of the spec files that vmlab owns. The files are
 * shared with other tools, so unknown fields are allowed everywhere except in
 * the `vmlab` section of topology.json, which is ours alone: a typo there
 * would otherwise be silently ignored.
 */
const positiveInteger = { type: 'integer', minimum: 1 } as const;
/** A non-empty string (a pattern rather than minLength keeps the generated validators free of runtime imports). */
const nonEmpty = { type: 'string', pattern: '.' } as const;
const port = { type: 'integer', minimum: 1, maximum: 65535 } as const;

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
    links: {
      type: 'array',
      items: {
        type: 'object',
        required: ['a', 'z'],
        properties: { a: { type: 'string' }, z: { type: 'string' } },
      },
    },
    vmlab: {
      type: 'object',
      additionalProperties: false,
      properties: {
        name: nonEmpty,
        link_port_base: port,
        console_port_base: port,
        ssh_port_base: port,
        hosts: { type: 'object', additionalProperties: nonEmpty },
        default_host: { type: 'string' },
        default_platform: { type: 'string' },
        link_transport: { enum: ['tcp', 'udp'] },
        allow_privileged_ports: { type: 'boolean' },
        host_vms: { enum: ['per-server', 'per-host'] },
      },
    },
  },
} as const;

const platformSchema = {
  type: 'object',
  properties: {
    vm_image: nonEmpty,
    vm_memory: positiveInteger,
    vm_cpus: positiveInteger,
    vm_nic_driver: { enum: ['e1000', 'e1000e', 'virtio-net-pci', 'rtl8139', 'vmxnet3', 'i82559er'] },
    vm_interface_map: { enum: ['sequential', 'stride-4', 'custom', 'linux'] },
    vm_interface_custom_map: { type: 'object', additionalProperties: positiveInteger },
    vm_cpu_features: { type: 'string' },
    vm_credentials: {
      type: 'object',
      properties: { user: { type: 'string' }, pass: { type: 'string' } },
    },
    vm_boot_timeout: positiveInteger,
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
