import type {Root} from 'mdast'
import rehypeStringify from 'rehype-stringify'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkMdx from 'remark-mdx'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {describe, expect, test} from 'vitest'
import {insertDisclaimers, supplementDisclaimer} from '../src/disclaimers/index.js'
import type {AdviceStrength, Claim, Options} from '../src/types.js'

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter)
const renderer = unified().use(remarkRehype).use(rehypeStringify)

/** A claim on the first occurrence of `text` in `markdown`, as the classifier would report it. */
function claimOn(markdown: string, text: string, advice: AdviceStrength = 'none'): Claim {
  const start = markdown.indexOf(text)
  if (start === -1) throw new Error('Not in the document: ' + text)
  const place = location(markdown)
  return {
    id: 'claim-' + start,
    text,
    position: {start: place.toPoint(start)!, end: place.toPoint(start + text.length)!},
    strength: advice === 'none' ? 'conditional' : 'none',
    advice,
    kind: advice === 'none' ? 'effect' : 'advice',
    cues: [],
    citations: [],
    status: 'unsourced',
    rules: []
  }
}

function run(markdown: string, claims: Claim[], options: Options = {}, frontmatter?: Record<string, unknown>, file = new VFile(markdown)) {
  const tree = parser.parse(file)
  const records = insertDisclaimers(tree, file, {claims, options, frontmatter})
  return {tree, records, file}
}

async function html(tree: Root): Promise<string> {
  return renderer.stringify(await renderer.run(structuredClone(tree)))
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1
}

const article = [
  '# Turmeric and joint pain',
  '',
  'Turmeric may reduce joint pain in people with arthritis.',
  '',
  '## How to take it',
  '',
  'Take 500 mg twice a day with food.',
  '',
  'Many people buy turmeric as a dietary supplement.',
  ''
].join('\n')
const effect = claimOn(article, 'Turmeric may reduce joint pain in people with arthritis.')
const dose = claimOn(article, 'Take 500 mg twice a day with food.', 'strong')
/** Where the US supplement statement applies by default. */
const us: Options = {locale: 'en-US'}

