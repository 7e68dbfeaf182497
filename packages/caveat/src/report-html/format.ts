/**
 * `html` as an output format of `caveat lint` (and `caveat report merge`):
 * the reviewer's report for an existing lint report. It writes a folder of
 * pages, not one string, so the CLI calls it instead of a string reporter:
 *
 *   if (target.format === 'html') { await writeHtmlFormat(report, {output: target.file, cwd: io.cwd}); continue }
 */
import path from 'node:path'
import type {Options as ClaimsOptions} from 'remark-health-claims'
import {UsageError} from '../cli-io.js'
import {loadConfig} from '../config/load.js'
import type {Report} from '../report-types.js'
import {readSources} from './build.js'
import {renderReviewReport} from './render.js'
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
