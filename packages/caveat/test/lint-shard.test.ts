import {readFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {caveat, cleanArticle, faultyArticle, tempDir, writeFiles} from './helpers.js'
import type {Report} from '../src/report-types.js'

describe('--shard i/n and caveat report merge', () => {
  let dir: string
  let whole: Report
  const shards: Report[] = []

  beforeAll(() => {
    dir = tempDir()
    const files: Record<string, string> = {}
    for (let i = 0; i < 7; i++) files[`content/article-${i}.md`] = i % 2 ? faultyArticle(`Article ${i}`) : cleanArticle(`Article ${i}`)
    writeFiles(dir, files)
    const run = caveat(['lint', '--no-cache', '--format', 'json', '--output', 'whole.json'], dir)
    expect(run.code, run.stderr).toBe(1)
    whole = JSON.parse(readFileSync(path.join(dir, 'whole.json'), 'utf8')) as Report
    for (let i = 1; i <= 3; i++) {
      caveat(['lint', 'content/**/*.md', '--shard', `${i}/3`, '--format', 'json', '--output', `shard-${i}.json`], dir)
      shards.push(JSON.parse(readFileSync(path.join(dir, `shard-${i}.json`), 'utf8')) as Report)
    }
  })

  it('the union of the shards is the whole run, with no overlap', () => {
    const paths = shards.flatMap((s) => s.files.map((f) => f.path))
    expect(new Set(paths).size).toBe(paths.length)
    expect([...paths].sort()).toEqual(whole.files.map((f) => f.path))
    expect(shards.map((s) => s.files.length)).toEqual([3, 2, 2])
    expect(shards.map((s) => s.shard)).toEqual([1, 2, 3].map((index) => ({index, total: 3})))
  })

  it('is deterministic', () => {
    caveat(['lint', 'content', '--shard', '2/3', '--format', 'json', '--output', 'again.json'], dir)
    const again = JSON.parse(readFileSync(path.join(dir, 'again.json'), 'utf8')) as Report
    expect(again.files.map((f) => f.path)).toEqual(shards[1]!.files.map((f) => f.path))
  })

  it('merge gives the whole run back and re-emits any format', () => {
    const merged = caveat(['report', 'merge', 'shard-3.json', 'shard-1.json', 'shard-2.json', '--format', 'json', '--output', 'merged.json', '--format', 'github'], dir)
    expect(merged.code).toBe(1)
    const report = JSON.parse(readFileSync(path.join(dir, 'merged.json'), 'utf8')) as Report
    expect(report.files.map((f) => ({...f}))).toEqual(whole.files)
    expect(report.summary).toEqual(whole.summary)
    expect(report.shard).toBeUndefined()
    expect(merged.stdout.split('\n').filter((l) => l.startsWith('::error file=content/article-1.md')).length).toBeGreaterThan(0)
  })

  it('merge rejects something that is not a caveat report, with exit 2', () => {
    const bad = caveat(['report', 'merge', 'content/article-0.md'], dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/content\/article-0\.md is not JSON/)
  })

  it('rejects a malformed --shard with exit 2', () => {
    const bad = caveat(['lint', 'content', '--shard', '4/3'], dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('Invalid --shard "4/3"')
  })
})
