/**
 * `weak-source`: a health claim supported only by weak sources.
 */
import type {Rule} from './types.js'
import {quote} from './quote.js'

export const weakSource: Rule<'weak-source'> = {
  id: 'weak-source',
  defaultSeverity: 'warn',
  description: 'Warn when a health claim is supported only by weak sources: shops, affiliate links, social media.',
  why:
    'A product page, an affiliate link or a social media post is not evidence: it sells or repeats. ' +
    'A claim that only cites such sources looks sourced while it is not.',
  fix:
    'Cite a study (a DOI or PubMed link), a systematic review or a health authority instead of (or as well as) the shop or post. ' +
    'Hosts you trust can be added with `sources.trusted`; hosts you do not, with `sources.untrusted`.',
  patterns: [],
  examples: {
    ok: [
      {
        title: 'A claim with a health-authority source',
        markdown: 'Folic acid before pregnancy reduces the risk of neural tube defects ([CDC](https://www.cdc.gov/folic-acid/about/index.html)).\n',
        messages: []
      },
      {
        title: 'A weak and a strong source together',
        markdown: 'Melatonin may help with jet lag ([shop](https://www.amazon.com/dp/B00X?tag=abc-20), [review](https://doi.org/10.1002/14651858.CD001520)).\n',
        messages: []
      }
    ],
    notOk: [
      {
        title: 'An affiliate shop link as the only source',
        markdown: 'Melatonin may help with jet lag ([buy here](https://www.amazon.com/dp/B00X?tag=abc-20)).\n',
        messages: [
          '1:1-1:89: Health claim “Melatonin may help with jet lag (buy here).” is supported only by weak sources (www.amazon.com): expected a study, a systematic review or a health authority'
        ]
      },
      {
        title: 'A social media post as the only source',
        markdown: 'Kratom reduces back pain, as [this thread](https://www.reddit.com/r/kratom/comments/abc) shows.\n',
        messages: [
          '1:1-1:96: Health claim “Kratom reduces back pain, as this thread shows.” is supported only by weak sources (www.reddit.com): expected a study, a systematic review or a health authority'
        ]
      }
    ]
  },
  check({sentences, report}) {
    for (const sentence of sentences) {
      if (!sentence.prose || !sentence.classification.claim || sentence.status !== 'weak') continue
      const hosts = [...new Set(sentence.citations.map((citation) => citation.host ?? citation.url ?? citation.identifier ?? citation.type))]
      report({
        sentence,
        place: sentence.position,
        reason: `Health claim “${quote(sentence.text)}” is supported only by weak sources (${hosts.join(', ')}): expected a study, a systematic review or a health authority`,
        note: 'Replace or back up the shop, affiliate or social media link with a study (DOI or PubMed link) or a health authority.',
        actual: hosts.join(', '),
        expected: ['a strong or neutral source']
      })
    }
  }
}
