/** What a subcommand gets instead of reaching for `process` directly, so tests and embedders can capture it. */
export interface CliIo {
  stdout: NodeJS.WritableStream & {isTTY?: boolean}
  stderr: NodeJS.WritableStream & {isTTY?: boolean}
  cwd: string
  env: NodeJS.ProcessEnv
}

export function processIo(): CliIo {
  return {stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env}
}

/** A usage or configuration problem: exit code 2, one clear message, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError'
}
