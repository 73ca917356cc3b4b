import { SpecError, type SpecIssue } from '../errors.js';
import { readJson } from './json-file.js';

/**
 * A placement file (--placement FILE): a JSON object, node → host, the
 * placement decided before (by a controller, for every host to agree on). It
 * is data for placement.ts to keep, not a pin: a node it names that vm_host
 * sends elsewhere, or that is no node at all, is ignored; one whose host is
 * gone or full is placed again. Only its shape can be wrong.
 */
export function readPlacementFile(absPath: string): Record<string, string> {
  const read = readJson(absPath, absPath);
  if (!read.ok) throw new SpecError(read.issues);
  const value = read.value as unknown;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SpecError([{ file: absPath, path: '', message: 'a placement is a JSON object of node → host, e.g. {"leaf1": "server-a", "leaf2": "server-b"}' }]);
  }
  const issues: SpecIssue[] = [];
  for (const [node, host] of Object.entries(value)) {
    if (typeof host !== 'string' || host === '') {
      issues.push({
        file: absPath,
        path: `/${node.replaceAll('~', '~0').replaceAll('/', '~1')}`,
        message: `${JSON.stringify(host)} is not valid; must be the name of a host in vmlab.hosts`,
      });
    }
  }
  if (issues.length > 0) throw new SpecError(issues);
  return value as Record<string, string>;
}
