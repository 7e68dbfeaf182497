/**
 * Citation forms of real articles: numbered markers resolved against a
 * References / Sources list or the front matter `sources`, author–year
 * citations, bracketed reference links, and References sections under the
 * `section` and `document` scopes.
 */
import rehypeStringify from 'rehype-stringify'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import remarkHealthClaims, {CitationIndex, documentSentences, findAuthorYear} from '../src/index.js'
import type {Claim, Options} from '../src/index.js'
import {markerNumbers} from '../src/citations/markers.js'

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

function messages(file: VFile, ruleId: string): string[] {
  return file.messages
    .filter((message) => message.ruleId === ruleId)
    .map((message) => `${message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}` : '?'} ${String(message.actual)}`)
}

function unsourced(file: VFile): string[] {
  return file.messages.filter((message) => message.ruleId === 'unsourced-claim').map((message) => String(message.actual))
}

const referenceList = [
  '## References',
  '',
  '1. Smith J. Ginger for nausea in pregnancy. https://doi.org/10.1000/ginger',
  '2. Jones K. Turmeric and knee pain. BMJ 2019.',
  '3. Buy turmeric capsules: https://www.amazon.com/dp/B00X?tag=abc-20',
  '4. Cochrane review of exercise for back pain. https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD009790/full',
  ''
].join('\n')

describe('numbered markers', () => {
  it('resolves [1], [1, 3], [1-3], ^1, <sup>1</sup> and anchor links against a numbered References list', async () => {
    const file = await lint(
      [
        'Ginger eases nausea in pregnancy [1].',
        '',
        'Turmeric reduces knee pain [2, 4].',
        '',
        'Exercise reduces back pain [1-2].',
        '',
        'Yoga improves sleep quality^4 in adults.',
        '',
        'Walking lowers blood pressure.<sup>1</sup>',
        '',
        'Stretching eases back stiffness.[[4]](#ref-4)',
        '',
        'Massage eases muscle pain.<sup><a href="#cite-2">2</a></sup>',
        '',
        referenceList
      ].join('\n')
    )
    expect(unsourced(file)).toEqual([])
    expect(claim(file, 'Ginger').citations).toEqual([
      expect.objectContaining({type: 'reference', identifier: '1', label: '[1]', url: 'https://doi.org/10.1000/ginger', doi: '10.1000/ginger', trust: 'strong'})
    ])
    // An entry with text only is a source of unknown strength.
    expect(claim(file, 'Turmeric').citations.map(({identifier, trust}) => [identifier, trust])).toEqual([['2', 'neutral'], ['4', 'strong']])
    expect(claim(file, 'Exercise').citations.map(({identifier}) => identifier)).toEqual(['1', '2'])
    expect(claim(file, 'Yoga').citations).toEqual([expect.objectContaining({identifier: '4', label: '^4', host: 'www.cochranelibrary.com'})])
    expect(claim(file, 'Walking').citations).toEqual([expect.objectContaining({identifier: '1', label: '1'})])
    expect(claim(file, 'Stretching').citations).toEqual([expect.objectContaining({identifier: '4', label: '[4]'})])
    expect(claim(file, 'Massage').citations).toEqual([expect.objectContaining({identifier: '2'})])
    // A marker inside the sentence stays in its text (as written) but is not read as prose; one after the full stop is left out.
    expect(claim(file, 'Ginger').text).toBe('Ginger eases nausea in pregnancy [1].')
    expect(claim(file, 'Yoga').text).toBe('Yoga improves sleep quality^4 in adults.')
    expect(claim(file, 'Walking').text).toBe('Walking lowers blood pressure.')
    expect(claim(file, 'Ginger').citations[0]?.position).toMatchObject({start: {line: 1, column: 34}, end: {line: 1, column: 37}})
    // Reference entries are sources, not claims.
    expect(file.data.healthClaims?.claims.some((claim) => claim.text.includes('Smith J.'))).toBe(false)
    expect(messages(file, 'dangling-reference')).toEqual([])
  })

  it('takes the trust of the entry: a shop link is a weak source', async () => {
    const file = await lint('Turmeric capsules reduce joint pain [3].\n\n' + referenceList)
    expect(claim(file, 'Turmeric').status).toBe('weak')
    expect(messages(file, 'weak-source')).toEqual(['1:1-1:41 www.amazon.com'])
  })

  it('binds a marker after the full stop to the sentence it follows', async () => {
    const file = await lint('Ginger eases nausea.[1] Turmeric reduces knee pain. [2] Exercise reduces back pain.\n\n' + referenceList)
    expect(claim(file, 'Ginger').citations.map(({identifier}) => identifier)).toEqual(['1'])
    expect(claim(file, 'Turmeric').citations.map(({identifier}) => identifier)).toEqual(['2'])
    expect(unsourced(file)).toEqual(['Exercise reduces back pain.'])
  })

  it('resolves against a bulleted list after a "Sources:" paragraph (by place) and explicit numbers in entries', async () => {
    const byPlace = await lint('Ice reduces swelling [2].\n\nSources:\n\n- NHS. Sprains and strains. https://www.nhs.uk/conditions/sprains-and-strains/\n- NICE. Back pain (NG59). 2016.\n')
    expect(claim(byPlace, 'Ice').citations).toEqual([expect.objectContaining({identifier: '2', trust: 'neutral'})])
    const explicit = await lint('Ice reduces swelling [7].\n\n## Sources\n\n- [7] NHS. Sprains and strains. https://www.nhs.uk/conditions/sprains-and-strains/\n')
    expect(claim(explicit, 'Ice').citations).toEqual([expect.objectContaining({identifier: '7', host: 'www.nhs.uk', trust: 'strong'})])
    const lines = await lint('Ice reduces swelling [2]. Heat relaxes muscles [1].\n\n## References\n\n[1] Smith J. Heat therapy. 2018.\n[2] Jones K. Cryotherapy. https://pubmed.ncbi.nlm.nih.gov/12345/\n')
    expect(claim(lines, 'Ice').citations).toEqual([expect.objectContaining({identifier: '2', pmid: undefined, url: 'https://pubmed.ncbi.nlm.nih.gov/12345/', trust: 'strong'})])
    expect(claim(lines, 'Heat').citations).toEqual([expect.objectContaining({identifier: '1', trust: 'neutral'})])
    expect(messages(lines, 'dangling-reference')).toEqual([])
  })

  it('does not take exponents and units for markers', async () => {
    const markdown = 'Obesity (a BMI of 30 kg/m^2 or more) raises the risk of diabetes [1]. A platelet count under 150 x 10^9/L or a 100 m<sup>2</sup> room is rare, and so is x<sup>2</sup>.\n'
    const file = await lint(markdown)
    expect(messages(file, 'dangling-reference')).toEqual(['1:66-1:69 [1]'])
    const {sentences} = documentSentences(unified().use(remarkParse).parse(markdown), markdown)
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Obesity (a BMI of 30 kg/m^2 or more) raises the risk of diabetes [1].',
      'A platelet count under 150 x 10^9/L or a 100 m2 room is rare, and so is x2.'
    ])
  })

  it('reports a marker that resolves to nothing, and does not count it as a source', async () => {
    const file = await lint('Ginger eases nausea [9]. Exercise reduces back pain [1-3].\n\n## References\n\n1. Smith J. Exercise. https://doi.org/10.1000/ex\n2. Jones K. Back pain. 2019.\n')
    expect(unsourced(file)).toEqual(['Ginger eases nausea [9].'])
    expect(claim(file, 'Ginger').rules).toEqual(expect.arrayContaining(['unsourced-claim', 'dangling-reference']))
    // A range partly answered: sourced by the entries it has, the missing number reported.
    expect(claim(file, 'Exercise').status).toBe('sourced')
    expect(messages(file, 'dangling-reference')).toEqual(['1:21-1:24 [9]', '1:53-1:58 [1-3]'])
    expect(file.messages.find((message) => message.ruleId === 'dangling-reference' && message.actual === '[1-3]')?.reason).toContain('no source numbered 3 ')
  })

  it('reports markers in an article copied without its reference list', async () => {
    const file = await lint('Turmeric reduces inflammation.<sup>12</sup> Kratom eases pain.[^4]\n')
    expect(messages(file, 'dangling-reference')).toEqual(['1:31-1:44 <sup>12</sup>', '1:63-1:67 [^4]'])
  })

  it('marks each unsourced sentence on its own, markers included, in preview builds', async () => {
    const html = String(
      await unified()
        .use(remarkParse)
        .use(remarkGfm)
        .use(remarkHealthClaims, {annotate: true, disclaimers: false, rules: {'absolute-claim': 'off'}})
        .use(remarkRehype, {allowDangerousHtml: true})
        .use(rehypeStringify, {allowDangerousHtml: true})
        .process('Turmeric cures arthritis [7]. Ginger cures nausea.<sup>3</sup> Honey eases coughs.^2 Zinc cures colds.\n')
    )
    const mark = (text: string) => `<mark class="claim-unsourced" data-rule="unsourced-claim">${text}</mark>`
    expect(html).toBe(`<p>${mark('Turmeric cures arthritis [7].')} ${mark('Ginger cures nausea.')}<sup>3</sup> ${mark('Honey eases coughs.')}^2 ${mark('Zinc cures colds.')}</p>`)
  })

  it('expands ranges and lists, and refuses what is not a marker', () => {
    expect(markerNumbers('[1, 3-5]')).toEqual([1, 3, 4, 5])
    expect(markerNumbers('[2–4]')).toEqual([2, 3, 4])
    expect(markerNumbers('^7')).toEqual([7])
    expect(markerNumbers('[5-2]')).toEqual([])
    expect(markerNumbers('[1-900]')).toEqual([])
  })
})

describe('front matter sources', () => {
  const analyse = (markdown: string, sources: unknown, scope: 'sentence' | 'document' = 'sentence') => {
    const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown)
    const document = documentSentences(tree, markdown)
    const index = new CitationIndex(document, undefined, scope, sources)
    return {document, index, bind: (start: string) => index.bind(document.sentences.find((sentence) => sentence.text.startsWith(start)) as never)}
  }
  const sources = [
    {title: 'Back pain', url: 'https://www.nhs.uk/conditions/back-pain/', publisher: 'NHS'},
    'Smith J. Heat wraps for back pain. BMJ 2019.',
    'https://www.amazon.com/dp/B00X?tag=abc-20'
  ]

  it('resolves numbered markers against the front matter `sources`, numbered from 1', () => {
    const {bind, index} = analyse('Staying active helps back pain [1]. Heat eases back pain.<sup>2</sup> Kratom cures pain.^3 Ice helps too [4].\n', sources)
    expect(bind('Staying')).toEqual([expect.objectContaining({type: 'reference', identifier: '1', url: 'https://www.nhs.uk/conditions/back-pain/', trust: 'strong'})])
    expect(bind('Heat')).toEqual([expect.objectContaining({identifier: '2', trust: 'neutral'})])
    expect(bind('Kratom')).toEqual([expect.objectContaining({identifier: '3', trust: 'weak'})])
    expect(bind('Ice')).toEqual([])
    expect(index.unresolved.map(({label, numbers}) => [label, numbers])).toEqual([['[4]', [4]]])
  })

  it('prefers a numbered entry of the body to the front matter', () => {
    const {bind} = analyse('Heat eases back pain [1].\n\n## References\n\n1. Cochrane review. https://doi.org/10.1000/heat\n', sources)
    expect(bind('Heat')).toEqual([expect.objectContaining({doi: '10.1000/heat'})])
  })

  it('supports every claim under `document` scope, and only real entries do', () => {
    expect(analyse('Heat eases back pain.\n', sources, 'document').bind('Heat')).toHaveLength(3)
    expect(analyse('Heat eases back pain.\n', [{title: ''}, 7, null], 'document').bind('Heat')).toEqual([])
    expect(analyse('Heat eases back pain.\n', 'not a list', 'document').bind('Heat')).toEqual([])
    expect(analyse('Heat eases back pain.\n', sources, 'sentence').bind('Heat')).toEqual([])
  })
})

describe('author–year citations', () => {
  it.each([
    ['Tetracaine gel reduced pain during cannulation (Cardall et al., Acad Emerg Med 2004).', 'Cardall et al., Acad Emerg Med 2004'],
    ['Mindfulness may reduce anxiety (Smith and Jones, 2019).', 'Smith and Jones, 2019'],
    ['Exercise helps chronic low back pain (NICE, 2021).', 'NICE, 2021'],
    ['Statins lower the risk of heart attack (Taylor 2013; WHO, 2020).', 'Taylor 2013'],
    ['Smith et al. (2019) found that exercise reduces back pain.', 'Smith et al. (2019)'],
    ['Vitamin D supplements reduce the risk of falls (World Health Organization, 2018).', 'World Health Organization, 2018']
  ])('%s', async (sentence, label) => {
    const file = await lint(sentence + '\n')
    const citations = file.data.healthClaims?.claims[0]?.citations ?? []
    expect(citations[0]).toMatchObject({type: 'author-year', label, trust: 'neutral'})
    expect(unsourced(file)).toEqual([])
  })

  it.each([
    'Flu cases rose sharply (March 2021).',
    'The guidance changed (updated 2020).',
    'Metformin lowers blood sugar (type 2 diabetes, 2019).',
    'About 1 in 10 adults had diabetes (in 2019).',
    'Shingles is more common after 50 (Figure 3, 2019).'
  ])('is not fooled by %s', (sentence) => {
    expect(findAuthorYear(sentence)).toEqual([])
  })

  it('takes the trust of the References entry it names', async () => {
    const file = await lint('Turmeric reduces knee pain (Jones, 2019). Ginger eases nausea (Smith and Lee, 2017).\n\n## References\n\n- Jones K. Turmeric and knee pain. BMJ 2019. https://doi.org/10.1136/bmj.k1\n')
    expect(claim(file, 'Turmeric').citations).toEqual([expect.objectContaining({type: 'author-year', doi: '10.1136/bmj.k1', trust: 'strong'})])
    expect(claim(file, 'Ginger').citations).toEqual([expect.objectContaining({type: 'author-year', label: 'Smith and Lee, 2017', trust: 'neutral'})])
    expect(claim(file, 'Ginger').citations[0]?.url).toBeUndefined()
  })
})

describe('other citation forms', () => {
  it('counts [[PubMed](url)] and [[Source](url)] as links to their sources', async () => {
    const file = await lint('Honey eases coughs in children [[PubMed](https://pubmed.ncbi.nlm.nih.gov/29633783/)]. Zinc may shorten colds [[Source](https://www.nhs.uk/conditions/common-cold/)].\n')
    expect(claim(file, 'Honey').citations).toEqual([expect.objectContaining({type: 'link', pmid: '29633783', trust: 'strong'})])
    expect(claim(file, 'Zinc').citations).toEqual([expect.objectContaining({type: 'link', host: 'www.nhs.uk', trust: 'strong'})])
    expect(messages(file, 'placeholder-text')).toEqual([])
  })

  it('binds a GFM footnote written after the full stop and a space to the sentence before it', async () => {
    const file = await lint('Kratom eases back pain. [^1] Ginger eases nausea.\n\n[^1]: Smith J. https://doi.org/10.1000/k\n')
    expect(claim(file, 'Kratom').citations).toEqual([expect.objectContaining({type: 'footnote', identifier: '1', trust: 'strong'})])
    expect(unsourced(file)).toEqual(['Ginger eases nausea.'])
  })
})

describe('References sections and scope', () => {
  const article = (references: string) => `# Back pain\n\nStaying active helps back pain get better.\n\n## Treatment\n\nHeat wraps may ease back pain.\n\n${references}`

  it('a References section of text-only entries supports the claims under `section` and `document` scope', async () => {
    const references = '## References\n\n- NICE. Low back pain and sciatica in over 16s (NG59). 2016.\n- French SD, et al. Superficial heat or cold for low back pain. Cochrane Database Syst Rev. 2006.\n'
    for (const scope of ['section', 'document'] as const) {
      const file = await lint(article(references), {scope})
      expect(unsourced(file), scope).toEqual([])
      expect(claim(file, 'Heat').citations.map(({type, trust}) => [type, trust])).toEqual([['reference', 'neutral'], ['reference', 'neutral']])
    }
    // Sentence scope still wants a citation in the sentence.
    expect(unsourced(await lint(article(references)))).toHaveLength(2)
  })

  it('an empty References section, or one with only a lead-in, supports nothing', async () => {
    for (const references of ['## References\n', '## References\n\nFor more information, refer to the following resources:\n', '## Sources\n\n- \n']) {
      for (const scope of ['section', 'document'] as const) {
        const file = await lint(article(references), {scope})
        expect(unsourced(file), `${scope}: ${references}`).toEqual(['Staying active helps back pain get better.', 'Heat wraps may ease back pain.'])
      }
    }
  })
})
