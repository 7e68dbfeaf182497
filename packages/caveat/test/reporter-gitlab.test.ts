import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {caveat, cleanArticle, faultyArticle, tempDir, writeFiles} from './helpers.js'
import type {Report} from '../src/report-types.js'
import type {CodeQualityIssue} from '../src/reporters/gitlab.js'

describe('gitlab (Code Quality) reporter', () => {
  let report: Report
  let issues: CodeQualityIssue[]
  let code: number

  beforeAll(() => {
    const dir = tempDir()
    writeFiles(dir, {
      'content/clean.md': cleanArticle('Sleep better'),
      'content/faulty.md': faultyArticle('Heat for back pain')
    })
    const run = caveat(
      ['lint', 'content', '--format', 'json', '--output', 'report.json', '--format', 'gitlab', '--output', 'gl-code-quality.json'],
      dir
    )
    code = run.code
    report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report
    issues = JSON.parse(readFileSync(path.join(dir, 'gl-code-quality.json'), 'utf8')) as CodeQualityIssue[]
  })

  it('has one issue per message, at its file and line, in the shape GitLab reads', () => {
    expect(code).toBe(1)
    const messages = report.files.flatMap((file) => file.messages.map((m) => ({file: file.path, ...m})))
    expect(messages.length).toBeGreaterThan(0)
    expect(issues).toHaveLength(messages.length)
    for (const [index, issue] of issues.entries()) {
      const message = messages[index]!
      expect(issue).toEqual({
        description: expect.stringContaining(message.message),
        check_name: message.ruleId,
        fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
        severity: message.severity === 'error' ? 'major' : message.severity === 'warning' ? 'minor' : 'info',
        location: {path: message.file, lines: {begin: message.line ?? 1}}
      })
    }
  })

  it('gives every issue its own stable fingerprint (GitLab tracks issues across runs by it)', () => {
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length)
  })
})
