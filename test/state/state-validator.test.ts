import { readFileSync } from 'node:fs';
import { stateValidatorSource } from '../../src/state/state-validator-source.js';

test('state-validator.generated.ts is up to date with state-schema.ts (else: npm run gen:validators)', () => {
  expect(readFileSync('src/state/state-validator.generated.ts', 'utf8')).toBe(stateValidatorSource());
});
