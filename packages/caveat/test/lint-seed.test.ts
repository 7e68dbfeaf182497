import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {caveat, repoRoot, seedArticle, tempDir} from './helpers.js'
import type {Report} from '../src/report-types.js'

describe('caveat lint on the seed article (../shared/seed)', () => {
  const lines = readFileSync(seedArticle, 'utf8').split('\n')
  const lineOf = (needle: string) => lines.findIndex((line) => line.includes(needle)) + 1
  const result = caveat(['lint', seedArticle, '--format', 'json', '--no-cache'], repoRoot)
  const report = JSON.parse(result.stdout) as Report
  const messages = report.files[0]!.messages

  it('exits 1: the article has errors', () => {
    expect(result.code).toBe(1)
    expect(report.summary.errors).toBeGreaterThan(0)
  })

  it('reports the [date] placeholder on its line', () => {
    const line = lineOf('[date]')
    expect(line).toBeGreaterThan(0)
    expect(messages.some((m) => m.ruleId === 'placeholder-text' && m.line === line)).toBe(true)
  })

  it('reports the promised-but-missing resources on their lines', () => {
    const promised = lines.flatMap((text, index) => (/refer to the following resources:\s*$/.test(text) ? [index + 1] : []))
    expect(promised.length).toBeGreaterThan(0)
    for (const line of promised) expect(messages.some((m) => m.ruleId === 'dangling-reference' && m.line === line)).toBe(true)
  })

  it('reports unsourced claims on lines that hold them, and "real-life examples" as anecdotal', () => {
    const analgesic = lineOf('Analgesic: Kratom may help reduce pain perception')
    expect(messages.some((m) => m.ruleId === 'unsourced-claim' && m.line === analgesic)).toBe(true)
    const anecdote = lineOf('Real-life examples demonstrate')
    expect(messages.some((m) => m.ruleId === 'anecdotal-evidence' && m.line === anecdote)).toBe(true)
    for (const message of messages.filter((m) => m.source === 'remark-health-claims')) {
      expect(message.line).toBeGreaterThan(0)
      expect(lines[message.line! - 1]!.trim()).not.toBe('')
    }
  })

  it('gives every message file, position, severity, rule id, what is wrong, what to do and a docs link', () => {
    expect(report.files[0]!.path).toMatch(/shared\/seed\/000_b2823957736016dd\.txt$/)
    for (const message of messages) {
      expect(message.line).toBeGreaterThan(0)
      expect(message.column).toBeGreaterThan(0)
      expect(['error', 'warning', 'info']).toContain(message.severity)
      expect(message.ruleId).toBeTruthy()
      expect(message.message).toBeTruthy()
      expect(message.note, message.ruleId).toBeTruthy()
      expect(message.url, message.ruleId).toMatch(/^https:\/\//)
    }
  })

  it('scores the article against the JAMA benchmarks and its readability', () => {
    const file = report.files[0]!
    expect(file.jama).toMatchObject({authorship: false, attribution: false, currency: false})
    expect(file.jama!.score).toBeLessThanOrEqual(1)
    expect(file.readability!.grade).toBeGreaterThan(8)
    expect(file.readability!.hardest.length).toBeGreaterThan(0)
    expect(messages.some((m) => m.ruleId === 'frontmatter-missing' && m.line === 1)).toBe(true)
  })

  it('prints the JAMA score per article in the stylish summary', () => {
    const stylish = caveat(['lint', seedArticle, '--no-cache'], tempDir())
    expect(stylish.code).toBe(1)
    expect(stylish.stdout).toMatch(/000_b2823957736016dd\.txt\s+JAMA [01]\/4/)
    expect(stylish.stdout).toMatch(/✖ \d+ problems \(\d+ errors, \d+ warnings\)/)
  })
})
