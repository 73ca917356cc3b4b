/**
 * JSON Schema (draft-07, for ajv 8) of one ProfileRestore record in
 * state.json (see src/state/types.ts): the undo of vmlab's fields in one
 * profile. destroy writes and removes files on its word, so it is exact: no
 * unknown keys, `file` only ever a profile inside the spec directory
 * (`profiles/<safe node name>.json`, or `nodes/…` in a network directory; never a path that leaves it), and an
 * original source text exactly for the fields that were there before vmlab.
 */

/**
 * A JSON value's source text is never blank. (`pattern`, not `minLength`: ajv's
 * standalone code for minLength require()s a helper, which breaks in ESM.)
 */
const originalText = { type: 'string', pattern: '\\S' } as const;

/** One owned field's undo: `original_text` is there when, and only when, `had` is true. */
const fieldUndoSchema = {
  type: 'object',
  required: ['had', 'written'],
  additionalProperties: false,
  properties: {
    had: { type: 'boolean' },
    original_text: originalText,
    written: { type: ['string', 'number'] },
  },
  if: { properties: { had: { const: true } } },
  then: { properties: { original_text: originalText }, required: ['original_text'] },
  else: { properties: { original_text: false } },
} as const;

export const profileRecordSchema = {
  type: 'object',
  required: ['file', 'existed', 'fields'],
  additionalProperties: false,
  properties: {
    // The spec name rule (src/specs/names.ts) for the node name; with no '/' in it, it cannot leave
    // profiles/ (or nodes/, where newtron's network directory keeps its profiles).
    file: {
      type: 'string',
      pattern: '^(profiles|nodes)/[A-Za-z0-9][A-Za-z0-9_.-]{0,62}\\.json$',
      description: 'a profile inside the spec directory, profiles/<node>.json or nodes/<node>.json',
    },
    existed: { type: 'boolean' },
    fields: {
      type: 'object',
      additionalProperties: false,
      properties: { mgmt_ip: fieldUndoSchema, ssh_port: fieldUndoSchema, console_port: fieldUndoSchema },
    },
  },
} as const;
