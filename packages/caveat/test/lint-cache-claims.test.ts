/**
 * The cache key holds the `claims` options: changing them between two cached runs re-analyses
 * (a key that ignored `claims` would serve the first run's findings and fail here).
 */
import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {caveat, tempDir, writeFiles} from './helpers.js'
import type {Report} from '../src/report-types.js'

// Sourced only when citations count across the paragraph.
const article = `---
title: Kratom and muscles
description: What a review says.
---

Kratom may help relax tense muscles. This is reported in [a review](https://pubmed.ncbi.nlm.nih.gov/12345678/).
`

function lintWith(dir: string, scope: 'sentence' | 'paragraph'): Report {
  writeFileSync(path.join(dir, 'caveat.config.json'), JSON.stringify({claims: {scope}, lint: {content: ['content/**/*.md']}}))
  const result = caveat(['lint', 'content', '--format', 'json'], dir)
  expect(result.stderr).not.toMatch(/internal error/)
  return JSON.parse(result.stdout) as Report
}

const unsourcedLines = (report: Report) => report.files[0]!.messages.filter((m) => m.ruleId === 'unsourced-claim').map((m) => m.line)

describe('cache and claims options', () => {
  it('re-analyses when `claims.scope` changes, and serves each configuration its own results', () => {
    const dir = tempDir()
    writeFiles(dir, {'content/kratom.md': article})

    const sentence = lintWith(dir, 'sentence')
    expect(sentence.stats).toEqual({analysed: 1, cached: 0})
    expect(unsourcedLines(sentence)).toEqual([6])
    expect(sentence.files[0]!.counts).toMatchObject({claims: 1, unsourced: 1})

    const again = lintWith(dir, 'sentence')
    expect(again.stats).toEqual({analysed: 0, cached: 1})

    const paragraph = lintWith(dir, 'paragraph')
    expect(paragraph.stats).toEqual({analysed: 1, cached: 0})
    expect(unsourcedLines(paragraph)).toEqual([])
    expect(paragraph.files[0]!.counts).toMatchObject({claims: 1, unsourced: 0, sourced: 1})

    // Back to the first configuration: its entry is still there.
    const back = lintWith(dir, 'sentence')
    expect(back.stats).toEqual({analysed: 0, cached: 1})
    expect(unsourcedLines(back)).toEqual([6])
  })
})
