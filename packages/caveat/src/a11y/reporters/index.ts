/**
 * `caveat a11y`'s formats are the shared reporters (src/reporters/): one set for lint and a11y
 * reports. This keeps the synchronous `formatReport` the a11y command and `report merge` call.
 */
import type {Report} from '../../report-types.js'
import {github} from '../../reporters/github.js'
import {gitlab} from '../../reporters/gitlab.js'
import {json} from '../../reporters/json.js'
import {junit} from '../../reporters/junit.js'
import {sarif} from '../../reporters/sarif.js'
import {stylish} from '../../reporters/stylish.js'
import {a11yHtml} from '../../reporters/html-a11y.js'
import type {Reporter} from '../../reporters/types.js'

export const formats = ['stylish', 'json', 'html', 'junit', 'sarif', 'github', 'gitlab'] as const
export type Format = (typeof formats)[number]

export interface FormatOptions {
  /** The site folder, for locations of pages without a known source. */
  siteDir: string
  color?: boolean
}

const reporters: Record<Format, Reporter> = {stylish, json, html: (report) => a11yHtml(report), junit, sarif, github, gitlab}

export function formatReport(report: Report, format: Format, options: FormatOptions): string {
  return reporters[format](report, {color: options.color ?? false, siteDir: options.siteDir})
}
