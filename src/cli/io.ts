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
  /** Is there a person at a terminal to answer a question? Tests have none. */
  interactive?: boolean;
}

/**
 * The real process: the one place in vmlab that reads process.env (see
 * test/guard/environment.test.ts). Everything else gets the environment as
 * CliIo.env, and what it says as parameters (cli/settings.ts).
 */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  interactive: Boolean(process.stdin.isTTY),
};
