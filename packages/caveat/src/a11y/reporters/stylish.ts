import kleur from 'kleur'
import type {Report} from '../../report-types.js'

/** Human output: one block per page with problems, then a summary line. */
export function formatStylish(report: Report, options: {color?: boolean} = {}): string {
  const k = kleur
  k.enabled = options.color ?? false
  const lines: string[] = []
  for (const file of report.files) {
    if (file.messages.length === 0) continue
    lines.push(k.underline(file.path) + (file.sourcePath ? k.dim(` (from ${file.sourcePath})`) : ''))
    for (const message of file.messages) {
      const severity = message.severity === 'error' ? k.red('error') : message.severity === 'warning' ? k.yellow('warning') : k.blue('info')
      const where = message.line ? `${message.line}` : ''
      const wcag = message.wcag ? ` WCAG ${message.wcag.criterion} (${message.wcag.level})` : ''
      lines.push(`  ${where.padEnd(5)} ${severity.padEnd(options.color ? 17 : 7)} ${message.message}  ${k.dim(`${message.ruleId} [${message.source}]${wcag}`)}`)
      if (message.selector) lines.push(`        ${k.dim('at')} ${message.selector}`)
    }
    lines.push('')
  }
  const {files, errors, warnings, failed} = report.summary
  const parts = [`${files} page${files === 1 ? '' : 's'}`, `${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`]
  if (failed > 0) parts.push(k.red(`${failed} failed to run`))
  const mark = errors > 0 || failed > 0 ? k.red('✖') : k.green('✔')
  lines.push(`${mark} ${parts.join(', ')}`)
  return lines.join('\n') + '\n'
}
