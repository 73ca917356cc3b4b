// Loads the bundled CLI (dist/bundle/vmlab.cjs, made by `npm run build`) as
// Node loads a CommonJS module, but through vm.Script so that V8 can take the
// code cache made with it: bytecode instead of compiling at every start (see
// scripts/bundle.mjs). Shared by bin/vmlab.js and the build, which makes the
// cache: V8 accepts a cache only for the very source it was made from.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** The bundle's exports and its compiled script (for createCachedData). */
export function loadBundle(file, cachedData) {
  const source = `(function (exports, require, module, __filename, __dirname) { ${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}
