// Bundles the compiled CLI (dist/cli/main.js, from tsc) into dist/bundle/: one
// ESM file that bin/vmlab.js loads, plus chunks that only the commands which
// use them load (apply, QEMU, SSH, tables). One file instead of some 200
// modules and their packages is most of the start-up time saved: Node resolves,
// reads and compiles each module of an ESM graph on its own.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

/**
 * yargs finds its locales, and the package.json whose version --version
 * prints, from its own file's place (import.meta.url) in node_modules; bundled,
 * that place would be dist/bundle/. This points it back at the yargs that
 * npm installed, so help is localized and --version works from any directory,
 * as before.
 */
const yargsHome = {
  name: 'yargs-home',
  setup(b) {
    b.onLoad({ filter: /[\\/]yargs[\\/]lib[\\/]platform-shims[\\/]esm\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const own = 'fileURLToPath(import.meta.url)';
      if (!source.includes(own)) throw new Error(`${args.path}: no ${own} to point at node_modules/yargs (a new yargs?)`);
      return { contents: source.replaceAll(own, "fileURLToPath(new URL('lib/platform-shims/esm.mjs', import.meta.resolve('yargs/package.json')))"), loader: 'js' };
    });
  },
};

const outdir = 'dist/bundle';
rmSync(outdir, { recursive: true, force: true });
const result = await build({
  entryPoints: { vmlab: 'dist/cli/main.js' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Packages' ESM builds where they have one (jsonc-parser's UMD main requires files a bundle does not have).
  mainFields: ['module', 'main'],
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  // ssh2 loads optional native bindings at run time; it stays a package of its own.
  external: ['ssh2'],
  // CommonJS packages inside an ESM bundle still call require() for Node's own modules.
  banner: { js: "import { createRequire as __vmlabRequire } from 'node:module'; const require = __vmlabRequire(import.meta.url);" },
  // write-file-atomic (CommonJS) names its temporary files after __filename, which ESM has not.
  define: { __filename: 'import.meta.filename' },
  plugins: [yargsHome],
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
if (process.argv.includes('--analyze')) {
  const { analyzeMetafile } = await import('esbuild');
  console.log(await analyzeMetafile(result.metafile));
}
