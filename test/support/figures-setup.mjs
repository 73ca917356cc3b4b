// jest globalSetup: a fresh directory for this run's fault and abuse figures (see figures.ts).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  process.env.VMLAB_FIGURES_DIR = mkdtempSync(join(tmpdir(), 'vmlab-figures-'));
}
