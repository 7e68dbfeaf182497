/**
 * The reviewer's HTML report folder from a lint report (and optionally an a11y report): what
 * `caveat report` writes once the CLI shell has the lint report (src/cli/report-command.ts).
 * The report never lints: lint and the report meet only in the shell and the report type.
 */
import path from 'node:path'
import type {Options as ClaimsOptions} from 'remark-health-claims'
import {UsageError} from '../cli-io.js'
import type {Report} from '../report-types.js'
import {readSources} from './build.js'
import {renderReviewReport, type ReviewReport} from './render.js'
import {writeReportFolder} from './write.js'

export interface ReportFolderOptions {
  /** Where the report's file paths are relative to (the sources are read from there). */
  cwd: string
  /** The folder to write (replaced atomically). */
  output: string
  claims?: ClaimsOptions | undefined
  a11y?: Report | undefined
  title?: string | undefined
}

/** Render `report` and write the folder; returns what was written. */
export async function writeReviewFolder(report: Report, options: ReportFolderOptions): Promise<ReviewReport> {
  if (report.kind !== 'lint') throw new UsageError(`The reviewer's report renders lint reports; this is an ${report.kind} report (pass it with --a11y).`)
  const review = renderReviewReport(report, {sources: await readSources(report, options.cwd), a11y: options.a11y, claims: options.claims, title: options.title})
  await writeReportFolder(path.resolve(options.cwd, options.output), review)
  return review
}
