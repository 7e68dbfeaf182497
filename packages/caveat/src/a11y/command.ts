/**
 * `caveat a11y [dir]`: the glue between the CLI shell (src/cli/a11y-command.ts parses the
 * options) and the engine (caveat-a11y): config, progress bar, notes. Exit codes: 0 no accessibility errors; 1 errors, a page that failed to run, or more
 * warnings than --max-warnings; 2 could not run at all (no browser, bad flag, bad config, no site).
 */
import path from 'node:path'
import {A11yUsageError, parseShard, runA11yCheck, type A11yConfig} from 'caveat-a11y'
import cliProgress from 'cli-progress'
import type {CliIo} from '../cli-io.js'
import {UsageError} from '../cli-io.js'
import {loadConfig} from '../config/load.js'
import type {Report} from '../report-types.js'
import {version} from '../version.js'
import {formatReport, type Format} from './reporters/index.js'

/** The IO every `caveat` command gets. */
export type CommandIo = CliIo

export interface A11yFlags {
  config?: string | undefined
  concurrency?: number | undefined
  cache: boolean
  changedSince?: string | undefined
  shard?: string | undefined
  runner?: string[] | undefined
  standard?: string | undefined
  timeout?: number | undefined
  quiet?: boolean | undefined
}

export interface A11yTarget {
  format: Format
  file?: string | undefined
}

export interface A11yOutcome {
  report: Report
  /** Lines for stderr: notes and the summary. */
  notes: string[]
  siteDir: string
}

/** The validated `a11y` section of the config that applies in `cwd` (or of `explicit`), and its file. */
export async function loadA11yConfig(cwd: string, explicit?: string): Promise<{config: A11yConfig; file: string | undefined}> {
  const {config} = await loadConfig(cwd, explicit)
  return {config: config.a11y, file: config.path}
}

/** Run the check on `dir` with the command line's flags over the config's `a11y` section. */
export async function checkSite(dir: string, flags: A11yFlags, io: CliIo): Promise<A11yOutcome> {
  try {
    return await check(dir, flags, io)
  } catch (error) {
    // The engine's setup errors (no site, no browser, bad shard or config) are the CLI's usage errors: exit 2.
    if (error instanceof A11yUsageError) throw new UsageError(error.message)
    throw error
  }
}

async function check(dir: string, flags: A11yFlags, io: CliIo): Promise<A11yOutcome> {
  const {config: all} = await loadConfig(io.cwd, flags.config)
  // The cache lives at the project root (the config's folder), wherever the check runs from.
  const config = {...all.a11y, cacheDir: path.resolve(all.root, all.a11y.cacheDir)}
  if (flags.runner) {
    const bad = flags.runner.filter((runner) => runner !== 'axe' && runner !== 'htmlcs')
    if (bad.length) throw new UsageError(`--runner must be axe or htmlcs; got ${bad.join(', ')}.`)
    config.runners = [...new Set(flags.runner)] as Array<'axe' | 'htmlcs'>
  }
  if (flags.standard) {
    if (!['WCAG2A', 'WCAG2AA', 'WCAG2AAA'].includes(flags.standard)) throw new UsageError(`--standard must be WCAG2A, WCAG2AA or WCAG2AAA; got "${flags.standard}".`)
    config.standard = flags.standard as typeof config.standard
  }
  config.timeout = flags.timeout ?? config.timeout
  const shard = flags.shard ? parseShard(flags.shard) : undefined

  const progress = !flags.quiet
  // A progress bar only on an interactive terminal; CI logs get the summary line alone.
  const bar = progress && io.stderr.isTTY ? new cliProgress.SingleBar({stream: io.stderr as NodeJS.WritableStream, format: 'caveat a11y {bar} {value}/{total} pages | {state} {page}', hideCursor: true, clearOnComplete: true}, cliProgress.Presets.shades_classic) : undefined
  const result = await runA11yCheck({
    dir,
    cwd: io.cwd,
    config,
    concurrency: flags.concurrency,
    cache: flags.cache,
    changedSince: flags.changedSince,
    shard,
    env: io.env,
    onPage: bar
      ? (page, state, done, total) => {
          if (done === 1) bar.start(total, 0, {state, page: page.path})
          bar.update(done, {state, page: page.path})
        }
      : undefined
  })
  bar?.stop()
  const {stats} = result
  const notes = progress
    ? [
        ...result.notes,
        `${stats.pages} page(s): ${stats.checked} checked, ${stats.cached} from cache, ${stats.failed} failed to run` +
          `${shard ? ` (shard ${shard.index}/${shard.total})` : ''} in ${stats.seconds.toFixed(1)} s`
      ]
    : []
  // The report is caveat's (`tool: 'caveat'`): it carries caveat's version, as lint's does.
  return {report: {...result.report, version}, notes, siteDir: path.relative(io.cwd, path.resolve(io.cwd, dir)) || '.'}
}

/** The report in one a11y format. */
export function formatA11y(outcome: A11yOutcome, format: Format, color: boolean): string {
  return formatReport(outcome.report, format, {siteDir: outcome.siteDir, color})
}
