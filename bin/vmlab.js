#!/usr/bin/env node
// The CLI is compiled to dist/ by `npm run build` (the README's set-up runs it).
import { main } from '../dist/cli/main.js';
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
