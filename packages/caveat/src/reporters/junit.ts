/** JUnit XML (Jenkins, GitLab, Azure): one test suite per file, one failing test case per problem. */
import junitReportBuilderModule from 'junit-report-builder'
import type {Builder} from 'junit-report-builder'

// CommonJS `module.exports = builder`, typed as an ES default export.
const junitReportBuilder = junitReportBuilderModule as unknown as Builder
import type {Reporter} from './types.js'

export const junit: Reporter = (report) => {
  const builder = junitReportBuilder.newBuilder()
  for (const file of report.files) {
    const suite = builder.testSuite().name(file.path)
    if (file.messages.length === 0) {
      suite.testCase().className(file.path).name('caveat lint')
      continue
    }
    for (const message of file.messages) {
      const where = message.line === undefined ? '' : ` (${message.line}:${message.column ?? 1})`
      const testCase = suite.testCase().className(file.path).name(`${message.ruleId}${where}`)
      const text = [message.message, message.note, message.url].filter(Boolean).join('\n')
      if (message.severity === 'info' || (file.draft && message.severity !== 'error')) {
        testCase.standardOutput(text)
      } else {
        testCase.failure(`${message.severity}: ${message.message}`, message.severity)
        testCase.standardOutput(text)
      }
    }
  }
  return builder.build() + '\n'
}
