import type {Report} from '../../report-types.js'
import {locationOf} from './shared.js'

const escapeData = (value: string) => value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (value: string) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** GitHub Actions workflow commands: annotations on the markdown source (or the built page). */
export function formatGithub(report: Report, options: {siteDir: string}): string {
  const lines: string[] = []
  for (const file of report.files) {
    for (const message of file.messages) {
      const command = message.severity === 'error' ? 'error' : message.severity === 'warning' ? 'warning' : 'notice'
      const location = locationOf(file, message, options.siteDir)
      const properties = [`file=${escapeProperty(location.file)}`]
      if (location.line) properties.push(`line=${location.line}`)
      properties.push(`title=${escapeProperty(`${message.ruleId}${message.wcag ? ` (WCAG ${message.wcag.criterion})` : ''}`)}`)
      const detail = [message.message, message.selector ? `Element: ${message.selector}` : '', file.sourcePath ? `Page: ${file.path}` : '', message.url ?? ''].filter(Boolean).join('\n')
      lines.push(`::${command} ${properties.join(',')}::${escapeData(detail)}`)
    }
  }
  return lines.join('\n') + (lines.length ? '\n' : '')
}
