// Loads the bundled CLI (dist/bundle/vmlab.cjs, made by `npm run build`) as
// Node loads a CommonJS module, but through vm.Script so that V8 can take the
// code cache made with it: bytecode instead of compiling at every start (see
// scripts/bundle.mjs). Shared by bin/vmlab.js and the build, which makes the
// cache: V8 accepts a cache only for the very source it was made from.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/**
 * The cache that belongs to this bundle: the build names it after the
 * bundle's content hash, written in the bundle's first line. V8 itself only
 * checks the source's length, so a cache is never taken for another bundle.
 */
export function cacheFile(file, source) {
  const id = /^'use strict'; \/\/ bundle ([0-9a-f]{16})\n/.exec(source)?.[1];
  return id === undefined ? undefined : `${file}.${id}.cache`;
}

/** The bundle's exports and its compiled script (for createCachedData); `useCache` false: compile from source. */
export function loadBundle(file, useCache = true) {
  const source = readFileSync(file, 'utf8');
  let cachedData;
  const cache = useCache ? cacheFile(file, source) : undefined;
  if (cache !== undefined) {
    try {
      cachedData = readFileSync(cache);
    } catch {
      // no cache: V8 compiles the source, as for any module
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script };
}
