/**
 * GitHub Actions workflow commands: one annotation per message, shown on the
 * pull request's diff. Escaping follows @actions/core (toCommandValue/escapeData/escapeProperty).
 */
import type {Reporter} from './types.js'
import type {MessageSeverity} from '../report-types.js'

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const commands: Record<MessageSeverity, string> = {error: 'error', warning: 'warning', info: 'notice'}

export const github: Reporter = (report) => {
  const lines: string[] = []
  for (const file of report.files) {
    for (const message of file.messages) {
      const properties: Array<[string, string | number | undefined]> = [
        ['file', file.path],
        ['line', message.line],
        ['col', message.column],
        ['endLine', message.endLine],
        ['endColumn', message.endColumn],
        ['title', `${message.ruleId}${file.draft ? ' (draft)' : ''}`]
      ]
      const head = properties
        .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',')
      const body = [message.message, message.note, message.url].filter(Boolean).join('\n')
      lines.push(`::${commands[message.severity]} ${head}::${escapeData(body)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
