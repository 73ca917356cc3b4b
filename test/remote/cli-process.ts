// The vmlab CLI as a separate process, from the source under test: esbuild
// bundles src/cli/main.ts (node_modules left outside) into one file, so a
// test can start many real processes (stdin, exit code, locks) with no
// `npm run build`.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { execa, type ResultPromise } from 'execa';

let bundled: Promise<string> | null = null;

/** Bundles the CLI once per test file; resolves to the script to run with node. */
export function cliScript(): Promise<string> {
  bundled ??= (async () => {
    // Inside the worktree's node_modules: the bundle's imports of packages resolve from there.
    const dir = resolve('node_modules/.cache/vmlab-test');
    mkdirSync(dir, { recursive: true });
    const outfile = join(dir, `vmlab-cli-${process.pid}.mjs`);
    await build({
      stdin: { contents: `import { main } from ${JSON.stringify(resolve('src/cli/main.ts'))};\nmain(process.argv.slice(2)).then((c) => { process.exitCode = c; });\n`, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      outfile,
      logLevel: 'silent',
    });
    return outfile;
  })();
  return bundled;
}

/** Starts `vmlab ARGS` with its own VMLAB_HOME, stdin from `input`. */
export async function vmlabProcess(home: string, args: string[], input?: Buffer): Promise<ResultPromise> {
  const script = await cliScript();
  return execa('node', [script, ...args], { env: { VMLAB_HOME: home }, reject: false, ...(input === undefined ? { stdin: 'ignore' as const } : { input }) });
}
