/**
 * The plugin entry: MDX trees, front matter, the typed ledger, annotate,
 * sentences split with exact positions.
 */
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkHealthClaims, {splitSentences} from '../src/index.js'
import type {HealthClaimsLedger, Options} from '../src/index.js'

async function html(markdown: string, options: Options = {}, file = new VFile({path: 'doc.md', value: markdown})): Promise<{file: VFile; html: string}> {
  const result = await unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkGfm)
    .use(remarkHealthClaims, options)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file)
  return {file, html: String(result)}
}

describe('splitSentences', () => {
  const split = (text: string) => splitSentences(text).map(({start, end}) => text.slice(start, end))

  it('splits on terminal punctuation, not after abbreviations, decimals or domains', () => {
    expect(split('Take 2.5 mg, e.g. with food. Dr. Smith agrees! See example.com? Yes.')).toEqual([
      'Take 2.5 mg, e.g. with food.',
      'Dr. Smith agrees!',
      'See example.com?',
      'Yes.'
    ])
  })

  it('ends a sentence at a soft break after a line without punctuation followed by a capitalised line', () => {
    expect(split('published on [date] due to its popularity\nDue to that, we did.\nAnalgesic\nKratom may help.')).toEqual([
      'published on [date] due to its popularity',
      'Due to that, we did.',
      'Analgesic',
      'Kratom may help.'
    ])
  })

  it('keeps a hard-wrapped sentence together', () => {
    expect(split('Kratom may reduce\npain in some adults, and the\nEuropean agency agrees.')).toEqual([
      'Kratom may reduce\npain in some adults, and the\nEuropean agency agrees.'
    ])
  })

  it('treats table pipes left in a paragraph as boundaries', () => {
    expect(split('Kratom’s effects reduce pain. | Relief from back pain. |')).toEqual(['Kratom’s effects reduce pain.', 'Relief from back pain.'])
  })
})

describe('plugin', () => {
  it('works on MDX trees and ignores JSX and expressions', async () => {
    const file = new VFile({path: 'doc.mdx', value: 'import {Box} from "./box.js"\n\n<Box kind="note">\n\nKratom reduces back pain.\n\n</Box>\n\nValue: {1 + 1}. Kratom cures insomnia.\n'})
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkHealthClaims)
    const tree = processor.parse(file)
    await processor.run(tree, file)
    const reported = file.messages.map((message) => `${message.ruleId} ${String(message.actual)}`)
    expect(reported).toContain('unsourced-claim Kratom reduces back pain.')
    expect(reported).toContain('absolute-claim cures')
    const claim = file.data.healthClaims?.claims.find((claim) => claim.text === 'Kratom reduces back pain.')
    expect(claim?.position.start).toMatchObject({line: 5, column: 1})
  })

  it('fills a typed ledger on file.data.healthClaims', async () => {
    const {file} = await html('# Sleep\n\nMelatonin may help with jet lag ([review](https://doi.org/10.1002/14651858.CD001520)). Take 0.5 mg at bedtime.\n')
    const ledger: HealthClaimsLedger | undefined = file.data.healthClaims
    expect(ledger?.claims.map(({id, text, status, kind}) => ({id, text, status, kind}))).toEqual([
      {id: 'claim-1', text: 'Melatonin may help with jet lag (review).', status: 'sourced', kind: 'effect'},
      {id: 'claim-2', text: 'Take 0.5 mg at bedtime.', status: 'unsourced', kind: 'advice'}
    ])
    expect(ledger?.claims[1]?.rules).toEqual(['advice-without-caution'])
    expect(ledger?.disclaimers.map((disclaimer) => disclaimer.id)).toEqual(['medical', 'advice'])
  })

  it('reads `disclaimers: false` from a yaml front matter node', async () => {
    const {file, html: output} = await html('---\ndisclaimers: false\n---\n\nKratom reduces back pain.\n')
    expect(output).not.toContain('health-disclaimer')
    expect(file.data.healthClaims?.disclaimers).toEqual([])
    // Rules still run.
    expect(file.messages.map((message) => message.ruleId)).toContain('unsourced-claim')
  })

  it('prefers options.frontmatter, then file.data.matter', async () => {
    expect((await html('Kratom reduces back pain.\n', {frontmatter: {disclaimers: ['medical']}})).html).not.toContain('data-disclaimer="medical"')
    const file = new VFile({path: 'doc.md', value: 'Kratom reduces back pain.\n', data: {matter: {disclaimers: false}}})
    expect((await html('', {}, file)).html).not.toContain('health-disclaimer')
  })

  it('marks only the claims reported as unsourced when annotate is on', async () => {
    const markdown = 'Kratom reduces back pain. Vitamin D may reduce the risk of fractures [@smith2020]. Kratom is a tree.\n'
    expect((await html(markdown, {annotate: true})).html).toContain(
      '<mark class="claim-unsourced" data-rule="unsourced-claim">Kratom reduces back pain.</mark> Vitamin D may reduce the risk of fractures [@smith2020]. Kratom is a tree.'
    )
    expect((await html(markdown, {annotate: true, rules: {'unsourced-claim': 'off'}})).html).not.toContain('<mark')
    expect((await html(markdown)).html).not.toContain('<mark')
  })

  it('skips code, html and the text of inserted disclaimers on a second run', async () => {
    const markdown = '```\nKratom cures everything.\n```\n\n<p>Kratom cures everything.</p>\n\nUse `kratom cures` in code.\n'
    const {file} = await html(markdown)
    expect(file.messages).toEqual([])

    const processor = unified().use(remarkParse).use(remarkHealthClaims)
    const twice = new VFile('Kratom reduces back pain. Take 2 g daily.\n')
    const tree = processor.parse(twice)
    await processor.run(tree, twice)
    const first = twice.data.healthClaims?.claims.map((claim) => claim.text)
    await processor.run(tree, twice)
    expect(twice.data.healthClaims?.claims.map((claim) => claim.text)).toEqual(first)
  })
})

