/**
 * Golden test: the seed article (a real "kratom for back pain" page, plain
 * text parsed as markdown as is) through the full pipeline.
 */
import {readFile} from 'node:fs/promises'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {beforeAll, describe, expect, it} from 'vitest'
import remarkHealthClaims from '../src/index.js'
import type {Options} from '../src/index.js'

const seedPath = new URL('../../../../shared/seed/000_b2823957736016dd.txt', import.meta.url)

async function run(value: string, options: Options = {}): Promise<{file: VFile; html: string}> {
  const file = new VFile({path: 'seed.md', value})
  const result = await unified().use(remarkParse).use(remarkGfm).use(remarkHealthClaims, options).use(remarkRehype).use(rehypeStringify).process(file)
  return {file, html: String(result)}
}

function byRule(file: VFile, ruleId: string): VFileMessage[] {
  return file.messages.filter((message) => message.ruleId === ruleId)
}

/** Line and column (1-based) of the first occurrence of `needle` in `text` at or after `from`. */
function locate(text: string, needle: string, from = 0): {line: number; column: number; offset: number} {
  const offset = text.indexOf(needle, from)
  if (offset === -1) throw new Error(`not in the seed: ${needle}`)
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return {line, column: offset - before.lastIndexOf('\n'), offset}
}

