/** What a subcommand gets instead of reaching for `process` directly, so tests and embedders can capture it. */
export interface CliIo {
  stdout: {write(chunk: string): unknown; isTTY?: boolean | undefined}
  stderr: {write(chunk: string): unknown; isTTY?: boolean | undefined}
  cwd: string
  env: NodeJS.ProcessEnv
  /** Read for `--stdin`. Default: process.stdin. */
  stdin?: NodeJS.ReadableStream | undefined
}

const guarded = new WeakSet<NodeJS.WritableStream>()

/**
 * A reader that goes away (`caveat lint | head -1`) is not an error: later writes are
 * dropped and the run ends with its own exit code, without a stack trace.
 */
function quietOnClosedPipe(stream: NodeJS.WritableStream): void {
  if (guarded.has(stream)) return
  guarded.add(stream)
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return
    throw error
  })
}

export function processIo(): CliIo {
  quietOnClosedPipe(process.stdout)
  quietOnClosedPipe(process.stderr)
  return {stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, stdin: process.stdin}
}

/** A usage or configuration problem: exit code 2, one clear message, no stack trace. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** Exit codes of every `caveat` command. */
export const exitCodes = {
  /** Nothing at error level (and warnings within --max-warnings). */
  ok: 0,
  /** Findings at error level, or more warnings than --max-warnings. */
  findings: 1,
  /** Bad usage or configuration, or a crash. */
  usage: 2
} as const