describe('units as an editor reads them', () => {
  const unsourced = (file: VFile): string[] =>
    file.messages.filter((message) => message.ruleId === 'unsourced-claim').map((message) => String(message.actual))

  it('reads a list item with the lead-in of its list, and reports the item', async () => {
    const {file} = await html("## Who gets it\n\nYou're more likely to get shingles if you:\n\n- are over 70\n- have a weakened immune system\n")
    expect(unsourced(file)).toEqual(['are over 70', 'have a weakened immune system'])
    const claim = file.data.healthClaims?.claims.find((entry) => entry.text === 'are over 70')
    expect(claim?.position.start).toMatchObject({line: 5, column: 3})
  })

  it('keeps the lead-in when a disclaimer is inserted between it and its list (a second run reads the same)', async () => {
    const markdown = "You're more likely to have side effects if you:\n\n- take kratom every day\n"
    const options: Options = {topics: [{id: 'kratom', match: 'kratom', title: 'About kratom', text: 'Not approved for any medical use.'}]}
    const processor = unified().use(remarkParse).use(remarkHealthClaims, options)
    const file = new VFile(markdown)
    const tree = await processor.run(processor.parse(file), file)
    const second = new VFile(markdown)
    await processor.run(tree, second)
    const claims = (vfile: VFile) => vfile.data.healthClaims?.claims.map((claim) => `${claim.text}: ${claim.kind}`)
    expect(claims(file)).toEqual(['take kratom every day: safety'])
    expect(claims(second)).toEqual(claims(file))
  })

  it('reads items alone after a lead-in that frames no claim ("It can mean:")', async () => {
    const {file} = await html('Staying active does not have to mean sport. It can mean:\n\n- getting up and walking around the house every so often\n- short walks outside\n')
    expect(unsourced(file)).toEqual([])
  })

  it('lets a lead-in’s citation cover the items of its list', async () => {
    const markdown = 'The [NHS page on shingles](https://www.nhs.uk/conditions/shingles/) says you are more likely to get shingles if you:\n\n- are over 70\n- have a weakened immune system\n'
    const {file} = await html(markdown)
    expect(unsourced(file)).toEqual([])
    const items = file.data.healthClaims?.claims.filter((claim) => claim.kind !== 'advice' && claim.position.start.line > 1) ?? []
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) expect(item.status, item.text).toBe('sourced')
  })

  it('does not read list items as claims without a lead-in that makes them one', async () => {
    const {file} = await html('Symptoms include:\n\n- a rash\n- a headache\n')
    expect(unsourced(file)).toEqual([])
  })

  it('does not report headings, even when they name an effect', async () => {
    const {file} = await html('# Exercise reduces back pain\n\nExercise reduces back pain.\n')
    expect(file.messages.filter((message) => message.ruleId === 'unsourced-claim').map((message) => message.line)).toEqual([3])
  })

  it('does not report table header cells, but does report claims in body cells', async () => {
    const {file} = await html('| Smoking increases the risk of stroke | Notes |\n| --- | --- |\n| Smoking increases the risk of stroke. | none |\n')
    const messages = file.messages.filter((message) => message.ruleId === 'unsourced-claim')
    expect(messages.map((message) => message.line)).toEqual([3])
  })

  it('does not report navigation: a sentence that is all link text', async () => {
    const {file} = await html('[Exercise reduces back pain](https://example.com/exercise-back-pain)\n\nExercise reduces back pain.\n')
    expect(file.messages.filter((message) => message.ruleId === 'unsourced-claim').map((message) => message.line)).toEqual([3])
  })

  it('records the confidence of each claim, and minConfidence drops the unsure ones', async () => {
    const markdown = 'Smoking causes lung cancer. Chickenpox is very contagious.\n'
    const {file} = await html(markdown)
    const claims = file.data.healthClaims?.claims ?? []
    expect(claims.length).toBe(2)
    for (const claim of claims) expect(claim.confidence).toBeGreaterThanOrEqual(0.3)
    const lowest = Math.min(...claims.map((claim) => claim.confidence))
    const {file: strict} = await html(markdown, {minConfidence: Math.min(1, lowest + 0.001)})
    expect(unsourced(strict).length).toBe(unsourced(file).length - 1)
  })

  it('rejects a minConfidence outside [0, 1]', () => {
    expect(() => unified().use(remarkParse).use(remarkHealthClaims, {minConfidence: 2}).freeze()).toThrow(/minConfidence/)
  })
})

describe('front matter sources', () => {
  it('resolve numbered markers that have no entry in the body', async () => {
    const markdown = '---\nsources:\n  - https://www.nhs.uk/conditions/shingles/\n---\n\nShingles is very contagious to people who have not had chickenpox [1].\n\nSmoking causes lung cancer [2].\n'
    const {file} = await html(markdown)
    const claims = file.data.healthClaims?.claims ?? []
    expect(claims.find((claim) => claim.text.startsWith('Shingles'))?.status).toBe('sourced')
    expect(claims.find((claim) => claim.text.startsWith('Smoking'))?.status).toBe('unsourced')
    expect(file.messages.filter((message) => message.ruleId === 'dangling-reference')).toHaveLength(1)
  })
})
