import fc from 'fast-check'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, test} from 'vitest'
import type {Options} from '../src/types.js'
import {bareHtml, pluginHast, removeAdditions, runTwice} from './pipeline-helpers.js'

// Health-ish prose, with the markdown that trips up position mapping:
// links, footnotes, placeholders, emphasis, code, references and escapes.
const subject = fc.constantFrom('Kratom', 'Turmeric', 'Vitamin D', 'Regular exercise', 'This herbal supplement', 'Fish oil', 'It', 'Sleep')
const verb = fc.constantFrom(
  'reduces',
  'may help',
  'is associated with lower',
  'cures',
  'is proven to prevent',
  'can relieve',
  'has been used for',
  'is generally well-tolerated, but may cause'
)
const object = fc.constantFrom('back pain', 'inflammation', 'anxiety', 'heart disease', 'side effects', 'muscle tension', 'sleep problems')
const decoration = fc.constantFrom(
  (text: string) => text,
  (text: string) => `*${text}*`,
  (text: string) => `**${text}**`,
  (text: string) => `[${text}](https://doi.org/10.1000/xyz123)`,
  (text: string) => `[${text}](https://shop.example.com/buy?ref=aff)`,
  (text: string) => `${text} &amp; more`,
  (text: string) => `${text} \\* noted`,
  (text: string) => `\`${text}\``,
  (text: string) => `${text} [date]`,
  (text: string) => `${text} {{ name }}`
)
const ending = fc.constantFrom('.', '.', '!', '?', '.[^1]', ' (see [NIH](https://www.nih.gov/)).', '. TODO')
const advice = fc.constantFrom(
  'Start with a low dose and gradually increase it.',
  'Take 500 mg twice a day.',
  'Talk to your doctor before use.',
  'Real-life examples demonstrate its benefits.',
  'For more information, refer to the following resources:'
)

const sentence = fc.oneof(
  {weight: 4, arbitrary: fc.tuple(subject, verb, object, decoration, ending).map(([s, v, o, d, e]) => `${s} ${v} ${d(o)}${e}`)},
  {weight: 1, arbitrary: advice}
)
const paragraph = fc.tuple(fc.array(sentence, {minLength: 1, maxLength: 4}), fc.constantFrom(' ', '\n')).map(([s, sep]) => s.join(sep))
const heading = fc.tuple(fc.integer({min: 1, max: 3}), sentence).map(([depth, text]) => '#'.repeat(depth) + ' ' + text)
const list = fc.tuple(fc.array(paragraph, {minLength: 1, maxLength: 4}), fc.boolean(), fc.boolean()).map(([items, ordered, nested]) =>
  items.map((item, index) => (nested && index % 2 === 1 ? '   ' : '') + (ordered ? `${index + 1}. ` : '- ') + item.replace(/\n/g, '\n     ')).join('\n')
)
const cell = fc.tuple(subject, verb, object).map(([s, v, o]) => `${s} ${v} ${o}`)
const table = fc.array(fc.tuple(cell, cell), {minLength: 1, maxLength: 3}).map((rows) =>
  ['| Claim | Note |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n')
)
const code = paragraph.map((text) => '```\n' + text + '\n```')
const quote = paragraph.map((text) => text.split('\n').map((line) => '> ' + line).join('\n'))
const footnote = fc.constantFrom('[^1]: Smith J. https://pubmed.ncbi.nlm.nih.gov/12345678/', '[^1]: A friend told me.')
const block = fc.oneof(
  {weight: 5, arbitrary: paragraph},
  {weight: 2, arbitrary: heading},
  {weight: 2, arbitrary: list},
  {weight: 1, arbitrary: table},
  {weight: 1, arbitrary: code},
  {weight: 1, arbitrary: quote},
  {weight: 1, arbitrary: footnote}
)
const document = fc.array(block, {minLength: 1, maxLength: 8}).map((blocks) => blocks.join('\n\n') + '\n')

const options: fc.Arbitrary<Options> = fc.record({
  scope: fc.constantFrom('sentence', 'paragraph', 'section', 'document' as const),
  annotate: fc.constant(true),
  disclaimers: fc.constantFrom(undefined, false, ['advice'] as Array<'advice'>),
  topics: fc.constantFrom(undefined, [{id: 'pain', match: ['back pain'], title: 'Back pain', text: 'See a GP if it lasts.'}], [
    {id: 'fish', match: /fish\s+oil/i, title: 'Fish oil', text: 'Check **interactions**.', position: 'start' as const}
  ])
})

// Moderate by default so the file runs in seconds; raise PROPERTY_RUNS to hunt for bugs.
const numRuns = Number(process.env['PROPERTY_RUNS'] ?? 80)

describe('random health articles', () => {
  test('never throw and only add: without the additions the HTML is exactly the bare pipeline’s', {timeout: 120_000}, async () => {
    let marked = 0
    let disclaimed = 0
    await fc.assert(
      fc.asyncProperty(document, options, async (markdown, settings) => {
        const {hast} = await pluginHast(markdown, settings)
        const stripped = removeAdditions(hast)
        if (stripped.marks > 0) marked++
        if (stripped.disclaimers > 0) disclaimed++
        expect(toHtml(stripped.tree)).toBe(await bareHtml(markdown))
      }),
      {numRuns}
    )
    // The generator must exercise what the property is about.
    expect(marked).toBeGreaterThan(numRuns / 4)
    expect(disclaimed).toBeGreaterThan(numRuns / 4)
  })

  test('are idempotent: the plugin run twice on a tree gives the tree of one run', {timeout: 120_000}, async () => {
    await fc.assert(
      fc.asyncProperty(document, options, async (markdown, settings) => {
        const {once, twice} = await runTwice(markdown, settings)
        expect(twice).toEqual(once)
      }),
      {numRuns}
    )
  })
})
