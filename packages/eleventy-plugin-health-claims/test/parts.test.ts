import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {medicalWebPage, scriptSafeJson} from 'eleventy-plugin-health-claims'
// Internal modules, tested through the built output like the rest of the package.
import {DiskCache} from '../dist/cache/disk-cache.js'
import {stableStringify} from '../dist/cache/stable-stringify.js'
import {articleMeta} from '../dist/data/meta.js'
import {offsets} from '../dist/data/own-front-matter.js'
import {normalizeSources} from '../dist/data/sources.js'
import {numberByCitation} from '../dist/filters/health-sources.js'
import remarkSmartTypography from '../dist/library/smart-typography.js'
import remarkSmartypants from 'remark-smartypants'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

describe('scriptSafeJson', () => {
  it('keeps JSON valid while no value can close the script element or open a comment', () => {
    const value = {title: '</script><script>alert(1)</script> <!-- & \u2028'}
    const json = scriptSafeJson(value)
    expect(json).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(json)).toEqual(value)
  })
})

describe('remarkSmartTypography', () => {
  it('gives what remark-smartypants gives on the whole tree, running it only where there is a quote or a dash', async () => {
    const markdown = 'Plain block.\n\nHe said "it\'s fine" -- really... and `don\'t` stays.\n\n* a "list" item\n\n```\n"code"\n```\n'
    const parse = () => unified().use(remarkParse).parse(markdown)
    const ours = await unified().use(remarkSmartTypography).run(parse())
    const theirs = await unified().use(remarkSmartypants).run(parse())
    expect(ours).toEqual(theirs)
    expect(JSON.stringify(ours)).toContain('He said “it’s fine” — really…')
    expect(JSON.stringify(ours)).toContain('don\'t')
  })
})

describe('numberByCitation', () => {
  it('numbers cited sources in the order the text first cites them, then the uncited ones', () => {
    const sources = normalizeSources(['https://a.example/', 'https://b.example/', 'https://c.example/'], 'a.md')
    const citations = [
      {source: 3, number: 1, id: 'cite-1-1'},
      {source: 1, number: 2, id: 'cite-2-1'},
      {source: 3, number: 1, id: 'cite-1-2'}
    ]
    expect(numberByCitation(sources, citations).map(({url, number, cited, citations}) => [url, number, cited, citations])).toEqual([
      ['https://c.example/', 1, true, ['cite-1-1', 'cite-1-2']],
      ['https://a.example/', 2, true, ['cite-2-1']],
      ['https://b.example/', 3, false, []]
    ])
  })
})

describe('front matter sources', () => {
  it('numbers sources and keeps title, url, publisher and host', () => {
    expect(normalizeSources([{title: 'Back pain', url: 'https://www.nhs.uk/conditions/back-pain/', publisher: 'NHS'}, 'https://www.nice.org.uk/guidance/ng59'], 'a.md')).toEqual([
      {number: 1, title: 'Back pain', url: 'https://www.nhs.uk/conditions/back-pain/', publisher: 'NHS', host: 'www.nhs.uk'},
      {number: 2, title: 'https://www.nice.org.uk/guidance/ng59', url: 'https://www.nice.org.uk/guidance/ng59', publisher: undefined, host: 'www.nice.org.uk'}
    ])
  })

  it('rejects an entry without an http(s) URL, naming the file and the entry', () => {
    expect(() => normalizeSources([{title: 'NHS', url: 'nhs.uk'}], 'content/a.md')).toThrow(
      'content/a.md: front matter `sources[0]` needs a `url` that is an absolute http(s) URL, got "nhs.uk"'
    )
    expect(() => normalizeSources([{title: 'x', url: 'javascript:alert(1)'}], 'content/a.md')).toThrow('needs an http(s) `url`')
    expect(() => normalizeSources('https://www.nhs.uk/', 'content/a.md')).toThrow('must be a list')
  })
})

describe('articleMeta and medicalWebPage', () => {
  it('reads the field names content uses, with their aliases', () => {
    const meta = articleMeta(
      {
        title: 'T',
        summary: 'S',
        date: new Date('2026-01-02T00:00:00Z'),
        reviewed: '2026-05-06',
        author: [{name: 'NHS Inform', type: 'Organization', url: 'https://www.nhsinform.scot/'}, 'Jo'],
        reviewer: {name: 'Dr R'},
        tags: ['back-pain'],
        lang: 'en-GB'
      },
      'a.md'
    )
    const node = medicalWebPage(meta, {url: '/a/', baseUrl: 'https://example.org/health/', audience: 'Patient', publisher: {name: 'Caveat'}})
    expect(node).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      headline: 'T',
      name: 'T',
      description: 'S',
      url: 'https://example.org/a/',
      inLanguage: 'en-GB',
      datePublished: '2026-01-02',
      lastReviewed: '2026-05-06',
      author: [
        {'@type': 'Organization', name: 'NHS Inform', url: 'https://www.nhsinform.scot/'},
        {'@type': 'Person', name: 'Jo'}
      ],
      reviewedBy: {'@type': 'Person', name: 'Dr R'},
      publisher: {'@type': 'Organization', name: 'Caveat'},
      medicalAudience: {'@type': 'MedicalAudience', audienceType: 'Patient'},
      keywords: 'back-pain'
    })
  })
})

describe('the page front matter given to remark-health-claims', () => {
  it('knows where the body starts, so lines point into the file', () => {
    const raw = '---\ntitle: x\n---\n\nBody\n'
    expect(offsets(raw, '\nBody\n')).toEqual({lineOffset: 3, charOffset: 17})
    expect(offsets(raw, 'something else')).toEqual({lineOffset: 0, charOffset: 0})
  })
})

describe('stableStringify', () => {
  it('does not depend on key order, and keeps RegExps and Dates apart', () => {
    expect(stableStringify({b: 1, a: [1, {d: 2, c: 3}]})).toBe(stableStringify({a: [1, {c: 3, d: 2}], b: 1}))
    expect(stableStringify({match: /kratom/i})).not.toBe(stableStringify({match: /kratom/}))
    expect(stableStringify({date: new Date('2026-01-01')})).not.toBe(stableStringify({date: new Date('2026-01-02')}))
  })
})

describe('DiskCache', () => {
  it('round-trips entries, writes atomically and treats bad entries as missing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'health-claims-cache-'))
    try {
      const cache = new DiskCache(dir)
      const key = 'ab'.repeat(32)
      const article = {html: '<p>x</p>', ledger: {claims: [], disclaimers: []}, messages: [], citations: []}
      expect(await cache.get(key)).toBeUndefined()
      await cache.set(key, article)
      expect(await cache.get(key)).toEqual(article)
      // No temporary files left behind.
      expect(fs.readdirSync(path.dirname(cache.file(key)))).toEqual([key + '.json'])

      fs.writeFileSync(cache.file(key), '{"format":1,"key":"ab')
      expect(await cache.get(key)).toBeUndefined()
      // An entry renamed to another key is not served for it.
      const other = 'cd'.repeat(32)
      await cache.set(other, article)
      fs.mkdirSync(path.dirname(cache.file(key)), {recursive: true})
      fs.copyFileSync(cache.file(other), cache.file(key))
      expect(await cache.get(key)).toBeUndefined()
    } finally {
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })
})
