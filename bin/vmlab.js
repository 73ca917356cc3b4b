#!/usr/bin/env node
// `npm run build` (the README's set-up runs it) compiles src/ to dist/ and
// bundles the CLI into dist/bundle/vmlab.mjs: one file to load instead of some
// 200 modules, the commands' heavy parts in chunks loaded when used.
import { main } from '../dist/bundle/vmlab.mjs';
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
