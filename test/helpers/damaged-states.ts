// Shapes of a damaged state.json, shared by the state guard tests and the abuse suite.
import { readFileSync, writeFileSync } from 'node:fs';

/** [what, how to damage the parsed state (a string result is written as is), what the error must say] */
export type Damage = [string, (state: any) => unknown, RegExp];

export const DAMAGED_STATES: Damage[] = [
  ['not JSON', () => '{"format_version": 1, "nodes": {', /not valid JSON/],
  ['an array', () => [], /must be an? object/],
  ['null', () => null, /must be an? object/],
  ['a PID that is a string', (s) => ((s.nodes.sw1.pid = 'abc'), s), /\/nodes\/sw1\/pid: "abc" is not valid/],
  ['a negative PID', (s) => ((s.nodes.sw1.pid = -1), s), /\/nodes\/sw1\/pid/],
  ['no lineage', (s) => (delete s.lineage, s), /missing required field "lineage"/],
  ['an unknown format version', (s) => ((s.format_version = 2), s), /\/format_version/],
  ['nodes as a list', (s) => ((s.nodes = [1, 2]), s), /\/nodes/],
  ['a node without its config', (s) => (delete s.nodes.sw2.config, s), /\/nodes\/sw2: missing required field "config"/],
  ['a port out of range', (s) => ((s.nodes.sw1.ssh_port = 70000), s), /\/nodes\/sw1\/ssh_port/],
  ['an unsafe node name', (s) => ((s.nodes['../x'] = s.nodes.sw1), s), /\/nodes\/..\/x: "..\/x" is not a safe name/],
  ['a garbled profile record', (s) => ((s.profiles.sw1 = { file: 7 }), s), /\/profiles\/sw1/],
  ['a lab name other than its directory', (s) => ((s.name = 'other'), s), /\/name: "other" is not the name of the lab directory/],
  ['an empty file', () => '', /not valid JSON/],
];

export function damage(stateFile: string, how: (state: any) => unknown): void {
  const result = how(JSON.parse(readFileSync(stateFile, 'utf8')));
  writeFileSync(stateFile, typeof result === 'string' ? result : JSON.stringify(result));
}
