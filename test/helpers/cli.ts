import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { checkPlan } from './plan.js';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the vmlab CLI in-process with its own VMLAB_HOME, capturing output. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    out: (t) => (stdout += t),
    err: (t) => (stderr += t),
    env: { VMLAB_HOME: env.VMLAB_HOME ?? join(tmpDir('vmlab-home-'), 'home'), ...env },
    cwd: process.cwd(),
  });
  // Every plan a test makes through the CLI is checked against the plan's JSON Schema.
  if (args[0] === 'plan' && args.includes('--json') && code === 0) checkPlan(JSON.parse(stdout));
  return { code, stdout, stderr };
}

export function tmpDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const FIXTURES = join(process.cwd(), 'fixtures');

/** A command refused as bad input: exit 3, one `error:` line matching `message`, and state.json not written (its serial unchanged). */
export async function expectRefused(args: string[], env: NodeJS.ProcessEnv, message: RegExp, serial: () => number): Promise<void> {
  const before = serial();
  const r = await runCli(args, env);
  expect(r.code).toBe(3);
  expect(r.stderr).toMatch(message);
  expect(
    r.stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('error:')),
  ).toHaveLength(1);
  expect(serial()).toBe(before);
}
