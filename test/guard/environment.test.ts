/**
 * Only the CLI's entry reads the environment (issue 11): every module below
 * it gets its settings as parameters, so a test or a second caller with its
 * own environment is never overruled by the process's. dependency-cruiser
 * sees imports, not `process.env`, so this scan guards the rule.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The one module allowed to read process.env: the CLI's entry, which hands it to everything else as CliIo.env. */
const ENTRY = 'src/cli/io.ts';

/** Reads of the environment: process.env, process['env'], and destructuring env out of process. */
const READS_ENV = /\bprocess\s*(?:\?\.|\.)\s*env\b|\bprocess\s*\[\s*['"`]env['"`]\s*\]|\{[^}]*\benv\b[^}]*\}\s*=\s*(?:globalThis\.)?process\b/;

/** Code without its comments, so a comment may name process.env when it explains why it is not read. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function environmentReaders(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mts|js|mjs)$/.test(entry.name) && READS_ENV.test(withoutComments(readFileSync(path, 'utf8')))) found.push(relative(process.cwd(), path));
    }
  };
  walk(root);
  return found.sort();
}

test('no module under src/ reads process.env except the CLI entry', () => {
  expect(environmentReaders('src')).toEqual([ENTRY]);
});

test.each([
  ['const home = process.env.VMLAB_HOME;', true],
  ["const home = process['env'].VMLAB_HOME;", true],
  ['const { env } = process;', true],
  ['const grace = process?.env?.VMLAB_STOP_GRACE_MS;', true],
  ['// process.env is read by the CLI only', false],
  ['/** no module reads process.env */ const x = 1;', false],
  ['const env = io.env;', false],
])('the scan sees %j: %s', (line, reads) => {
  expect(READS_ENV.test(withoutComments(line))).toBe(reads);
});
