/**
 * Citations: what counts as one, how far a source is trusted, and which
 * claims it supports under each scope.
 */
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkHealthClaims, {defaultSourcePolicy, findDoi, findPmid, hostMatches, sourceTrust} from '../src/index.js'
import type {Claim, Options} from '../src/index.js'

async function lint(markdown: string, options: Options = {}): Promise<VFile> {
  const file = new VFile({path: 'example.md', value: markdown})
  await unified().use(remarkParse).use(remarkGfm).use(remarkHealthClaims, options).use(remarkRehype).use(rehypeStringify).process(file)
  return file
}

function claim(file: VFile, start: string): Claim {
  const found = file.data.healthClaims?.claims.find((claim) => claim.text.startsWith(start))
  if (!found) throw new Error(`no claim starting with ${start}: ${JSON.stringify(file.data.healthClaims?.claims.map((claim) => claim.text))}`)
  return found
}

function unsourced(file: VFile): string[] {
  return file.messages.filter((message) => message.ruleId === 'unsourced-claim').map((message) => String(message.actual))
}

describe('source policy', () => {
  it.each([
    ['https://doi.org/10.1056/NEJMoa2034577', 'strong'],
    ['https://pubmed.ncbi.nlm.nih.gov/31234567/', 'strong'],
    ['https://www.ncbi.nlm.nih.gov/pmc/articles/PMC123456/', 'strong'],
    ['https://medlineplus.gov/ency/article/000000.htm', 'strong'],
    ['https://www.who.int/news-room/fact-sheets/detail/obesity-and-overweight', 'strong'],
    ['https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD001520/full', 'strong'],
    ['https://www.cdc.gov/folic-acid/about/index.html', 'strong'],
    ['https://www.fda.gov/consumers/consumer-updates/kratom', 'strong'],
    ['https://www.nhs.uk/conditions/back-pain/', 'strong'],
    ['https://www.nice.org.uk/guidance/ng59', 'strong'],
    ['https://www.amazon.com/dp/B00X', 'weak'],
    ['https://www.amazon.co.uk/dp/B00X', 'weak'],
    ['https://shop.example.com/kratom?tag=health-20', 'weak'],
    ['https://example-supplements.com/go/kratom-capsules', 'weak'],
    ['https://best-kratom.myshopify.com/products/red-vein', 'weak'],
    ['https://www.etsy.com/listing/123', 'weak'],
    ['https://www.ebay.de/itm/123', 'weak'],
    ['https://www.facebook.com/groups/kratom', 'weak'],
    ['https://www.instagram.com/p/abc/', 'weak'],
    ['https://www.tiktok.com/@user/video/1', 'weak'],
    ['https://x.com/user/status/1', 'weak'],
    ['https://twitter.com/user/status/1', 'weak'],
    ['https://www.reddit.com/r/kratom/', 'weak'],
    ['https://www.youtube.com/watch?v=abc', 'weak'],
    ['https://www.example.com/article', 'neutral'],
    ['https://www.example.com/article?utm_source=newsletter', 'neutral'],
    ['/articles/back-pain/', 'neutral']
  ])('%s is %s', (url, trust) => {
    expect(sourceTrust(url, undefined).trust).toBe(trust)
  })

  it('lets callers trust a host the defaults call weak, and distrust one they call strong', () => {
    expect(sourceTrust('https://www.youtube.com/watch?v=abc', {trusted: ['youtube.com']}).trust).toBe('strong')
    expect(sourceTrust('https://www.cdc.gov/x', {untrusted: ['cdc.gov']}).trust).toBe('weak')
    expect(sourceTrust('https://journal.example.org/a', {trusted: ['*.example.org']}).trust).toBe('strong')
  })

  it('drops the default lists with replaceDefaults', () => {
    expect(sourceTrust('https://www.reddit.com/r/x', {replaceDefaults: true}).trust).toBe('neutral')
    expect(sourceTrust('https://doi.org/10.1000/1', {replaceDefaults: true, trusted: []}).trust).toBe('neutral')
  })

  it('matches hosts, subdomain wildcards and any-suffix wildcards', () => {
    expect(hostMatches('www.nhs.uk', 'nhs.uk')).toBe(true)
    expect(hostMatches('nhs.uk', '*.nhs.uk')).toBe(true)
    expect(hostMatches('evil-nhs.uk', '*.nhs.uk')).toBe(false)
    expect(hostMatches('amazon.co.uk', 'amazon.*')).toBe(true)
    expect(hostMatches('amazonia.org', 'amazon.*')).toBe(false)
    expect(defaultSourcePolicy.trusted).toContain('*.nih.gov')
    expect(defaultSourcePolicy.untrusted).toContain('reddit.com')
  })
})

