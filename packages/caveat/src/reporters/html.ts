/**
 * `html`: a lint report renders as the reviewer's report on one page (report-html/, which
 * reads the sources, hence async); an a11y report as its accessibility page.
 */
import type {Report} from '../report-types.js'
import type {ReporterOptions} from './types.js'
import {a11yHtml} from './html-a11y.js'

export async function html(report: Report, _options?: ReporterOptions): Promise<string> {
  if (report.kind === 'a11y') return a11yHtml(report)
  return (await import('../report-html/format.js')).html(report)
}
