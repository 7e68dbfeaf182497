/**
 * Human-readable output, grouped by file, with what to do and the docs link under each problem;
 * for a11y reports also the WCAG criterion and the element. Hand-written rather than
 * `vfile-reporter`: that formatter ends with its own count of every message, where Caveat's
 * summary must follow its exit policy (drafts do not fail a run), and it has no place for the
 * per-article table (JAMA benchmarks, reading grade, claim counts) nor for a11y selectors.
 */
import kleur from 'kleur'
import type {Reporter} from './types.js'
import type {FileReport, MessageSeverity} from '../report-types.js'
import {claimCountsOf} from '../report/raw.js'

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - text.length))
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

export const stylish: Reporter = (report, {color}) => {
  kleur.enabled = color
  const c = kleur
  const label: Record<MessageSeverity, string> = {error: c.red('error'), warning: c.yellow('warning'), info: c.blue('info')}
  const out: string[] = []
  for (const file of report.files) {
    if (file.messages.length === 0) continue
    const from = file.sourcePath ? c.dim(` (from ${file.sourcePath})`) : ''
    out.push('', c.underline(file.path) + from + (file.draft ? c.dim(' (draft: does not fail the run)') : ''))
    const places = file.messages.map((m) => (m.line === undefined ? '' : `${m.line}:${m.column ?? 1}`))
    const width = Math.max(...places.map((p) => p.length))
    file.messages.forEach((message, index) => {
      const severityWidth = 7 + (label[message.severity].length - message.severity.length)
      const wcag = message.wcag ? ` WCAG ${message.wcag.criterion} (${message.wcag.level})` : ''
      const rule = report.kind === 'a11y' ? `${message.ruleId} [${message.source}]${wcag}` : message.ruleId
      out.push(`  ${c.dim(pad(places[index]!, width))}  ${pad(label[message.severity], severityWidth)}  ${message.message}  ${c.dim(rule)}`)
      const indent = ' '.repeat(width + 13)
      if (message.selector) out.push(`${indent}${c.dim('at')} ${message.selector}`)
      if (message.note) out.push(`${indent}${c.green('→')} ${message.note}`)
      if (message.url) out.push(`${indent}${c.dim(message.url)}`)
    })
  }

  const articles = report.files.filter((file): file is FileReport & {jama: NonNullable<FileReport['jama']>} => file.jama !== undefined)
  if (articles.length > 0) {
    out.push('', c.bold('Articles') + c.dim('  JAMA benchmarks: authorship, attribution, disclosure, currency'))
    const width = Math.max(...articles.map((file) => file.path.length))
    for (const file of articles) {
      const {jama} = file
      const marks = (['authorship', 'attribution', 'disclosure', 'currency'] as const)
        .map((key) => (jama[key] ? c.green('✓') : c.red('✗')) + ' ' + key)
        .join('  ')
      const counts = claimCountsOf(file)
      const grade = file.readability ? `grade ${file.readability.grade.toFixed(1)}` : ''
      out.push(
        `  ${pad(file.path, width)}  JAMA ${jama.score}/4  ${marks}  ${grade}  ${counts ? `${plural(counts.claims, 'claim')} (${counts.unsourced} unsourced)` : ''}`.trimEnd()
      )
    }
  }

  const {summary} = report
  const problems = summary.errors + summary.warnings + summary.infos
  const counts = `${plural(problems, 'problem')} (${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}${summary.infos ? `, ${summary.infos} info` : ''})`
  const unit = report.kind === 'a11y' ? 'page' : 'file'
  const files = `${plural(summary.files, unit)}${summary.failed ? `, ${summary.failed} ${report.kind === 'a11y' ? 'failed to run' : 'could not be analysed'}` : ''}`
  const stats = report.stats ? `; ${report.stats.analysed} analysed, ${report.stats.cached} from cache` : ''
  out.push('', problems === 0 ? c.green(`✔ No problems in ${files}${stats}`) : (summary.errors ? c.red : c.yellow)(`✖ ${counts} in ${files}${stats}`))
  return out.join('\n').replace(/^\n/, '') + '\n'
}
