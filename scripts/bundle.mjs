// Bundles the compiled CLI (dist/cli/main.js, from tsc) into one file,
// dist/bundle/vmlab.cjs, and makes a V8 code cache for it,
// dist/bundle/vmlab.cjs.<hash>.cache, that bin/vmlab.js hands to V8 with the source.
//
// Why: most of vmlab's start-up was Node resolving, reading and compiling each
// of some 200 modules, then V8 compiling the functions a command runs. One
// file saves the first; the code cache (compiled bytecode, V8's own format)
// saves the second. Node 20 has no code cache for ES modules (that is
// module.enableCompileCache, Node 22.1), so the bundle is a CommonJS script,
// compiled by bin/vmlab.js through vm.Script, which takes a cache. Node
// checks the cache against its own V8 version and flags: a cache from
// another Node is rejected and the source compiled as usual (only slower).
// The modules that only some commands use (apply, QEMU, SSH, tables) stay
// behind their dynamic imports: bundled, they are evaluated only when used.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { cacheFile, loadBundle } from '../bin/load-bundle.js';

const outdir = resolve('dist/bundle');
const outfile = join(outdir, 'vmlab.cjs');

/**
 * yargs finds its locales, and the package.json whose version --version
 * prints, from its own file's place (import.meta.url) in node_modules; bundled,
 * that place would be dist/bundle/. This points it back at the yargs that npm
 * installed, found the way Node finds packages from the bundle's place, so
 * help is localized and --version works from any directory, as before.
 */
const yargsHome = {
  name: 'yargs-home',
  setup(b) {
    b.onLoad({ filter: /[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const own = 'fileURLToPath(import.meta.url)';
      if (!source.includes(own)) throw new Error(`${args.path}: no ${own} to point at node_modules/yargs (a new yargs?)`);
      return {
        contents: source.replaceAll(own, "join(dirname(createRequire(import.meta.url).resolve('yargs/package.json')), 'lib', 'platform-shims', 'esm.mjs')"),
        loader: 'js',
      };
    });
  },
};

/**
 * string-width, which yargs, cliui and wrap-ansi use to lay out help, builds a
 * Unicode emoji RegExp and an Intl.Segmenter when it is loaded: about 15 ms,
 * at every start, for help that most commands never print. Bundled behind
 * this stand-in, it is loaded at its first call.
 */
const lazyStringWidth = {
  name: 'lazy-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await b.resolve('string-width', { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'real' });
      if (real.errors.length > 0) return { errors: real.errors };
      if (!real.path.endsWith('.js') || args.kind !== 'import-statement') return real; // a CommonJS string-width (cli-table3's) is loaded when used already
      return { path: real.path, namespace: 'lazy-string-width' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-string-width' }, (args) => ({
      contents: `let width;\nexport default function stringWidth(string, options) {\n  width ??= require(${JSON.stringify(args.path)}).default;\n  return width(string, options);\n}\n`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: ['dist/cli/main.js'],
  outfile,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The sources are ES modules, which are strict; bundled into one script they stay so.
  banner: { js: "'use strict';" },
  // Packages' ESM builds where they have one (jsonc-parser's UMD main requires files a bundle does not have).
  mainFields: ['module', 'main'],
  // ssh2 loads optional native bindings at run time; it stays a package of its own.
  external: ['ssh2'],
  // import.meta.url, for the ES modules that use it: the bundle's own URL.
  inject: ['scripts/bundle-import-meta.js'],
  define: { 'import.meta.url': 'importMetaUrl' },
  plugins: [yargsHome, lazyStringWidth],
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  console.log(await analyzeMetafile(result.metafile));
}

// The code cache: compile the bundle exactly as bin/vmlab.js does, run the
// commands whose start-up counts (help, --version, validate and plan of the
// demo lab) so that V8 compiles what they use, and keep the bytecode. Run with
// no HOME and an empty vmlab home: nothing is read from or written to the
// user's. Their output is not shown.
// The bundle's first line names its cache (see bin/load-bundle.js): a content hash.
const bundled = readFileSync(outfile, 'utf8');
const id = createHash('sha256').update(bundled).digest('hex').slice(0, 16);
if (!bundled.startsWith("'use strict';\n")) throw new Error(`${outfile}: does not start with the 'use strict' banner`);
writeFileSync(outfile, bundled.replace("'use strict';\n", `'use strict'; // bundle ${id}\n`));
const { exports: cli, script } = loadBundle(outfile, false);
const scratch = join(tmpdir(), `vmlab-bundle-home-${process.pid}`);
const io = { out: () => {}, err: () => {}, env: { VMLAB_HOME: join(scratch, 'home'), PATH: process.env.PATH }, cwd: process.cwd() };
const quiet = { log: console.log, error: console.error, warn: console.warn };
console.log = console.error = console.warn = () => {};
try {
  for (const args of [
    ['--version'],
    ['--help'],
    ['plan', '--help'],
    ['validate', '-S', 'fixtures/demo'],
    ['plan', '-S', 'fixtures/demo'],
    ['plan', '-S', 'fixtures/demo', '--json'],
  ]) {
    await cli.main(args, io);
  }
} finally {
  Object.assign(console, quiet);
  rmSync(scratch, { recursive: true, force: true });
}
const cache = cacheFile(outfile, readFileSync(outfile, 'utf8'));
writeFileSync(`${cache}.tmp`, script.createCachedData());
renameSync(`${cache}.tmp`, cache); // whole or not at all, for a vmlab that starts meanwhile
