/**
 * Where a message points, the same way in every format: lint messages at their file and
 * place; a11y messages at the markdown source and line when the page records it, else at the
 * built page in the site folder (without a line: a line of built HTML helps nobody).
 */
import type {FileReport, ReportMessage} from '../report-types.js'
import type {ReporterOptions} from './types.js'

export interface Location {
  path: string
  line?: number | undefined
  column?: number | undefined
  endLine?: number | undefined
  endColumn?: number | undefined
}

export function locate(file: FileReport, message: ReportMessage, options: Pick<ReporterOptions, 'siteDir'>, kind: 'lint' | 'a11y'): Location {
  const place = {line: message.line, column: message.column, endLine: message.endLine, endColumn: message.endColumn}
  if (kind === 'lint') return {path: file.path, ...place}
  if (file.sourcePath) return {path: file.sourcePath, ...place}
  return {path: `${(options.siteDir ?? '_site').replace(/\/+$/, '')}/${file.path}`}
}

/** The extra facts of an a11y message, in words: WCAG criterion, element, page. */
export function a11yDetails(file: FileReport, message: ReportMessage): string[] {
  return [
    message.wcag ? `WCAG ${message.wcag.criterion} (${message.wcag.level})` : '',
    message.selector ? `Element: ${message.selector}` : '',
    file.sourcePath ? `Page: ${file.path}` : ''
  ].filter(Boolean)
}
