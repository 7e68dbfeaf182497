import type {FileReport, ReportMessage} from '../../report-types.js'

/** Where a finding points: the markdown source (and line) when known, else the built page inside the site folder. */
export function locationOf(file: FileReport, message: ReportMessage, siteDir: string): {file: string; line: number | undefined} {
  if (file.sourcePath) return {file: file.sourcePath, line: message.line}
  return {file: `${siteDir.replace(/\/+$/, '')}/${file.path}`, line: undefined}
}

export function issueCount(file: FileReport): number {
  return file.messages.length
}

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

export function escapeXml(value: string): string {
  // XML 1.0 forbids most control characters even escaped.
  return escapeHtml(value).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
}