describe('identifiers', () => {
  it('finds DOIs in resolver, publisher and doi: forms, without trailing punctuation', () => {
    expect(findDoi('https://doi.org/10.1000/xyz123')).toBe('10.1000/xyz123')
    expect(findDoi('https://dx.doi.org/10.1056/NEJMoa2034577')).toBe('10.1056/nejmoa2034577')
    expect(findDoi('https://www.nejm.org/doi/full/10.1056/NEJMoa2034577')).toBe('10.1056/nejmoa2034577')
    expect(findDoi('doi:10.1000/xyz123.')).toBe('10.1000/xyz123')
    expect(findDoi('https://example.com/page')).toBeUndefined()
  })

  it('finds PubMed ids in PubMed URLs', () => {
    expect(findPmid('https://pubmed.ncbi.nlm.nih.gov/31234567/')).toBe('31234567')
    expect(findPmid('https://www.ncbi.nlm.nih.gov/pubmed/31234567')).toBe('31234567')
  })

  it('counts doi: and PMID written in prose as strong citations', async () => {
    const file = await lint('Kratom reduces back pain (doi:10.1000/xyz123). Green tea is associated with lower blood pressure (PMID: 31234567).\n')
    expect(claim(file, 'Kratom reduces').citations).toEqual([
      expect.objectContaining({type: 'key', doi: '10.1000/xyz123', url: 'https://doi.org/10.1000/xyz123', trust: 'strong'})
    ])
    expect(claim(file, 'Green tea').citations).toEqual([
      expect.objectContaining({type: 'key', pmid: '31234567', url: 'https://pubmed.ncbi.nlm.nih.gov/31234567/', trust: 'strong'})
    ])
    expect(unsourced(file)).toEqual([])
  })
})

