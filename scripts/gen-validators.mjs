// Regenerates src/spec/validators.generated.ts from the schemas (run through `npm run gen:validators`).
import { writeFileSync } from 'node:fs';
import { validatorSource } from '../dist/spec/validator-source.js';

writeFileSync(new URL('../src/spec/validators.generated.ts', import.meta.url), validatorSource());
