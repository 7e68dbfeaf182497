import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Root} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import {unified, type Processor} from 'unified'
import {describe, expect, test} from 'vitest'
import remarkGfmLazyAutolinks, {mayHoldAutolinkLiteral} from '../src/index.js'

interface SpecExample {
  markdown: string
  example: number
}

// Read by path, never copied into the project.
const spec = (name: string): SpecExample[] =>
  JSON.parse(readFileSync(new URL('../../../../shared/data/spec/' + name, import.meta.url), 'utf8')) as SpecExample[]

const reference = unified().use(remarkParse).use(remarkGfm).freeze()
const referenceWithFrontmatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze()

/** The plugin, with a count of how many times remark-parse's parser ran. */
function lazy(frontmatter = false) {
  const counter = {parses: 0}
  function countParses(this: Processor<Root>) {
    const self = this as unknown as {parser: (document: string, file: unknown) => Root}
    const parse = self.parser
    self.parser = (document, file) => {
      counter.parses++
      return parse(document, file)
    }
  }
  let processor = unified().use(remarkParse) as unknown as Processor<Root>
  if (frontmatter) processor = processor.use(remarkFrontmatter, ['yaml']) as unknown as Processor<Root>
  return {processor: processor.use(countParses).use(remarkGfmLazyAutolinks).freeze(), counter}
}

/** A tree as plain data, positions included. */
const plain = (tree: unknown) => JSON.parse(JSON.stringify(tree)) as unknown

describe.each(['commonmark.json', 'gfm.json'])('%s: every example parses to the tree remark-gfm gives', (name) => {
  const examples = spec(name)

  test('same tree, positions included', () => {
    expect(examples.length).toBeGreaterThan(600)
    const {processor, counter} = lazy()
    let reparsed = 0
    for (const example of examples) {
      const before = counter.parses
      expect(plain(processor.parse(example.markdown)), `example ${example.example}`).toEqual(plain(reference.parse(example.markdown)))
      if (counter.parses - before === 2) reparsed++
    }
    // Both paths are exercised: the spec has autolink literals (and '@', 'www.', 'http://')
    // in some examples, and none in most.
    expect(reparsed).toBeGreaterThan(3)
    expect(reparsed).toBeLessThan(examples.length / 2)
  })
})

describe('real articles', () => {
  const contentDir = new URL('../../../content/', import.meta.url)
  const articles: Array<{name: string; markdown: string}> = []
  for (const folder of readdirSync(contentDir, {withFileTypes: true})) {
    if (!folder.isDirectory()) continue
    for (const file of readdirSync(new URL(folder.name + '/', contentDir))) {
      if (file.endsWith('.md')) articles.push({name: `${folder.name}/${file}`, markdown: readFileSync(new URL(`${folder.name}/${file}`, contentDir), 'utf8')})
    }
  }
  articles.push({name: 'seed', markdown: readFileSync(new URL('../../../../shared/seed/000_b2823957736016dd.txt', import.meta.url), 'utf8')})

  test('the seed and every article in content/ give the same tree as remark-gfm (with front matter)', () => {
    expect(articles.length).toBeGreaterThan(6)
    const {processor} = lazy(true)
    for (const article of articles) {
      expect(plain(processor.parse(article.markdown)), article.name).toEqual(plain(referenceWithFrontmatter.parse(article.markdown)))
    }
  })

  test('an article that links only with [text](url) is parsed once', () => {
    const {processor, counter} = lazy()
    const markdown =
      '# Back pain\n\nStaying active helps ([NHS](https://www.nhs.uk/conditions/back-pain/)).[^1]\n\n' +
      '![An x-ray](https://example.org/x.png "www.example.org")\n\n[^1]: NICE guideline NG59. <https://www.nice.org.uk/guidance/ng59>\n'
    processor.parse(markdown)
    expect(counter.parses).toBe(1)
  })

  test('bare URLs, www. and emails in text are links, as with remark-gfm', () => {
    const {processor, counter} = lazy()
    const markdown = 'See www.nhs.uk or https://www.who.int/, or write to editor@example.org.\n'
    const tree = processor.parse(markdown)
    expect(counter.parses).toBe(2)
    const links = JSON.stringify(tree).match(/"type":"link"/g) ?? []
    expect(links).toHaveLength(3)
    expect(plain(tree)).toEqual(plain(reference.parse(markdown)))
  })
})

