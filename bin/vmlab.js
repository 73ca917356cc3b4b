#!/usr/bin/env node
// `npm run build` (the README's set-up runs it) compiles src/ to dist/, bundles
// the CLI into dist/bundle/vmlab.cjs and makes a V8 code cache for it: see
// scripts/bundle.mjs for why.
import { fileURLToPath } from 'node:url';
import { loadBundle } from './load-bundle.js';

const bundle = fileURLToPath(new URL('../dist/bundle/vmlab.cjs', import.meta.url));
let main;
try {
  ({ main } = loadBundle(bundle).exports);
} catch (err) {
  if (err?.code !== 'ENOENT' || err.path !== bundle) throw err;
  process.stderr.write(`vmlab is not built: ${bundle} is missing; run npm run build (or scripts/setup.sh)\n`);
  process.exit(1);
}
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
