/**
 * The Flesch-Kincaid grade of a fixed text equals the value computed by hand:
 *
 *   Regular(3) exercise(3) improves(2) recovery(4).              4 words, 12 syllables
 *   Patients(2) should(1) avoid(2) prolonged(2) inactivity(5).   5 words, 12 syllables
 *
 *   2 sentences, 9 words, 24 syllables
 *   grade = 0.39 × (9 / 2) + 11.8 × (24 / 9) − 15.59
 *         = 1.755 + 31.4667 − 15.59
 *         = 17.6317 → 17.6 (one decimal)
 *
 * Front matter and headings are not prose: they must not change the grade.
 */
import {describe, expect, it} from 'vitest'
import {caveat, tempDir, writeFiles} from './helpers.js'
import type {Report} from '../src/report-types.js'

const byHand = Math.round((0.39 * (9 / 2) + 11.8 * (24 / 9) - 15.59) * 10) / 10

const article = `---
title: Moving with back pain
description: Why moving helps.
---

# Moving with back pain, a comprehensive consideration

Regular exercise improves recovery. Patients should avoid prolonged inactivity.
`

describe('readability grade', () => {
  it('is 17.6 for the fixed text, as computed by hand', () => {
    expect(byHand).toBe(17.6)
    const dir = tempDir()
    writeFiles(dir, {'content/moving.md': article})
    const run = caveat(['lint', 'content', '--format', 'json', '--no-cache'], dir)
    const report = JSON.parse(run.stdout) as Report
    const file = report.files[0]!
    expect(file.readability?.grade).toBe(17.6)
    const warning = file.messages.find((message) => message.ruleId === 'readability-grade')
    expect(warning?.message).toMatch(/^Reading grade 17\.6 is above the target of 8/)
  })
})
