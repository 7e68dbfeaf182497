/**
 * Lint (or take a lint report), read the sources, render, write: what
 * `caveat report`, `caveat lint --format html` and the site's preview share.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {ResolvedConfig} from '../config/schema.js'
import {loadConfig} from '../config/load.js'
import {resolveFiles} from '../lint/files.js'
import {runLint} from '../lint/run.js'
import {readReport} from '../report/merge.js'
import type {Report} from '../report-types.js'
import {UsageError} from '../cli-io.js'
import {renderReviewReport, type ReviewReport} from './render.js'
import {writeReportFolder} from './write.js'

export async function readSources(report: Report, cwd: string): Promise<Map<string, string>> {
  const sources = new Map<string, string>()
  await Promise.all(
    report.files.map(async (file) => {
      const text = await readFile(path.resolve(cwd, file.path), 'utf8').catch(() => undefined)
      if (text !== undefined) sources.set(file.path, text)
    })
  )
  return sources
}

export async function readA11yReport(file: string, cwd: string): Promise<Report> {
  const report = await readReport(path.resolve(cwd, file))
  if (report.kind !== 'a11y') throw new UsageError(`${file} is a ${report.kind} report; --a11y needs the JSON of \`caveat a11y --format json --output FILE\`.`)
  return report
}

export interface LintForReportOptions {
  cwd: string
  config: ResolvedConfig
  /** Paths or globs (default: the config's lint.content). */
  patterns?: string[] | undefined
  cache?: boolean | undefined
  concurrency?: number | undefined
}

export async function lintForReport(options: LintForReportOptions): Promise<{report: Report; unmatched: string[]}> {
  const content = options.config.lint.content
  const patterns = options.patterns && options.patterns.length > 0 ? options.patterns : typeof content === 'string' ? [content] : content
  const {files, unmatched} = await resolveFiles(patterns, options.cwd, options.config.lint.ignore)
  const {report} = await runLint({files, cwd: options.cwd, config: options.config, cache: options.cache, concurrency: options.concurrency})
  return {report, unmatched}
}

export interface WriteReviewReportOptions {
  /** The content folder (markdown), relative to `cwd`. Default: the config's `lint.content`. */
  inputDir?: string | undefined
  /** The built site's folder; the report goes to `outputDir/_review/`. */
  outputDir: string
  cwd?: string | undefined
  /** caveat.config file (default: found in cwd). */
  config?: string | undefined
  /** `caveat a11y --format json` report to include, if you have one. */
  a11y?: string | undefined
}

/**
 * The site preview's hook: lint the content and write the reviewer's report
 * to `outputDir/_review/` (every page `noindex`; never in the sitemap, which
 * is built from collections). Use it from an `eleventy.after` handler.
 */
export async function writeReviewReport(options: WriteReviewReportOptions): Promise<ReviewReport> {
  const cwd = options.cwd ?? process.cwd()
  const {config} = await loadConfig(cwd, options.config)
  const {report} = await lintForReport({cwd, config, patterns: options.inputDir ? [options.inputDir] : undefined})
  const review = renderReviewReport(report, {
    sources: await readSources(report, cwd),
    claims: config.claims,
    a11y: options.a11y ? await readA11yReport(options.a11y, cwd) : undefined
  })
  await writeReportFolder(path.resolve(cwd, options.outputDir, '_review'), review)
  return review
}
