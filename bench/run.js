// npm run bench: prints the machine, then each benchmark's table.
// `npm run bench -- core` runs only the pure-core benchmark (no VMs), `-- image-hash` only the image identity's; `-- apply`, `-- heal`, `-- startup`, `-- warm`, `-- impair` the others.
import { cpus, totalmem } from 'node:os';
import { benchApply } from './apply.js';
import { benchCore } from './core.js';
import { benchHeal } from './heal.js';
import { benchImageHash } from './image-hash.js';
import { benchImpair } from './impair.js';
import { benchStartup } from './startup.js';
import { benchWarm } from './warm.js';

const only = process.argv[2];
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString()}`);
console.log('');
if (!only || only === 'core') benchCore();
console.log('');
if (!only || only === 'image-hash') await benchImageHash();
console.log('');
if (!only || only === 'apply') await benchApply();
console.log('');
if (!only || only === 'heal') await benchHeal();
console.log('');
if (!only || only === 'startup') await benchStartup();
console.log('');
if (!only || only === 'warm') await benchWarm();
console.log('');
if (!only || only === 'impair') await benchImpair();
