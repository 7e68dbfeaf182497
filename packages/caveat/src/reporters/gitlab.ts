/**
 * GitLab Code Quality report (the JSON array GitLab reads from `artifacts:reports:codequality`):
 * one issue per message, shown in the merge request widget and the diff.
 * Format: https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
 */
import {createHash} from 'node:crypto'
import type {Reporter} from './types.js'
import type {MessageSeverity} from '../report-types.js'
import {a11yDetails, locate} from './location.js'

/** GitLab's scale is info, minor, major, critical, blocker; an error blocks a Caveat run, so it is `major`. */
const severities: Record<MessageSeverity, 'major' | 'minor' | 'info'> = {error: 'major', warning: 'minor', info: 'info'}

export interface CodeQualityIssue {
  description: string
  check_name: string
  fingerprint: string
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker'
  location: {path: string; lines: {begin: number}}
}

/**
 * The fingerprint is made only of what identifies the finding (file, rule, place, text, and
 * for a11y the element), never of run-dependent data, so GitLab sees the same issue in two runs
 * and reports it as neither fixed nor new.
 */
export const gitlab: Reporter = (report, options) => {
  const issues: CodeQualityIssue[] = []
  for (const file of report.files) {
    // The same finding twice on one line (e.g. a repeated placeholder) must keep distinct fingerprints.
    const seen = new Map<string, number>()
    for (const message of file.messages) {
      const where = locate(file, message, options, report.kind)
      const line = where.line ?? 1
      const base = [file.path, message.ruleId, line, where.column ?? 0, message.message, message.selector ?? ''].join('\0')
      const count = seen.get(base) ?? 0
      seen.set(base, count + 1)
      const details = report.kind === 'a11y' ? a11yDetails(file, message) : []
      issues.push({
        description: [message.message, message.note, ...details].filter(Boolean).join(' — '),
        check_name: message.ruleId,
        fingerprint: createHash('sha256').update(`${base}\0${count}`).digest('hex'),
        severity: severities[message.severity],
        location: {path: where.path, lines: {begin: line}}
      })
    }
  }
  return JSON.stringify(issues, null, 2) + '\n'
}
