/**
 * `caveat report merge` on real shard outputs: lint shards of content/ plus the seed
 * article, and a11y shards of a fixture site checked in a real Chromium. The merged
 * report must be the unsharded run, and `--expect-shards` must catch a shard that
 * did not run.
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {caveat, repoRoot, seedArticle, tempDir} from './helpers.js'
import type {FileReport, Report} from '../src/report-types.js'

const a11yFixture = path.join(path.dirname(new URL(import.meta.url).pathname), '../../a11y/test/fixtures/defects')

function read(dir: string, name: string): Report {
  return JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Report
}

/** What a reader of the report sees: files and their messages (not timing or cache stats). */
function content(report: Report): Array<Pick<FileReport, 'path' | 'messages'>> {
  return report.files.map((file) => ({path: file.path, messages: file.messages}))
}

describe('merging lint shards of content/ and the seed article', () => {
  const out = tempDir('caveat-merge-lint-')
  const inputs = ['content', path.relative(repoRoot, seedArticle)]
  let whole: Report

  beforeAll(() => {
    const run = caveat(['lint', ...inputs, '--no-cache', '--no-progress', '--format', 'json', '--output', path.join(out, 'whole.json')], repoRoot)
    expect(run.code, run.stderr).toBe(1) // the seed article has unsourced claims
    whole = read(out, 'whole.json')
    for (let index = 1; index <= 3; index++) {
      const shard = caveat(['lint', ...inputs, '--no-cache', '--no-progress', '--shard', `${index}/3`, '--format', 'json', '--output', path.join(out, `lint-${index}.json`)], repoRoot)
      expect(shard.code, shard.stderr).not.toBe(2)
    }
  })

  it('the merged report is the unsharded one', () => {
    expect(whole.files.length).toBeGreaterThan(3)
    const merged = caveat(['report', 'merge', 'lint-2.json', 'lint-3.json', 'lint-1.json', '--expect-shards', '3', '--format', 'json', '--output', 'merged.json'], out)
    expect(merged.code, merged.stderr).toBe(1)
    const report = read(out, 'merged.json')
    expect(content(report)).toEqual(content(whole))
    expect(report.files).toEqual(whole.files) // ledgers, JAMA scores and readability too
    expect(report.summary).toEqual(whole.summary)
    expect(report.shard).toBeUndefined()
  })

  it('--expect-shards names the shard that is missing and exits 1', () => {
    const merged = caveat(['report', 'merge', 'lint-1.json', 'lint-3.json', '--expect-shards', '3', '--format', 'json', '--output', 'partial.json'], out)
    expect(merged.code).toBe(1)
    expect(merged.stderr).toContain('shard 2/3 is missing')
    expect(merged.stderr).toContain('never green')
  })

  it('--expect-shards exits 2 when the reports are shards of another total', () => {
    const merged = caveat(['report', 'merge', 'lint-1.json', 'lint-2.json', 'lint-3.json', '--expect-shards', '4'], out)
    expect(merged.code).toBe(2)
    expect(merged.stderr).toContain('shards of 3, but --expect-shards is 4')
  })

  it('--expect-shards exits 2 when a report is not a shard', () => {
    const merged = caveat(['report', 'merge', 'lint-1.json', 'whole.json', '--expect-shards', '2'], out)
    expect(merged.code).toBe(2)
    expect(merged.stderr).toContain('whole.json is not a shard')
  })

  it('--format html renders the merged lint report', () => {
    const merged = caveat(['report', 'merge', 'lint-1.json', 'lint-2.json', 'lint-3.json', '--format', 'html', '--output', 'merged.html'], out)
    expect(merged.code, merged.stderr).toBe(1)
    const html = readFileSync(path.join(out, 'merged.html'), 'utf8')
    expect(html).toMatch(/^<!doctype html>/i)
    expect(html).toContain('unsourced-claim')
  })
})

describe('merging a11y shards of a fixture site (real Chromium)', () => {
  const out = tempDir('caveat-merge-a11y-')
  let whole: Report

  beforeAll(() => {
    const run = caveat(['a11y', a11yFixture, '--no-cache', '--quiet', '--format', 'json', '--output', 'whole.json'], out)
    expect(run.code, run.stderr).toBe(1)
    whole = read(out, 'whole.json')
    for (let index = 1; index <= 2; index++) {
      const shard = caveat(['a11y', a11yFixture, '--no-cache', '--quiet', '--shard', `${index}/2`, '--format', 'json', '--output', `a11y-${index}.json`], out)
      expect(shard.code, shard.stderr).not.toBe(2)
    }
  }, 180_000)

  it('the merged report is the unsharded one, selectors and WCAG criteria included', () => {
    const merged = caveat(['report', 'merge', 'a11y-2.json', 'a11y-1.json', '--expect-shards', '2', '--format', 'json', '--output', 'merged.json'], out)
    expect(merged.code, merged.stderr).toBe(1)
    const report = read(out, 'merged.json')
    expect(report.kind).toBe('a11y')
    expect(content(report)).toEqual(content(whole))
    expect(report.summary).toEqual(whole.summary)
    const imageAlt = report.files.flatMap((file) => file.messages).find((message) => message.ruleId === 'image-alt')
    expect(imageAlt?.selector).toBeTruthy()
    expect(imageAlt?.wcag?.criterion).toBe('1.1.1')
  })

  it('re-emits with the a11y formatters: html, sarif and github keep selectors and criteria', () => {
    const merged = caveat(
      ['report', 'merge', 'a11y-1.json', 'a11y-2.json', '--format', 'html', '--output', 'a11y.html', '--format', 'sarif', '--output', 'a11y.sarif', '--format', 'github'],
      out
    )
    expect(merged.code, merged.stderr).toBe(1)
    const html = readFileSync(path.join(out, 'a11y.html'), 'utf8')
    expect(html).toContain('1.1.1')
    expect(html).toContain('html &gt; body &gt; main &gt; img')
    const sarif = JSON.parse(readFileSync(path.join(out, 'a11y.sarif'), 'utf8')) as {runs: Array<{results: unknown[]}>}
    expect(sarif.runs[0]!.results.length).toBe(whole.summary.errors + whole.summary.warnings + whole.summary.infos)
    expect(merged.stdout).toMatch(/^::error file=[^,]+/m)
  })

  it('--expect-shards catches a missing a11y shard', () => {
    const merged = caveat(['report', 'merge', 'a11y-1.json', '--expect-shards', '2'], out)
    expect(merged.code).toBe(1)
    expect(merged.stderr).toContain('shard 2/2 is missing')
  })

  it('refuses to merge a11y with lint reports (exit 2)', () => {
    const lint = tempDir('caveat-merge-mixed-')
    const run = caveat(['lint', path.relative(repoRoot, seedArticle), '--no-cache', '--no-progress', '--shard', '1/2', '--format', 'json', '--output', path.join(lint, 'lint.json')], repoRoot)
    expect(run.code).not.toBe(2)
    const merged = caveat(['report', 'merge', 'a11y-1.json', path.join(lint, 'lint.json')], out)
    expect(merged.code).toBe(2)
    expect(merged.stderr).toContain('cannot merge lint and a11y')
  })
})
