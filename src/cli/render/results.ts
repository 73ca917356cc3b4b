import type { StepResult } from '../../engine/execute/executor.js';

/** The closing summary of an apply: what was done, what failed, what was skipped, what to do next (`again`: the command to run, as it works when pasted). */
export function renderResults(results: StepResult[], seconds: number, again: string): string {
  const done = results.filter((r) => r.status === 'done');
  const failed = results.filter((r) => r.status === 'failed');
  const skipped = results.filter((r) => r.status === 'skipped');
  const lines = [
    `\nApply ${failed.length || skipped.length ? 'incomplete' : 'complete'} in ${seconds.toFixed(1)} s: ${done.length} done, ${failed.length} failed, ${skipped.length} skipped.`,
  ];
  for (const r of failed) lines.push(`  failed  ${r.id}: ${r.error}`);
  for (const r of skipped) lines.push(`  skipped ${r.id}: ${r.error}`);
  if (failed.length || skipped.length) lines.push(`Fix the cause and run "${again}" again: it picks up where this run stopped.`);
  return `${lines.join('\n')}\n`;
}
