// Regenerates the precompiled ajv validators (run through `npm run gen:validators`):
// the spec files' (src/specs/validators.generated.ts) and state.json's (src/state/state-validator.generated.ts).
import { writeFileSync } from 'node:fs';
import { validatorSource } from '../dist/specs/validator-source.js';
import { stateValidatorSource } from '../dist/state/state-validator-source.js';

writeFileSync(new URL('../src/specs/validators.generated.ts', import.meta.url), validatorSource());
writeFileSync(new URL('../src/state/state-validator.generated.ts', import.meta.url), stateValidatorSource());
