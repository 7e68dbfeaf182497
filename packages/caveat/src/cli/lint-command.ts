/** `caveat lint [paths or globs…]` */
import os from 'node:os'
import type {CliIo} from '../cli-io.js'
import {UsageError} from '../cli-io.js'
import {loadConfig} from '../config/load.js'
import {resolveFiles} from '../lint/files.js'
import {parseShard} from '../lint/shard.js'
import {runLint} from '../lint/run.js'
import {exitCodeFor} from '../report/summary.js'
import {emit, parseOutputs} from './outputs.js'

export interface LintFlags {
  config?: string
  cache: boolean
  concurrency?: string
  shard?: string
  maxWarnings?: string
  strictDrafts?: boolean
  debug?: boolean
  progress?: boolean
}

export function parseCount(value: string | undefined, flag: string, min: number): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < min) throw new UsageError(`${flag} expects a whole number ≥ ${min}, got "${value}"`)
  return number
}

export async function lintCommand(patterns: string[], flags: LintFlags, rawArgs: string[], io: CliIo): Promise<number> {
  const targets = parseOutputs(rawArgs)
  const concurrency = parseCount(flags.concurrency, '--concurrency', 1) ?? os.availableParallelism()
  const maxWarnings = parseCount(flags.maxWarnings, '--max-warnings', 0)
  const shard = flags.shard === undefined ? undefined : parseShard(flags.shard)
  const {config, problems} = await loadConfig(io.cwd, flags.config)
  let usageProblem = false
  for (const problem of problems) {
    io.stderr.write(`caveat: ${problem}\n`)
    usageProblem = true
  }
  const content = config.lint.content
  const requested = patterns.length > 0 ? patterns : typeof content === 'string' ? [content] : content
  const {files, unmatched} = await resolveFiles(requested, io.cwd, config.lint.ignore)
  for (const pattern of unmatched) {
    io.stderr.write(`caveat: no files match "${pattern}". Check the path, or quote the glob so your shell does not expand it.\n`)
    usageProblem = true
  }

  let bar: import('cli-progress').SingleBar | undefined
  const showProgress = flags.progress !== false && Boolean(io.stderr.isTTY) && !io.env['CI'] && files.length > 50
  if (showProgress) {
    const {SingleBar, Presets} = await import('cli-progress')
    bar = new SingleBar({stream: io.stderr as NodeJS.WriteStream, format: 'caveat lint [{bar}] {value}/{total} files', clearOnComplete: true, hideCursor: true}, Presets.shades_classic)
    bar.start(shard ? Math.ceil(files.length / shard.total) : files.length, 0)
  }
  let result
  try {
    result = await runLint({
      files,
      cwd: io.cwd,
      config,
      cache: flags.cache,
      concurrency,
      shard,
      debug: flags.debug,
      onProgress: bar ? (done, total) => (bar!.setTotal(total), bar!.update(done)) : undefined
    })
  } finally {
    bar?.stop()
  }
  if (config.lint.renderCache !== false) {
    const {loadRenderCacheWriter} = await import('../lint/render-cache.js')
    const {problem} = await loadRenderCacheWriter(config, io.cwd)
    if (problem) io.stderr.write(`caveat: warning: ${problem}\n`)
  }
  if (result.claimsUnavailable) {
    io.stderr.write('caveat: warning: remark-health-claims could not be loaded, so its claim rules did not run. Build it with `npx tsc -b`.\n')
  }
  await emit(result.report, targets, io)
  const code = exitCodeFor(result.report, {strictDrafts: flags.strictDrafts || config.lint.strictDrafts, maxWarnings})
  return usageProblem ? 2 : code
}
