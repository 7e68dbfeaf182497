import type {FileReport, Report} from '../report-types.js'
import {severitiesOf} from './raw.js'

export function summarise(files: FileReport[]): Report['summary'] {
  const summary = {files: files.length, errors: 0, warnings: 0, infos: 0, failed: 0}
  for (const file of files) {
    if (file.failed) summary.failed++
    for (const severity of severitiesOf(file)) {
      if (severity === 'error') summary.errors++
      else if (severity === 'warning') summary.warnings++
      else summary.infos++
    }
  }
  return summary
}

export interface ExitPolicy {
  strictDrafts?: boolean | undefined
  maxWarnings?: number | undefined
}

/** 1 when a non-draft file (or any file, with strictDrafts) has an error, or warnings exceed maxWarnings; else 0. */
export function exitCodeFor(report: Report, policy: ExitPolicy): 0 | 1 {
  let errors = 0
  let warnings = 0
  for (const file of report.files) {
    if (file.draft && !policy.strictDrafts) continue
    for (const severity of severitiesOf(file)) {
      if (severity === 'error') errors++
      else if (severity === 'warning') warnings++
    }
  }
  if (errors > 0) return 1
  if (policy.maxWarnings !== undefined && warnings > policy.maxWarnings) return 1
  return 0
}
