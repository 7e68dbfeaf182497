import type {Report} from '../report-types.js'

export interface ReporterOptions {
  /** Use colours (stylish only). */
  color: boolean
}

/** A reporter turns the JSON report into one output format. */
export type Reporter = (report: Report, options: ReporterOptions) => string
