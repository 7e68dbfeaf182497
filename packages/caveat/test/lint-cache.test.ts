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