describe('citation forms', () => {
  it('binds inline links, reference links and autolinks', async () => {
    const file = await lint(
      'Kratom reduces back pain ([study][s]). Vitamin D may reduce the risk of fractures <https://doi.org/10.1000/vd>. Smoking increases the risk of lung cancer, see https://www.cdc.gov/tobacco/.\n\n[s]: https://pubmed.ncbi.nlm.nih.gov/123/\n'
    )
    expect(claim(file, 'Kratom').citations).toEqual([expect.objectContaining({type: 'link', url: 'https://pubmed.ncbi.nlm.nih.gov/123/', pmid: '123', trust: 'strong'})])
    expect(claim(file, 'Vitamin D').citations).toEqual([expect.objectContaining({type: 'link', doi: '10.1000/vd'})])
    expect(claim(file, 'Smoking').citations).toEqual([expect.objectContaining({type: 'link', host: 'www.cdc.gov', trust: 'strong'})])
    expect(unsourced(file)).toEqual([])
  })

  it('resolves a footnote to its definition’s URL, and accepts a textual footnote', async () => {
    const file = await lint(
      'Kratom reduces back pain.[^1] Vitamin D may reduce the risk of fractures.[^2]\n\n[^1]: See <https://www.reddit.com/r/kratom>.\n[^2]: Smith J. Vitamin D and fractures. BMJ 2020.\n'
    )
    const kratom = claim(file, 'Kratom')
    expect(kratom.citations).toEqual([expect.objectContaining({type: 'footnote', identifier: '1', url: 'https://www.reddit.com/r/kratom', trust: 'weak'})])
    expect(kratom.status).toBe('weak')
    expect(claim(file, 'Vitamin D')).toMatchObject({status: 'sourced', citations: [expect.objectContaining({type: 'footnote', identifier: '2', trust: 'neutral'})]})
    expect(file.messages.filter((message) => message.ruleId === 'weak-source').map((message) => message.actual)).toEqual(['www.reddit.com'])
    // Footnote definitions are sources, not claims.
    expect(file.data.healthClaims?.claims.some((claim) => claim.text.includes('Smith J.'))).toBe(false)
  })

  it('binds pandoc citation keys', async () => {
    const file = await lint('Smoking increases the risk of lung cancer [@doll1954; @peto2000, p. 3].\n')
    expect(claim(file, 'Smoking').citations.map((citation) => citation.identifier)).toEqual(['doll1954', 'peto2000'])
  })

  it('keeps a citation that ends up after the full stop with its sentence', async () => {
    const file = await lint('Kratom reduces back pain. ([Smith 2020](https://doi.org/10.1000/s)) Kratom is a tree.\n')
    expect(claim(file, 'Kratom reduces back pain.').status).toBe('sourced')
    expect(unsourced(file)).toEqual([])
  })

  it('does not count in-page anchors, mail links or citations inside code', async () => {
    const file = await lint('Kratom reduces back pain ([see below](#sources), [mail](mailto:a@b.c), `[@key]`).\n')
    expect(claim(file, 'Kratom').citations).toEqual([])
    expect(unsourced(file)).toHaveLength(1)
  })
})

describe('scope', () => {
  const markdown = [
    '# Back pain',
    '',
    'Kratom reduces back pain. Other sentence with [a source](https://doi.org/10.1000/a).',
    '',
    'Vitamin D may reduce the risk of fractures.',
    '',
    '# Heart',
    '',
    'Smoking increases the risk of heart disease.',
    '',
    '## References',
    '',
    '- [Doll and Hill](https://doi.org/10.1136/bmj.2.4682.739)',
    ''
  ].join('\n')

  it('sentence (default): only citations in the same sentence count', async () => {
    expect(unsourced(await lint(markdown))).toEqual([
      'Kratom reduces back pain.',
      'Vitamin D may reduce the risk of fractures.',
      'Smoking increases the risk of heart disease.'
    ])
  })

  it('paragraph: citations in the same paragraph count', async () => {
    const file = await lint(markdown, {scope: 'paragraph'})
    expect(unsourced(file)).toEqual(['Vitamin D may reduce the risk of fractures.', 'Smoking increases the risk of heart disease.'])
    expect(file.messages.find((message) => message.ruleId === 'unsourced-claim')?.reason).toMatch(/in the same paragraph$/)
  })

  it('section: citations under the same heading count, and a References subsection supports the section it closes', async () => {
    // "## References" sits under "# Heart": it sources the Heart claims.
    expect(unsourced(await lint(markdown, {scope: 'section'}))).toEqual([])
    const file = await lint(markdown.replace('# Heart', '# Sleep\n\nMelatonin may help with jet lag.\n\n# Heart'), {scope: 'section'})
    // …but not those of another top-level section.
    expect(unsourced(file)).toEqual(['Melatonin may help with jet lag.'])
    expect(claim(file, 'Smoking').citations).toEqual([expect.objectContaining({url: 'https://doi.org/10.1136/bmj.2.4682.739'})])
  })

  it('document: a References section or footnotes support every claim', async () => {
    const file = await lint(markdown, {scope: 'document'})
    expect(unsourced(file)).toEqual([])
    expect(claim(file, 'Smoking').citations).toEqual([expect.objectContaining({url: 'https://doi.org/10.1136/bmj.2.4682.739'})])
    // Without a References section, document scope still needs a source.
    expect(unsourced(await lint('Kratom reduces back pain.\n', {scope: 'document'}))).toEqual(['Kratom reduces back pain.'])
  })
})
