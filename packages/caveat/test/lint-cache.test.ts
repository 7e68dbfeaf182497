import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {caveat, cleanArticle, faultyArticle, tempDir, writeFiles} from './helpers.js'
import type {Report} from '../src/report-types.js'

function lint(dir: string, ...extra: string[]): Report {
  const result = caveat(['lint', 'content', '--format', 'json', ...extra], dir)
  expect(result.code, result.stderr).toBe(1)
  return JSON.parse(result.stdout) as Report
}

describe('content-hash cache (.cache/caveat/)', () => {
  let dir: string
  let first: Report

  beforeAll(() => {
    dir = tempDir()
    writeFiles(dir, {
      'content/a.md': cleanArticle('Sleep better'),
      'content/b.md': faultyArticle('Heat for back pain'),
      'content/c.md': faultyArticle('Ice for sprains')
    })
    first = lint(dir)
  })

  it('analyses every file on the first run and stores one entry per file', () => {
    expect(first.stats).toEqual({analysed: 3, cached: 0})
    expect(readdirSync(path.join(dir, '.cache/caveat')).filter((f) => f.endsWith('.json'))).toHaveLength(3)
  })

  it('analyses 0 files on a second run, with the same results', () => {
    const second = lint(dir)
    expect(second.stats).toEqual({analysed: 0, cached: 3})
    expect(second.files).toEqual(first.files)
  })

  it('writes the same report from the cache as from a fresh analysis, byte for byte, in every format', () => {
    const withoutStats = (text: string) => text.replace(/"stats":\{[^}]*\}/, '').replace(/; \d+ analysed, \d+ from cache/, '')
    for (const format of ['json', 'stylish', 'sarif', 'github', 'junit']) {
      const fresh = caveat(['lint', 'content', '--no-cache', '--format', format], dir)
      const cached = caveat(['lint', 'content', '--format', format], dir)
      expect(cached.code).toBe(fresh.code)
      expect(withoutStats(cached.stdout), format).toBe(withoutStats(fresh.stdout))
    }
    const fresh = path.join(dir, 'fresh.json')
    const cached = path.join(dir, 'cached.json')
    caveat(['lint', 'content', '--no-cache', '--format', 'json', '--output', fresh], dir)
    caveat(['lint', 'content', '--format', 'json', '--output', cached], dir)
    expect(withoutStats(readFileSync(cached, 'utf8'))).toBe(withoutStats(readFileSync(fresh, 'utf8')))
    expect((JSON.parse(readFileSync(cached, 'utf8')) as Report).stats).toEqual({analysed: 0, cached: 3})
  })

  it('ignores an entry whose stored findings were damaged (same size, one byte changed)', () => {
    const directory = path.join(dir, '.cache/caveat')
    for (const entry of readdirSync(directory)) {
      const file = path.join(directory, entry)
      const bytes = readFileSync(file)
      const at = bytes.indexOf('"ruleId"', bytes.indexOf(0x0a))
      if (at < 0) continue
      bytes[at + 2] = 'X'.charCodeAt(0)
      writeFileSync(file, bytes)
    }
    const report = lint(dir)
    expect(report.stats!.analysed).toBeGreaterThan(0)
    expect(report.files).toEqual(first.files)
    expect(JSON.stringify(report)).not.toContain('"rXleId"')
  })

  it('re-analyses an edited file only', () => {
    const file = path.join(dir, 'content/b.md')
    writeFileSync(file, readFileSync(file, 'utf8').replace('For more, [click here]', 'For more, [read the heat study]'))
    const third = lint(dir)
    expect(third.stats).toEqual({analysed: 1, cached: 2})
    const b = third.files.find((f) => f.path === 'content/b.md')!
    expect(b.messages.some((m) => m.ruleId === 'descriptive-link-text')).toBe(false)
  })

  it('ignores and rewrites a corrupt cache entry', () => {
    const directory = path.join(dir, '.cache/caveat')
    for (const entry of readdirSync(directory)) writeFileSync(path.join(directory, entry), '{"key": "trunc')
    const fourth = lint(dir)
    expect(fourth.stats).toEqual({analysed: 3, cached: 0})
    expect(lint(dir).stats).toEqual({analysed: 0, cached: 3})
  })

  it('--no-cache analyses everything', () => {
    expect(lint(dir, '--no-cache').stats).toEqual({analysed: 3, cached: 0})
  })

  it('a config change invalidates the cache', () => {
    writeFileSync(path.join(dir, 'caveat.config.json'), JSON.stringify({lint: {content: ['content/**/*.md'], readability: {targetGrade: 6}}}))
    expect(lint(dir).stats).toEqual({analysed: 3, cached: 0})
  })
})
