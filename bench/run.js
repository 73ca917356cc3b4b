// npm run bench: prints the machine, then each benchmark's table.
import { cpus, totalmem } from 'node:os';
import { benchCore } from './core.js';

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Machine: ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString()}`);
console.log('');
benchCore();
