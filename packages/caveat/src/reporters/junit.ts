/**
 * JUnit XML (Jenkins, GitLab, Azure), built with junit-report-builder, for lint and a11y
 * reports alike: one test suite per file (an article, or a built page), one test case per
 * message. Errors fail; warnings fail too except in drafts; infos pass with their text as
 * output; a file that could not be analysed (a page that failed to run) is a test error.
 */
import junitReportBuilderModule from 'junit-report-builder'
import type {Builder} from 'junit-report-builder'
import type {Reporter} from './types.js'
import {a11yDetails, locate} from './location.js'

// CommonJS `module.exports = builder`, typed as an ES default export.
const junitReportBuilder = junitReportBuilderModule as unknown as Builder

export const junit: Reporter = (report, options) => {
  const builder = junitReportBuilder.newBuilder().name(`caveat ${report.kind}`)
  for (const file of report.files) {
    const suite = builder.testSuite().name(file.path)
    if (file.messages.length === 0) {
      suite.testCase().className(file.path).name(`caveat ${report.kind}`)
      continue
    }
    for (const message of file.messages) {
      const where = locate(file, message, options, report.kind)
      const at = where.line === undefined ? '' : ` (${where.line}:${where.column ?? 1})`
      const testCase = suite.testCase().className(file.path).name(`${message.ruleId}${at}`)
      const details = report.kind === 'a11y' ? a11yDetails(file, message) : []
      const text = [message.message, message.note, ...details, message.url].filter(Boolean).join('\n')
      if (file.failed && message.severity === 'error') testCase.error(message.message, message.ruleId, text)
      else if (message.severity === 'error' || (message.severity === 'warning' && !file.draft)) testCase.failure(`${message.severity}: ${message.message}`, message.severity)
      testCase.standardOutput(text)
    }
  }
  return builder.build() + '\n'
}
