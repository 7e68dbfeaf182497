import type {CliIo} from '../cli-io.js'

/** What the shell gives each command it registers. */
export interface CommandContext {
  io: CliIo
  /** The whole argument list (for options whose order matters: `--format`/`--output` pairs). */
  argv: string[]
  /** Set the process's exit code: 0 ok, 1 findings, 2 usage, config or crash. */
  exit(code: number): void
}
