import type {Report} from '../../report-types.js'
import {escapeXml} from './shared.js'

/** JUnit XML: one test case per page; errors are failures, a page that failed to run is an <error>. */
export function formatJunit(report: Report): string {
  const cases = report.files.map((file) => {
    const errors = file.messages.filter((message) => message.severity === 'error')
    const name = escapeXml(file.path)
    const body = errors.map((message) => `${message.ruleId}${message.wcag ? ` (WCAG ${message.wcag.criterion} ${message.wcag.level})` : ''}: ${message.message}${message.selector ? `\n  at ${message.selector}` : ''}`).join('\n')
    if (file.failed) return `    <testcase classname="a11y" name="${name}">\n      <error message="${escapeXml(errors[0]?.message ?? 'failed to run')}">${escapeXml(body)}</error>\n    </testcase>`
    if (errors.length > 0) return `    <testcase classname="a11y" name="${name}">\n      <failure message="${errors.length} accessibility error${errors.length === 1 ? '' : 's'}">${escapeXml(body)}</failure>\n    </testcase>`
    return `    <testcase classname="a11y" name="${name}"/>`
  })
  const failures = report.files.filter((file) => !file.failed && file.messages.some((message) => message.severity === 'error')).length
  const errors = report.files.filter((file) => file.failed).length
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="caveat a11y" tests="${report.files.length}" failures="${failures}" errors="${errors}">`,
    `  <testsuite name="caveat a11y" tests="${report.files.length}" failures="${failures}" errors="${errors}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    ''
  ].join('\n')
}
