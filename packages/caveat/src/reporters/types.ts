import type {Report} from '../report-types.js'

export interface ReporterOptions {
  /** Use colours (stylish only). */
  color: boolean
  /**
   * a11y reports: the built site's folder, so a page with no known markdown source is located
   * as `<siteDir>/<page>` (default `_site`).
   */
  siteDir?: string | undefined
}

/** A reporter turns the JSON report (lint or a11y alike) into one output format. */
export type Reporter = (report: Report, options: ReporterOptions) => string
