// jest globalTeardown: prints the fault and abuse figures the tests recorded, as one table.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export default function printFigures() {
  const dir = process.env.VMLAB_FIGURES_DIR;
  if (!dir) return;
  let files = [];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch {
    return;
  }
  if (files.length === 0) return;
  const all = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const tables = [
    ['Fault and abuse figures (issue 8):', all.filter((r) => (r.table ?? 'abuse') === 'abuse')],
    ['Hostile input figures (issue 18):', all.filter((r) => r.table === 'hostile')],
  ];
  const lines = [''];
  for (const [title, rows] of tables) {
    if (rows.length === 0) continue;
    const width = Math.max(...rows.map((r) => r.what.length), 4);
    lines.push(title, `  ${'what'.padEnd(width)}  tried     ok  how judged`);
    for (const r of rows) lines.push(`  ${r.what.padEnd(width)}  ${String(r.tried).padStart(5)}  ${String(r.ok).padStart(5)}  ${r.detail}`);
    lines.push('');
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  rmSync(dir, { recursive: true, force: true });
}