describe('built-in disclaimers', () => {
  test('medical: inserted once, right after the title, with the exact markup', async () => {
    const {tree, records} = run(article, [effect])
    const output = await html(tree)
    expect(count(output, 'data-disclaimer="medical"')).toBe(1)
    expect(output).toContain(
      '<h1>Turmeric and joint pain</h1>\n' +
        '<aside class="health-disclaimer" data-disclaimer="medical" role="note" aria-label="Medical disclaimer">' +
        '<p class="health-disclaimer__title"><strong>Medical disclaimer</strong></p>' +
        '<p>This article is general information, not a substitute for medical advice.'
    )
    expect(records).toContainEqual({id: 'medical', title: 'Medical disclaimer', position: 'start', reason: 'claims'})
    // Generated nodes carry no position: they are not in the source.
    expect(tree.children[1]).toMatchObject({type: 'healthDisclaimer'})
    expect(tree.children[1]).not.toHaveProperty('position')
  })

  test('medical: not inserted when the document makes no claim', async () => {
    const {tree, records} = run('# Recipes\n\nA bowl of porridge with berries.\n', [])
    expect(records).toEqual([])
    expect(await html(tree)).not.toContain('<aside')
  })

  test('medical at the very start when there is no title; after front matter', async () => {
    const markdown = '---\ntitle: Sleep\n---\nSleep may improve mood.\n'
    const {tree} = run(markdown, [claimOn(markdown, 'Sleep may improve mood.')])
    expect(tree.children.map((node) => node.type)).toEqual(['yaml', 'healthDisclaimer', 'paragraph'])
  })

  test('advice: inserted once, right before the first block giving dosing advice', async () => {
    const {tree, records} = run(article, [effect, dose])
    const output = await html(tree)
    expect(count(output, 'data-disclaimer="advice"')).toBe(1)
    expect(output).toContain(
      '<h2>How to take it</h2>\n' +
        '<aside class="health-disclaimer" data-disclaimer="advice" role="note" aria-label="Before you take or change a dose">' +
        '<p class="health-disclaimer__title"><strong>Before you take or change a dose</strong></p>' +
        '<p>Talk to a doctor or pharmacist before starting, stopping or changing a dose'
    )
    expect(output.indexOf('data-disclaimer="advice"')).toBeLessThan(output.indexOf('Take 500 mg'))
    expect(records.map((record) => record.id)).toEqual(['medical', 'advice'])
  })

  test('advice: not inserted when no claim gives advice', async () => {
    const {tree} = run(article, [effect])
    expect(await html(tree)).not.toContain('data-disclaimer="advice"')
  })

  test('supplement: the FDA statement once, at the end, when supplements are mentioned (US locale)', async () => {
    const {tree, records} = run(article, [effect], us)
    const output = await html(tree)
    expect(count(output, 'data-disclaimer="supplement"')).toBe(1)
    expect(output.trimEnd().endsWith(
      '<aside class="health-disclaimer" data-disclaimer="supplement" role="note" aria-label="Dietary supplement statement">' +
        '<p class="health-disclaimer__title"><strong>Dietary supplement statement</strong></p>' +
        '<p>These statements have not been evaluated by the Food and Drug Administration. ' +
        'This product is not intended to diagnose, treat, cure, or prevent any disease.</p></aside>'
    )).toBe(true)
    expect(records).toContainEqual({id: 'supplement', title: supplementDisclaimer.title, position: 'end', reason: 'match:dietary supplement'.replace('dietary ', '')})
  })

  test('supplement: herbal products trigger it; a herb alone, or supplements without claims, do not', async () => {
    const herbal = 'Ashwagandha may ease stress.\n\nIt is sold as an herbal remedy.\n'
    expect(run(herbal, [claimOn(herbal, 'Ashwagandha may ease stress.')], us).records.map((record) => record.id)).toContain('supplement')

    const herb = 'Kratom may ease pain.\n\nKratom is a natural herb.\n'
    expect(run(herb, [claimOn(herb, 'Kratom may ease pain.')], us).records.map((record) => record.id)).not.toContain('supplement')

    expect(run('We sell supplements and teas.\n', []).records).toEqual([])
  })

  test('supplement: words in code do not count', () => {
    const markdown = 'Fish oil may help the heart.\n\n```\nsupplements = []\n```\n'
    const ids = run(markdown, [claimOn(markdown, 'Fish oil may help the heart.')], us).records.map((record) => record.id)
    expect(ids).toEqual(['medical'])
  })

  test('supplement: never by default, nor in a UK locale; on in a US locale, by front matter `lang`, or when configured', () => {
    const ids = (options: Options, frontmatter?: Record<string, unknown>) => run(article, [effect], options, frontmatter).records.map((record) => record.id)
    expect(ids({})).toEqual(['medical'])
    expect(ids({locale: 'en-GB'})).toEqual(['medical'])
    expect(ids({locale: 'en-US'})).toEqual(['medical', 'supplement'])
    expect(ids({locale: 'en-GB'}, {lang: 'en-US'})).toEqual(['medical', 'supplement'])
    expect(ids({locale: 'en-US'}, {lang: 'en-GB'})).toEqual(['medical'])
    expect(ids({locale: 'en-GB', disclaimers: {supplement: true}})).toEqual(['medical', 'supplement'])
    expect(ids({locale: 'en-US', disclaimers: {supplement: false}})).toEqual(['medical'])
    expect(ids({disclaimers: ['medical', 'supplement']})).toEqual(['medical', 'supplement'])
    expect(ids({disclaimers: {medical: false}})).toEqual([])
  })

  test('`options.disclaimers` chooses the built-ins; `false` turns them all off', () => {
    expect(run(article, [effect, dose], {disclaimers: ['advice']}).records.map((record) => record.id)).toEqual(['advice'])
    expect(run(article, [effect, dose], {disclaimers: false}).records).toEqual([])
  })
})

