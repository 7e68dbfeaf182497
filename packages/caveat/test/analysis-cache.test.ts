import {readdirSync, truncateSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {AnalysisCache} from '../src/lint/cache.js'
import type {Analysis} from '../src/lint/analyse.js'
import {tempDir} from './helpers.js'

/** An analysis whose stored size is about `kilobytes` (the messages make up the bulk). */
function analysis(id: number, kilobytes: number): Analysis {
  const message = {ruleId: 'unsourced-claim', source: 'remark-health-claims', severity: 'warning' as const, line: 1, column: 1, message: `Claim ${id} `.padEnd(1000, 'x')}
  return {
    messages: Array.from({length: kilobytes}, (_, index) => ({...message, line: index + 1})),
    draft: false,
    facts: {frontmatter: {title: `Article ${id}`}, frontmatterValid: true, keyLines: {}, frontmatterLine: 1} as unknown as Analysis['facts']
  }
}

describe('AnalysisCache', () => {
  it('gives back every entry intact, small ones packed together and large ones on their own', async () => {
    const cache = new AnalysisCache(path.join(tempDir(), 'cache'), 'config', true)
    // 40 × ~600 kB spans several 8 MB read buffers; 3 MB entries are read into buffers of their own.
    const sizes = [...Array.from({length: 40}, () => 600), 3000, 5, 3000, 1]
    for (const [id, size] of sizes.entries()) await cache.set(cache.key(`article ${id}`), analysis(id, size))
    const entries = []
    for (const id of sizes.keys()) entries.push(await cache.get(cache.key(`article ${id}`)))
    // Read them all first, then check: an entry must not be overwritten by a later read.
    for (const [id, entry] of entries.entries()) {
      expect(entry, `entry ${id}`).toBeDefined()
      const messages = JSON.parse(entry!.messages.toString('utf8')) as Array<{message: string; line: number}>
      expect(messages).toHaveLength(sizes[id]!)
      expect(messages.at(-1)!.message.startsWith(`Claim ${id} `)).toBe(true)
      expect(messages.at(-1)!.line).toBe(sizes[id])
      expect(entry!.facts.frontmatter).toEqual({title: `Article ${id}`})
    }
  })

  it('rejects an entry cut short', async () => {
    const directory = path.join(tempDir(), 'cache')
    const cache = new AnalysisCache(directory, 'config', true)
    await cache.set(cache.key('short'), analysis(1, 50))
    const [file] = readdirSync(directory)
    truncateSync(path.join(directory, file!), 30_000)
    expect(await cache.get(cache.key('short'))).toBeUndefined()
  })
})