describe('seed article', () => {
  let seed: string
  let file: VFile
  let html: string

  beforeAll(async () => {
    seed = await readFile(seedPath, 'utf8')
    ;({file, html} = await run(seed))
  })

  it('fails: error-severity messages are reported', () => {
    expect(file.messages.some((message) => message.fatal === true)).toBe(true)
  })

  it('inserts the medical and the advice disclaimers, once each', () => {
    expect(html.match(/<aside class="health-disclaimer" data-disclaimer="medical" role="note"/g)).toHaveLength(1)
    expect(html.match(/<aside class="health-disclaimer" data-disclaimer="advice" role="note"/g)).toHaveLength(1)
    expect(file.data.healthClaims?.disclaimers.map((disclaimer) => disclaimer.id)).toEqual(expect.arrayContaining(['medical', 'advice']))
  })

  it('reports the [date] placeholder on line 2, exactly', () => {
    const messages = byRule(file, 'placeholder-text')
    expect(messages).toHaveLength(1)
    const where = locate(seed, '[date]')
    expect(where.line).toBe(2)
    expect(messages[0]?.place).toMatchObject({
      start: {line: 2, column: where.column, offset: where.offset},
      end: {line: 2, column: where.column + '[date]'.length, offset: where.offset + '[date]'.length}
    })
    expect(messages[0]?.reason).toBe('Placeholder “[date]” left in the text: expected the real content')
    expect(messages[0]?.fatal).toBe(true)
  })

  it('reports both "refer to the following resources:" as dangling references', () => {
    const messages = byRule(file, 'dangling-reference')
    expect(messages).toHaveLength(2)
    let from = 0
    for (const message of messages) {
      const start = locate(seed, 'Transition: For', from)
      const end = locate(seed, 'the following resources:', from)
      from = end.offset + 1
      expect(message.place).toMatchObject({
        start: {line: start.line, column: start.column},
        end: {line: end.line, column: end.column + 'the following resources:'.length}
      })
      expect(message.reason).toMatch(/^Dangling reference “Transition: For .* refer to the following resources:”: expected a list of sources or links after it/)
    }
  })

  it('reports anecdotes used as evidence at least 5 times, at the phrase', () => {
    const messages = byRule(file, 'anecdotal-evidence')
    expect(messages.length).toBeGreaterThanOrEqual(5)
    const first = locate(seed, 'Real-life examples demonstrate the practical significance')
    expect(messages[0]?.place).toMatchObject({
      start: {line: first.line, column: first.column},
      end: {line: first.line, column: first.column + 'Real-life examples demonstrate'.length}
    })
    expect(messages.filter((message) => message.actual === 'Real-life examples demonstrate').length).toBeGreaterThanOrEqual(5)
    // "While anecdotal evidence is promising, more research is needed" discusses anecdotes' limits: not reported.
    const research = locate(seed, 'Research: While anecdotal evidence is promising')
    expect(messages.some((message) => message.place && 'start' in message.place && message.place.start.line === research.line)).toBe(false)
  })

  it('reports at least 25 unsourced claims, including the two named ones, with exact places', () => {
    const messages = byRule(file, 'unsourced-claim')
    expect(messages.length).toBeGreaterThanOrEqual(25)
    for (const sentence of [
      'Kratom’s anti-inflammatory properties reduce inflammation.',
      'Kratom is generally well-tolerated, but potential side effects include gastrointestinal issues, dizziness, confusion, and allergic reactions.'
    ]) {
      const where = locate(seed, sentence)
      const message = messages.find((message) => message.actual === sentence)
      expect(message, sentence).toBeDefined()
      expect(message?.reason).toBe(`Unsourced health claim “${sentence}”: expected a citation (link, footnote or citation key) in the same sentence`)
      expect(message?.place).toMatchObject({
        start: {line: where.line, column: where.column, offset: where.offset},
        end: {line: where.line, column: where.column + sentence.length, offset: where.offset + sentence.length}
      })
      expect(message?.fatal).toBe(true)
    }
  })

  it('reports the repeated "By targeting the underlying … holistic approach to pain management" sentences, pointing at the first', () => {
    const messages = byRule(file, 'repeated-boilerplate').filter((message) => String(message.actual).startsWith('By targeting the '))
    const occurrences = seed.match(/By targeting the [^.]*holistic approach to pain management/g) ?? []
    expect(occurrences.length).toBeGreaterThanOrEqual(5)
    // Every occurrence after the first is reported, and each points at the first one's line.
    expect(messages).toHaveLength(occurrences.length - 1)
    const first = locate(seed, 'By targeting the ')
    for (const message of messages) {
      expect(message.reason).toContain(`near-duplicate of the sentence on line ${first.line}`)
      expect(message.fatal).toBe(false)
    }
  })

  it('keeps a ledger of the claims, with their citations and status', () => {
    const ledger = file.data.healthClaims
    expect(ledger).toBeDefined()
    const claim = ledger?.claims.find((claim) => claim.text === 'Kratom’s anti-inflammatory properties reduce inflammation.')
    expect(claim).toMatchObject({status: 'unsourced', citations: [], rules: ['unsourced-claim']})
    expect(claim?.id).toMatch(/^claim-\d+$/)
    expect(new Set(ledger?.claims.map((claim) => claim.id)).size).toBe(ledger?.claims.length)
  })

  it('no longer reports a claim sentence once a DOI link is added to it', async () => {
    const sentence = 'Kratom’s anti-inflammatory properties reduce inflammation.'
    const cited = seed.replace(sentence, 'Kratom’s anti-inflammatory properties reduce inflammation [(study)](https://doi.org/10.1000/xyz123).')
    expect(cited).not.toBe(seed)
    const {file: citedFile} = await run(cited)
    const reported = byRule(citedFile, 'unsourced-claim').map((message) => String(message.actual))
    expect(reported.some((text) => text.startsWith('Kratom’s anti-inflammatory properties reduce inflammation'))).toBe(false)
    // The other claims are still reported.
    expect(reported).toContain('Kratom is generally well-tolerated, but potential side effects include gastrointestinal issues, dizziness, confusion, and allergic reactions.')
    const claim = citedFile.data.healthClaims?.claims.find((claim) => claim.text.startsWith('Kratom’s anti-inflammatory properties reduce inflammation (study)'))
    expect(claim?.status).toBe('sourced')
    expect(claim?.citations).toEqual([
      expect.objectContaining({type: 'link', url: 'https://doi.org/10.1000/xyz123', doi: '10.1000/xyz123', host: 'doi.org', trust: 'strong'})
    ])
  })
})
