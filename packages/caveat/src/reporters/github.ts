/**
 * GitHub Actions workflow commands: one annotation per message, shown on the pull request's
 * diff, for lint and a11y reports alike. Escaping follows @actions/core
 * (toCommandValue/escapeData/escapeProperty); @actions/core itself writes to the runner's
 * stdout as it goes, where a reporter must return text (for `--output`), so it is not used.
 */
import type {Reporter} from './types.js'
import type {MessageSeverity} from '../report-types.js'
import {a11yDetails, locate} from './location.js'

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const commands: Record<MessageSeverity, string> = {error: 'error', warning: 'warning', info: 'notice'}

export const github: Reporter = (report, options) => {
  const lines: string[] = []
  for (const file of report.files) {
    for (const message of file.messages) {
      const where = locate(file, message, options, report.kind)
      const title = `${message.ruleId}${message.wcag ? ` (WCAG ${message.wcag.criterion})` : ''}${file.draft ? ' (draft)' : ''}`
      const properties: Array<[string, string | number | undefined]> = [
        ['file', where.path],
        ['line', where.line],
        ['col', where.column],
        ['endLine', where.endLine],
        ['endColumn', where.endColumn],
        ['title', title]
      ]
      const head = properties
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',')
      const details = report.kind === 'a11y' ? a11yDetails(file, message).filter((detail) => !detail.startsWith('WCAG')) : []
      const body = [message.message, message.note, ...details, message.url].filter(Boolean).join('\n')
      lines.push(`::${commands[message.severity]} ${head}::${escapeData(body)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
