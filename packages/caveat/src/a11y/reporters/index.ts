import type {Report} from '../../report-types.js'
import {formatGithub} from './github.js'
import {formatHtml} from './html.js'
import {formatJson} from './json.js'
import {formatJunit} from './junit.js'
import {formatSarif} from './sarif.js'
import {formatStylish} from './stylish.js'

export const formats = ['stylish', 'json', 'html', 'junit', 'sarif', 'github'] as const
export type Format = (typeof formats)[number]

export interface FormatOptions {
  /** The site folder, for locations of pages without a known source. */
  siteDir: string
  color?: boolean
}

export function formatReport(report: Report, format: Format, options: FormatOptions): string {
  switch (format) {
    case 'stylish':
      return formatStylish(report, {color: options.color ?? false})
    case 'json':
      return formatJson(report)
    case 'html':
      return formatHtml(report)
    case 'junit':
      return formatJunit(report)
    case 'sarif':
      return formatSarif(report, options)
    case 'github':
      return formatGithub(report, options)
  }
}

export {formatGithub, formatHtml, formatJson, formatJunit, formatSarif, formatStylish}
