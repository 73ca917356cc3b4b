/**
 * Where the CLI writes. Machine-readable output goes to stdout, progress and
 * messages to stderr, so `vmlab plan --json | jq` always works. Tests pass
 * their own sinks.
 */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
};