describe('topic disclaimers', () => {
  const pregnancy = {
    id: 'pregnancy',
    match: ['pregnant', 'breastfeeding'],
    title: 'Pregnancy',
    text: 'Ask your **midwife** before taking anything.'
  }

  test('words: matched case-insensitively as whole words, inserted before the first matching block', async () => {
    const markdown = 'Ginger may ease nausea.\n\nSome supplements are unsafe in pregnancy.\n\nIf you are PREGNANT, ask first.\n'
    const {tree, records} = run(markdown, [], {topics: [pregnancy]})
    const output = await html(tree)
    expect(count(output, 'data-disclaimer="pregnancy"')).toBe(1)
    // "pregnancy" is not the word "pregnant": the third paragraph is the first match.
    expect(output).toContain(
      '<p>Some supplements are unsafe in pregnancy.</p>\n' +
        '<aside class="health-disclaimer" data-disclaimer="pregnancy" role="note" aria-label="Pregnancy">' +
        '<p class="health-disclaimer__title"><strong>Pregnancy</strong></p>' +
        '<p>Ask your <strong>midwife</strong> before taking anything.</p></aside>\n' +
        '<p>If you are PREGNANT, ask first.</p>'
    )
    expect(records).toEqual([{id: 'pregnancy', title: 'Pregnancy', position: 'before-first-match', reason: 'match:pregnant'}])
  })

  test('a topic whose first match is the first paragraph joins the medical disclaimer in one note', async () => {
    const kratom = {id: 'kratom', match: 'kratom', title: 'About kratom', text: 'Kratom is not an approved medicine.'}
    const markdown = '# Kratom\n\nKratom may ease pain.\n\nMore text.\n'
    const {tree, records} = run(markdown, [claimOn(markdown, 'Kratom may ease pain.')], {topics: [kratom]})
    const output = await html(tree)
    expect(output).toContain(
      '<h1>Kratom</h1>\n' +
        '<aside class="health-disclaimer health-disclaimer--combined" data-disclaimer="medical kratom" role="note" aria-label="Medical disclaimer; About kratom">' +
        '<p class="health-disclaimer__part"><strong>Medical disclaimer:</strong> This article is general information'
    )
    expect(output).toContain('<p class="health-disclaimer__part"><strong>About kratom:</strong> Kratom is not an approved medicine.</p></aside>\n<p>Kratom may ease pain.</p>')
    expect(count(output, '<aside')).toBe(1)
    // The ledger still has both; a second run adds neither again.
    expect(records.map((record) => record.id)).toEqual(['medical', 'kratom'])
    expect(insertDisclaimers(tree, new VFile(markdown), {claims: [claimOn(markdown, 'Kratom may ease pain.')], options: {topics: [kratom]}})).toEqual([])
  })

  test('a combined note already in raw HTML counts for each of its ids', () => {
    const markdown = '<aside data-disclaimer="medical kratom">Note.</aside>\n\nKratom may ease pain.\n'
    const kratom = {id: 'kratom', match: 'kratom', title: 'About kratom', text: 'Careful.'}
    expect(run(markdown, [claimOn(markdown, 'Kratom may ease pain.')], {topics: [kratom]}).records).toEqual([])
  })

  test('words: no match, no disclaimer', () => {
    expect(run('Nothing about expecting mothers here.\n', [], {topics: [pregnancy]}).records).toEqual([])
  })

  test('RegExp: tested against the prose, global flags do not leak state', async () => {
    const pattern = /st\.? john['’]?s wort/gi
    const topic = {id: 'st-johns-wort', match: pattern, title: 'Interactions', text: 'It interacts with many medicines.', position: 'end' as const}
    const markdown = '# Mood\n\nSt John’s wort may lift mood.\n\nOther text.\n'
    for (let round = 0; round < 2; round++) {
      const {tree, records} = run(markdown, [], {topics: [topic]})
      expect(records).toEqual([{id: 'st-johns-wort', title: 'Interactions', position: 'end', reason: 'match:st john’s wort'}])
      expect((await html(tree)).trimEnd().endsWith('<p>It interacts with many medicines.</p></aside>')).toBe(true)
    }
  })

  test('positions: start, end and before-first-match', () => {
    const markdown = '# Title\n\nIntro.\n\nAbout fasting here.\n\nOutro.\n'
    const topic = (position: 'start' | 'end' | 'before-first-match') => ({id: 'fasting', match: 'fasting', title: 'Fasting', text: 'Careful.', position})
    const order = (position: 'start' | 'end' | 'before-first-match') =>
      run(markdown, [], {topics: [topic(position)]}).tree.children.map((node) =>
        node.type === 'healthDisclaimer' ? 'ASIDE' : node.type === 'heading' ? 'h1' : (node.children[0] as {value: string}).value
      )
    expect(order('start')).toEqual(['h1', 'ASIDE', 'Intro.', 'About fasting here.', 'Outro.'])
    expect(order('end')).toEqual(['h1', 'Intro.', 'About fasting here.', 'Outro.', 'ASIDE'])
    expect(order('before-first-match')).toEqual(['h1', 'Intro.', 'ASIDE', 'About fasting here.', 'Outro.'])
  })

  test('HTML in the title and text is shown as text, never as markup', async () => {
    const topic = {id: 'xss', match: 'fasting', title: 'Note <img src=x onerror=alert(1)>', text: 'Read <script>alert(1)</script> *carefully*.\n\n<div>block</div>'}
    const {tree} = run('Fasting.\n', [], {topics: [topic]})
    const hast = await renderer.run(structuredClone(tree))
    const tagNames: string[] = []
    visit(hast, 'element', (node) => {
      tagNames.push(node.tagName)
    })
    expect([...new Set(tagNames)].sort()).toEqual(['aside', 'em', 'p', 'strong'])
    const output = renderer.stringify(hast)
    expect(output).toContain('<p>Read &#x3C;script>alert(1)&#x3C;/script> <em>carefully</em>.</p>')
    expect(output).toContain('<p>&#x3C;div>block&#x3C;/div></p>')
    expect(output).toContain('<strong>Note &#x3C;img src=x onerror=alert(1)></strong>')
  })

  test('bad topics fail with an error that says what to fix', () => {
    expect(() => run('x\n', [], {topics: [{id: '', match: 'x', title: 'T', text: 'x'}]})).toThrow(/`options.topics\[0\].id` must be a word/)
    expect(() => run('x\n', [], {topics: [{id: 'medical', match: 'x', title: 'T', text: 'x'}]})).toThrow(/built-in/)
    expect(() => run('x\n', [], {topics: [{id: 'a', match: 42 as unknown as string, title: 'T', text: 'x'}]})).toThrow(/`options.topics\[0\].match` must be/)
    expect(() => run('x\n', [], {topics: [{id: 'a', match: 'x', title: 'T', text: 'x', position: 'top' as 'start'}]})).toThrow(/`options.topics\[0\].position` must be/)
  })
})

describe('idempotence', () => {
  const topics = [{id: 'dose', match: /\d+\s?mg/, title: 'Doses', text: 'Doses differ.'}]

  test('inserting twice gives the same tree as inserting once', () => {
    const file = new VFile(article)
    const tree = parser.parse(file)
    const first = insertDisclaimers(tree, file, {claims: [effect, dose], options: {topics, ...us}})
    const once = structuredClone(tree)
    const second = insertDisclaimers(tree, file, {claims: [effect, dose], options: {topics, ...us}})
    expect(first.map((record) => record.id)).toEqual(['medical', 'advice', 'supplement', 'dose'])
    expect(second).toEqual([])
    expect(tree).toEqual(once)
  })

  test('a disclaimer already in the document as raw HTML is not added again', async () => {
    const markdown =
      '<aside class="health-disclaimer" data-disclaimer="medical" role="note" aria-label="Medical disclaimer">Not advice.</aside>\n\n' +
      'Take 500 mg twice a day with food.\n'
    const {tree, records} = run(markdown, [claimOn(markdown, 'Take 500 mg twice a day with food.', 'strong')])
    expect(records.map((record) => record.id)).toEqual(['advice'])
    expect(count(await html(tree), 'data-disclaimer="medical"')).toBe(0) // raw HTML is dropped by remark-rehype by default
    expect(tree.children.filter((node) => node.type === 'healthDisclaimer')).toHaveLength(1)
  })

  test('a disclaimer node from another tool (hProperties.dataDisclaimer) is not added again', () => {
    const markdown = 'Sleep may improve mood.\n'
    const file = new VFile(markdown)
    const tree = parser.parse(file)
    tree.children.push({type: 'paragraph', data: {hName: 'aside', hProperties: {dataDisclaimer: 'medical'}}, children: [{type: 'text', value: 'Ours.'}]})
    expect(insertDisclaimers(tree, file, {claims: [claimOn(markdown, 'Sleep may improve mood.')], options: {}})).toEqual([])
  })
})

describe('front-matter opt-out', () => {
  test('`disclaimers: false` turns every disclaimer off', () => {
    expect(run(article, [effect, dose], {}, {disclaimers: false}).records).toEqual([])
  })

  test('a list of ids turns those off', () => {
    const ids = run(article, [effect, dose], {topics: [{id: 'dose', match: 'mg', title: 'D', text: 'd'}], ...us}, {disclaimers: ['advice', 'dose']}).records.map((record) => record.id)
    expect(ids).toEqual(['medical', 'supplement'])
  })

  test('read from a remark-frontmatter yaml node when no front matter is passed', () => {
    const markdown = '---\ntitle: Dose\ndisclaimers: [medical, supplement]\n---\n\n' + article
    const ids = run(markdown, [claimOn(markdown, 'Turmeric may reduce'), claimOn(markdown, 'Take 500 mg', 'strong')], us).records.map((record) => record.id)
    expect(ids).toEqual(['advice'])
  })

  test('read from `options.frontmatter` and `file.data.matter`', () => {
    expect(run(article, [effect], {frontmatter: {disclaimers: false}}).records).toEqual([])
    const file = new VFile({value: article, data: {matter: {disclaimers: 'medical'}}})
    expect(run(article, [effect], us, undefined, file).records.map((record) => record.id)).toEqual(['supplement'])
  })

  test('broken YAML is reported on the file and does not stop the run', () => {
    const markdown = '---\ndisclaimers: [oops\n---\n\nSleep may improve mood.\n'
    const {records, file} = run(markdown, [claimOn(markdown, 'Sleep may improve mood.')])
    expect(records.map((record) => record.id)).toEqual(['medical'])
    expect(file.messages).toHaveLength(1)
    expect(file.messages[0]?.reason).toMatch(/Cannot read the front matter as YAML/)
    expect(file.messages[0]?.line).toBe(1)
  })
})

describe('MDX', () => {
  const mdx = unified().use(remarkParse).use(remarkMdx)

  test('start disclaimers go after ESM imports; an MDX <aside data-disclaimer> counts as present', () => {
    const markdown = "import Chart from './chart.js'\n\n<aside data-disclaimer=\"advice\">Ours.</aside>\n\nTake 2 g daily. {props.note}\n\n<Chart />\n"
    const file = new VFile(markdown)
    const tree = mdx.parse(file)
    const records = insertDisclaimers(tree, file, {claims: [claimOn(markdown, 'Take 2 g daily.', 'strong')], options: {}})
    expect(records.map((record) => record.id)).toEqual(['medical'])
    expect(tree.children.map((node) => node.type)).toEqual(['mdxjsEsm', 'healthDisclaimer', 'paragraph', 'paragraph', 'mdxJsxFlowElement'])
  })
})
