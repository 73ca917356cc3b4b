import { readFileSync } from 'node:fs';
import { VMLAB_VERSION } from '../src/version.js';

test("the version vmlab reports and checks on a lab's servers is package.json's", () => {
  expect(VMLAB_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});
