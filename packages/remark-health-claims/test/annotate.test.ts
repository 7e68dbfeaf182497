import {readFileSync} from 'node:fs'
import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {location} from 'vfile-location'
import {describe, expect, test} from 'vitest'
import {annotateClaims} from '../src/annotate/index.js'
import remarkHealthClaims from '../src/index.js'
import type {Claim, ClaimStatus} from '../src/types.js'

const parser = unified().use(remarkParse).use(remarkGfm)
const renderer = unified().use(remarkRehype).use(rehypeStringify)
const open = '<mark class="claim-unsourced" data-rule="unsourced-claim">'

/** A claim on the `nth` occurrence of `text` (source text) in `markdown`. */
function claimOn(markdown: string, text: string, status: ClaimStatus = 'unsourced', nth = 0): Claim {
  let start = -1
  for (let index = 0; index <= nth; index++) start = markdown.indexOf(text, start + 1)
  if (start === -1) throw new Error('Not in the document: ' + text)
  const place = location(markdown)
  return {
    id: 'claim-' + start,
    text,
    position: {start: place.toPoint(start)!, end: place.toPoint(start + text.length)!},
    strength: 'direct',
    advice: 'none',
    kind: 'effect',
    cues: [],
    citations: [],
    status,
    rules: status === 'unsourced' ? ['unsourced-claim'] : []
  }
}

async function annotate(markdown: string, claims: (markdown: string) => Claim[]): Promise<{html: string; tree: Root}> {
  const tree = parser.parse(markdown)
  const text = toString(tree)
  annotateClaims(tree, claims(markdown))
  // Never lose or reorder text.
  expect(toString(tree)).toBe(text)
  return {html: renderer.stringify(await renderer.run(structuredClone(tree))), tree}
}

describe('annotateClaims', () => {
  test('wraps exactly the claim inside a text node', async () => {
    const {html} = await annotate('Intro. Kratom reduces pain. Outro.\n', (md) => [claimOn(md, 'Kratom reduces pain.')])
    expect(html).toBe('<p>Intro. ' + open + 'Kratom reduces pain.</mark> Outro.</p>')
  })

  test('wraps a run of inline nodes: emphasis, links, code', async () => {
    const markdown = 'Intro. Kratom *reduces* pain in [adults](https://example.com) by `50%`. Outro.\n'
    const {html} = await annotate(markdown, (md) => [claimOn(md, 'Kratom *reduces* pain in [adults](https://example.com) by `50%`.')])
    expect(html).toBe('<p>Intro. ' + open + 'Kratom <em>reduces</em> pain in <a href="https://example.com">adults</a> by <code>50%</code>.</mark> Outro.</p>')
  })

  test('an edge inside a link or emphasis grows the mark to the whole node instead of splitting it', async () => {
    const markdown = 'See *the study. Kratom cures* pain. Done.\n'
    const {html} = await annotate(markdown, (md) => [claimOn(md, 'Kratom cures* pain.')])
    expect(html).toBe('<p>See ' + open + '<em>the study. Kratom cures</em> pain.</mark> Done.</p>')
  })

  test('a claim inside a link is marked inside the link', async () => {
    const markdown = 'Read [this: kratom cures pain. More](https://example.com).\n'
    const {html} = await annotate(markdown, (md) => [claimOn(md, 'kratom cures pain.')])
    expect(html).toBe('<p>Read <a href="https://example.com">this: ' + open + 'kratom cures pain.</mark> More</a>.</p>')
  })

  test('several claims in one text node, in headings, list items, table cells and block quotes', async () => {
    const markdown = [
      '## Kratom cures pain',
      '',
      '- One. Kratom eases cramps. Two.',
      '  Kratom lifts mood. Three.',
      '',
      '| Effect |',
      '| --- |',
      '| Kratom relaxes muscles |',
      '',
      '> Quote. Kratom helps sleep.',
      '> Kratom lowers stress. End.',
      ''
    ].join('\n')
    const {html} = await annotate(markdown, (md) => [
      claimOn(md, 'Kratom cures pain'),
      claimOn(md, 'Kratom eases cramps.'),
      claimOn(md, 'Kratom lifts mood.'),
      claimOn(md, 'Kratom relaxes muscles'),
      claimOn(md, 'Kratom helps sleep.'),
      claimOn(md, 'Kratom lowers stress.')
    ])
    expect(html).toContain('<h2>' + open + 'Kratom cures pain</mark></h2>')
    expect(html).toContain('<li>One. ' + open + 'Kratom eases cramps.</mark> Two.\n' + open + 'Kratom lifts mood.</mark> Three.</li>')
    expect(html).toContain('<td>' + open + 'Kratom relaxes muscles</mark></td>')
    expect(html).toContain('<p>Quote. ' + open + 'Kratom helps sleep.</mark>\n' + open + 'Kratom lowers stress.</mark> End.</p>')
  })

  test('character references and escapes keep the text intact', async () => {
    const markdown = 'A &amp; B. Kratom cures &lt;all&gt; pain \\* daily. C &copy; D.\n'
    const {html} = await annotate(markdown, (md) => [claimOn(md, 'Kratom cures &lt;all&gt; pain \\* daily.')])
    expect(html).toBe('<p>A &#x26; B. ' + open + 'Kratom cures &#x3C;all> pain * daily.</mark> C © D.</p>')
  })

  test('sourced and weak claims are not marked', async () => {
    const {html} = await annotate('Kratom eases pain. Kratom lifts mood.\n', (md) => [
      claimOn(md, 'Kratom eases pain.', 'sourced'),
      claimOn(md, 'Kratom lifts mood.', 'weak')
    ])
    expect(html).not.toContain('<mark')
  })

  test('idempotent: annotating twice changes nothing; overlapping claims are not re-wrapped', async () => {
    const markdown = 'One. Kratom *cures* pain and it eases cramps. Two.\n'
    const claims = (md: string) => [claimOn(md, 'Kratom *cures* pain and it eases cramps.'), claimOn(md, 'it eases cramps.')]
    const {tree} = await annotate(markdown, claims)
    const once = structuredClone(tree)
    annotateClaims(tree, claims(markdown))
    expect(tree).toEqual(once)
    expect(renderer.stringify(await renderer.run(tree)).split('<mark').length - 1).toBe(1)
  })
})

describe('the plugin with `annotate`', () => {
  const seed = readFileSync(new URL('../../../../shared/seed/000_b2823957736016dd.txt', import.meta.url), 'utf8')
  const pipeline = (annotate: boolean) =>
    unified().use(remarkParse).use(remarkGfm).use(remarkHealthClaims, {annotate}).use(remarkRehype).use(rehypeStringify)

  test('marks unsourced claims of the seed article, once each, only when asked', async () => {
    const html = String(await pipeline(true).process(seed))
    expect(html).toContain(open + 'Kratom’s anti-inflammatory properties reduce inflammation.</mark>')
    expect(html).toContain(
      open + 'Kratom is generally well-tolerated, but potential side effects include gastrointestinal issues, dizziness, confusion, and allergic reactions.</mark>'
    )
    expect(html.split('<mark ').length - 1).toBeGreaterThanOrEqual(25)
    expect(html).not.toContain(open + open)
    expect(String(await pipeline(false).process(seed))).not.toContain('<mark')
  })
})
