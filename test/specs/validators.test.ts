import { readFileSync } from 'node:fs';
import { validatorSource } from '../../src/specs/validator-source.js';

test('validators.generated.ts is up to date with schemas.ts (else: npm run gen:validators)', () => {
  expect(readFileSync('src/specs/validators.generated.ts', 'utf8')).toBe(validatorSource());
});
