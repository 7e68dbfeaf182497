/**
 * `html` as an output format of `caveat lint` (and `caveat report merge`):
 * the reviewer's report for an existing lint report.
 *
 * - `html(report)`: the reporter: ONE self-contained page (index, then every
 *   article), for stdout or `--output review.html`.
 * - `writeHtmlFormat(report, {output: DIR})`: the folder of pages that
 *   `caveat report` writes, for `--output DIR`.
 */
import path from 'node:path'
import type {Options as ClaimsOptions} from 'remark-health-claims'
import {UsageError} from '../cli-io.js'
import {loadConfig} from '../config/load.js'
import type {Report} from '../report-types.js'
import {readSources} from './build.js'
import {renderReviewReport, renderReviewReportPage} from './render.js'
import {writeReportFolder} from './write.js'

export interface HtmlFormatOptions {
  /** Report folder (default `caveat-report`). A name ending in `.html` is taken as the index file: its folder is written. */
  output?: string | undefined
  /** Where the report's file paths are relative to (the sources are read from there). */
  cwd: string
  /** remark-health-claims options; default: `claims` of the caveat.config in cwd. */
  claims?: ClaimsOptions | undefined
  /** An a11y report to join in. */
  a11y?: Report | undefined
}

/** Write the HTML report of `report`; returns the index file's path. */
export async function writeHtmlFormat(report: Report, options: HtmlFormatOptions): Promise<string> {
  if (report.kind !== 'lint') throw new UsageError('--format html renders lint reports; for accessibility findings pass the a11y JSON to `caveat report --a11y`.')
  let folder = options.output ?? 'caveat-report'
  if (/\.html?$/i.test(folder)) {
    if (path.basename(folder).toLowerCase() !== 'index.html') {
      throw new UsageError(`--format html writes a folder of pages: pass --output DIR (or DIR/index.html), not ${folder}.`)
    }
    folder = path.dirname(folder)
  }
  const claims = options.claims ?? (await loadConfig(options.cwd)).config.claims
  const review = renderReviewReport(report, {sources: await readSources(report, options.cwd), claims, a11y: options.a11y})
  const target = path.resolve(options.cwd, folder)
  await writeReportFolder(target, review)
  return path.join(target, 'index.html')
}

/**
 * The `html` reporter: the report as one page. Asynchronous (it reads the
 * sources and the config's `claims` from the working directory), so the
 * registry awaits it like the others: `return (await render(...))`.
 */
export async function html(report: Report, options: {cwd?: string | undefined; claims?: ClaimsOptions | undefined; a11y?: Report | undefined} = {}): Promise<string> {
  if (report.kind !== 'lint') throw new UsageError('--format html renders lint reports; for accessibility findings pass the a11y JSON to `caveat report --a11y`.')
  const cwd = options.cwd ?? process.cwd()
  const claims = options.claims ?? (await loadConfig(cwd)).config.claims
  return renderReviewReportPage(report, {sources: await readSources(report, cwd), claims, a11y: options.a11y})
}
