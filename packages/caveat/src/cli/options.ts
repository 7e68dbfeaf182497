/**
 * The options every `caveat` command spells and means the same way. A command adds the ones it
 * takes from here, so `-c` is `--config` everywhere and `--concurrency` is never abbreviated.
 */
import {Option} from 'commander'
import {UsageError} from '../cli-io.js'

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value]
}

export const options = {
  config: () => new Option('-c, --config <file>', 'config file (default: caveat.config.{mjs,js,cjs,json} or package.json "caveat", searched up from the working directory)'),
  format: (formats: readonly string[]) => new Option('-f, --format <format>', 'output format; repeat with --output for several reports').choices([...formats]).argParser(collect),
  output: () => new Option('-o, --output <file>', 'write the preceding --format to FILE instead of stdout (repeatable); "wrote FILE" goes to stderr').argParser(collect),
  quiet: () => new Option('-q, --quiet', 'report errors only (warnings are neither shown nor counted); no progress or summary on stderr'),
  maxWarnings: () => new Option('--max-warnings <n>', 'exit 1 when more than N warnings are shown'),
  concurrency: (what: string) => new Option('--concurrency <n>', what),
  noCache: () => new Option('--no-cache', 'analyse everything again, ignoring the cache (.cache/caveat/ at the project root)'),
  shard: () => new Option('--shard <i/n>', 'only shard i of n (deterministic split, for CI matrices); merge with `caveat report merge`'),
  noProgress: () => new Option('--no-progress', 'never show the progress bar'),
  debug: () => new Option('--debug', 'show stack traces of internal errors')
}

/** A whole number ≥ `min` from a flag's text, or a usage error naming the flag. */
export function parseCount(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < min) throw new UsageError(`${flag} expects a whole number ≥ ${min}, got "${value}"`)
  return number
}

/** The arguments after `name` in argv (what `--format`/`--output` pairs are read from, in order). */
export function argsAfter(argv: string[], ...names: string[]): string[] {
  let index = 0
  for (const name of names) {
    const found = argv.indexOf(name, index)
    if (found === -1) return argv
    index = found + 1
  }
  return argv.slice(index)
}
