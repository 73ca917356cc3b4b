// The vmlab CLI as a separate process, from the source under test: esbuild
// bundles src/cli/main.ts (node_modules left outside) into one file, so a
// test can start many real processes (stdin, exit code, locks) with no
// `npm run build`.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { execa, type ResultPromise } from 'execa';

const bundled = new Map<string, Promise<string>>();

/** The whole CLI. */
const CLI_ENTRY = `import { main } from ${JSON.stringify(resolve('src/cli/main.ts'))};\nmain(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n`;
/**
 * receive-specs alone (what the command's handler calls, its errors as main
 * reports them): a process that starts in a fraction of the CLI's time, for
 * the tests that start hundreds.
 */
const RECEIVE_ENTRY = `import { receiveSpecs } from ${JSON.stringify(resolve('src/remote/received-specs.ts'))};
receiveSpecs(process.env.VMLAB_HOME, process.argv[2], process.stdin).then(
  (dir) => process.stdout.write(JSON.stringify({ dir }) + '\\n'),
  (err) => { process.stderr.write('error: ' + err.message + '\\n'); process.exitCode = err.exitCode ?? 70; },
);\n`;

/** Bundles an entry once per test file; resolves to the script to run with node. */
function script(entry: string, name: string): Promise<string> {
  if (!bundled.has(name))
    bundled.set(
      name,
      (async () => {
        // Inside the worktree's node_modules: the bundle's imports of packages resolve from there.
        const dir = resolve('node_modules/.cache/vmlab-test');
        mkdirSync(dir, { recursive: true });
        const outfile = join(dir, `${name}-${process.pid}.mjs`);
        await build({
          stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
          bundle: true,
          platform: 'node',
          format: 'esm',
          packages: 'external',
          outfile,
          logLevel: 'silent',
        });
        return outfile;
      })(),
    );
  return bundled.get(name)!;
}

export const cliScript = () => script(CLI_ENTRY, 'vmlab-cli');

/** Starts `vmlab ARGS` with its own VMLAB_HOME, stdin from `input`. */
export async function vmlabProcess(home: string, args: string[], input?: Buffer): Promise<ResultPromise> {
  const script = await cliScript();
  return execa('node', [script, ...args], { env: { VMLAB_HOME: home }, reject: false, ...(input === undefined ? { stdin: 'ignore' as const } : { input }) });
}

/** `receive-specs --lab LAB` without the rest of the CLI (RECEIVE_ENTRY), stdin from `input`. */
export async function receiveProcess(home: string, lab: string, input: Buffer): Promise<ResultPromise> {
  return execa('node', [await script(RECEIVE_ENTRY, 'receive-specs'), lab], { env: { VMLAB_HOME: home }, reject: false, input });
}
