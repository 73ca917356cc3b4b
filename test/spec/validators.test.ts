import { readFileSync } from 'node:fs';
import { validatorSource } from '../../src/spec/validator-source.js';

test('validators.generated.ts is up to date with schemas.ts (else: npm run gen:validators)', () => {
  expect(readFileSync('src/spec/validators.generated.ts', 'utf8')).toBe(validatorSource());
});
