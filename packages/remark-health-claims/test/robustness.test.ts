import {readFileSync} from 'node:fs'
import {toHtml} from 'hast-util-to-html'
import {describe, expect, test} from 'vitest'
import {bareHtml, pluginHast, removeAdditions, runTwice, withPlugin} from './pipeline-helpers.js'

interface SpecExample {
  markdown: string
  example: number
  section: string
}

// Read by path, never copied into the project.
const spec = (name: string): SpecExample[] =>
  JSON.parse(readFileSync(new URL('../../../../shared/data/spec/' + name, import.meta.url), 'utf8')) as SpecExample[]

const suites = [
  {name: 'commonmark.json', examples: spec('commonmark.json')},
  {name: 'gfm.json', examples: spec('gfm.json')}
]

// Spec examples are rarely about health: add a claim so disclaimers and marks
// are exercised next to every construct, in its own block and in the example's first line.
const claim = 'Kratom may reduce back pain in adults.'

describe.each(suites)('$name', ({examples}) => {
  test('has its examples', () => {
    expect(examples.length).toBeGreaterThan(600)
  })

  test('full pipeline never throws and only adds (default options and annotate)', {timeout: 240_000}, async () => {
    let disclaimers = 0
    let marks = 0
    for (const example of examples) {
      // The exact pipeline of the README, end to end, to a string.
      // The plugin only adds, so its output is never shorter than the bare one.
      expect(String(await withPlugin().process(example.markdown)).length).toBeGreaterThanOrEqual((await bareHtml(example.markdown)).length)
      for (const markdown of [example.markdown, claim + ' ' + example.markdown, example.markdown + '\n\n' + claim + '\n']) {
        const expected = await bareHtml(markdown)
        const {hast} = await pluginHast(markdown, {annotate: true})
        const stripped = removeAdditions(hast)
        disclaimers += stripped.disclaimers
        marks += stripped.marks
        expect(toHtml(stripped.tree), `example ${example.example} (${example.section}):\n${markdown}`).toBe(expected)
      }
    }
    // The appended claim must actually have produced additions, or the check above proves nothing.
    expect(disclaimers).toBeGreaterThan(examples.length)
    expect(marks).toBeGreaterThan(examples.length)
  })

  test('running the plugin twice on a tree gives the same tree as once', {timeout: 240_000}, async () => {
    for (const example of examples) {
      for (const markdown of [example.markdown, example.markdown + '\n\n' + claim + ' Take 2 g daily.\n']) {
        const {once, twice} = await runTwice(markdown, {annotate: true})
        expect(twice, `example ${example.example} (${example.section})`).toEqual(once)
      }
    }
  })
})

describe('pathological inputs (small versions; timings are in the bench)', () => {
  const inputs = {
    'a 16 KB single line': 'Kratom may ease back pain in adults. '.repeat(443),
    'a 64 KB word': 'a'.repeat(65_536),
    '500 short sentences': Array.from({length: 500}, (_, index) => `Tea ${index} eases pain.`).join(' '),
    'a list nested 200 deep': '- '.repeat(200) + 'Kratom may ease pain.',
    '300 list items nested 3 deep': Array.from({length: 300}, (_, index) => '  '.repeat(index % 3) + `- Item ${index} may reduce pain.`).join('\n')
  }

  test.each(Object.entries(inputs))('%s: no throw, only additions, idempotent', {timeout: 120_000}, async (_, markdown) => {
    const {hast, file} = await pluginHast(markdown + '\n', {annotate: true})
    const stripped = removeAdditions(hast)
    expect(toHtml(stripped.tree)).toBe(await bareHtml(markdown + '\n'))
    expect(file.data.healthClaims).toBeDefined()
    const {once, twice} = await runTwice(markdown + '\n', {annotate: true})
    expect(twice).toEqual(once)
  })
})