describe('mayHoldAutolinkLiteral', () => {
  const parseWithout = (markdown: string) => unified().use(remarkParse).parse(markdown)

  test('finds the marks in text, in any case', () => {
    expect(mayHoldAutolinkLiteral(parseWithout('Visit WWW.example.com'))).toBe(true)
    expect(mayHoldAutolinkLiteral(parseWithout('HTTPS://example.com'))).toBe(true)
    expect(mayHoldAutolinkLiteral(parseWithout('a *b@c.d* e'))).toBe(true)
    expect(mayHoldAutolinkLiteral(parseWithout('a &#64; b'))).toBe(true)
    // An unclosed bracket is text, not a link.
    expect(mayHoldAutolinkLiteral(parseWithout('[see www.example.com'))).toBe(true)
  })

  test('looks through any depth of nesting', () => {
    expect(mayHoldAutolinkLiteral(parseWithout('>'.repeat(20_000) + ' www.example.com'))).toBe(true)
    expect(mayHoldAutolinkLiteral(parseWithout('>'.repeat(20_000) + ' no address here'))).toBe(false)
  })

  test('ignores links (their text too), image alt, titles and code', () => {
    const markdown =
      '[NHS](https://www.nhs.uk/ "www.nhs.uk"), <https://www.who.int/>, <editor@example.org>, ' +
      '[www.cdc.gov][cdc], ![see www.x.org](x.png) and `a@b.c`\n\n    www.example.com\n\n[cdc]: https://www.cdc.gov/\n'
    expect(mayHoldAutolinkLiteral(parseWithout(markdown))).toBe(false)
  })
})

describe('remark-stringify', () => {
  test('writes GFM as remark-gfm does', () => {
    const markdown = '| a | b |\n| - | - |\n| 1 | 2 |\n\n~~gone~~ and [^1]\n\n[^1]: Note.\n\n- [x] done\n'
    const ours = unified().use(remarkParse).use(remarkGfmLazyAutolinks).use(remarkStringify)
    const theirs = unified().use(remarkParse).use(remarkGfm).use(remarkStringify)
    expect(String(ours.processSync(markdown))).toBe(String(theirs.processSync(markdown)))
  })
})

test('a clear error when remark-parse is missing', () => {
  expect(() => unified().use(remarkGfmLazyAutolinks).parse('x')).toThrow(/use remark-parse before this plugin/)
})

// Fragments that start, end, break or hide autolink literals next to the constructs that
// could compete with them for the same characters.
const fragment = fc.constantFrom(
  'www.example.com', 'WWW.Example.org/path?q=1', 'http://a.b', 'https://www.nhs.uk/x_(y)', 'HTTP://x.y',
  'a@b.co', 'first.last+tag@mail.example.org', 'mailto:a@b.cd', 'xmpp:me@jabber.org/home', '&#64;', '\\@',
  'www', '.', '@', ':', '//', 'http', 'w', '_', '*', '~', '~~', '`', '<', '>', '[', ']', '(', ')', '!', '\\', '&amp;',
  '[x](https://doi.org/10.1/x)', '<https://a.b>', '<a@b.c>', '![alt www.x.y](i.png)', '[^1]', '<span>', '\n', '\n\n',
  '[www.a.bc](d)', '](https://e.fg/h)', '[see a@b.cd', '[ref]', '[ref]: https://r.st/\n', '![', '[^1]: ',
  '- ', '> ', '| a | b |\n| - | - |\n| ', 'Kratom may help.', ' ', ' ', 'text'
)
const document = fc.array(fragment, {minLength: 1, maxLength: 25}).map((parts) => parts.join(''))

test('property: random documents give the tree remark-gfm gives', () => {
  const {processor} = lazy()
  fc.assert(
    fc.property(document, (markdown) => {
      expect(plain(processor.parse(markdown))).toEqual(plain(reference.parse(markdown)))
    }),
    {numRuns: 3000}
  )
})
