// Jest runs in native ESM mode (NODE_OPTIONS=--experimental-vm-modules, set by
// the npm scripts) and @swc/jest strips the TypeScript types. Imports in src/
// carry the `.js` extension that Node's ESM resolution needs; the mapper sends
// them to the `.ts` source.
const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'es6' } }];
const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
};
export default {
  // The fault and abuse suite's figures: recorded by the tests, printed as one table at the end.
  globalSetup: '<rootDir>/test/support/figures-setup.mjs',
  globalTeardown: '<rootDir>/test/support/print-figures.mjs',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/**/*.test.ts'], testPathIgnorePatterns: ['/e2e/'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
