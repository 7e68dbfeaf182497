import type {DocumentRule} from './types.js'

/** JAMA benchmark 3: sponsorship, advertising and affiliate relationships are disclosed. */
export const rule: DocumentRule<'jama-disclosure'> = {
  id: 'jama-disclosure',
  stage: 'document',
  description: 'Articles with affiliate or sponsored links disclose it (`disclosure` front matter field or a disclosure paragraph)',
  why:
    'Disclosure is the third JAMA benchmark: readers must know when the publisher earns money from what it recommends.',
  defaultSeverity: 'error',
  fix: 'Add `disclosure:` to the front matter, or a paragraph such as “Disclosure: we earn a commission from links in this article”',
  examples: {
    ok: [
      {title: 'An affiliate link with a disclosure', markdown: 'Buy a [heat wrap from our partner](https://www.amazon.com/dp/B000?tag=site-20).\n\nDisclosure: we earn a commission if you buy through links on this page.\n'},
      {title: 'No affiliate links', markdown: 'Read the [NHS advice](https://www.nhs.uk/conditions/back-pain/).\n'}
    ],
    notOk: [{title: 'An affiliate link with no disclosure', markdown: 'Intro.\n\nBuy a [heat wrap from our partner](https://www.amazon.com/dp/B000?tag=site-20).\n', lines: [3]}]
  },
  check(facts) {
    if (!facts.affiliateLink) return []
    const field = facts.frontmatter?.['disclosure']
    if ((typeof field === 'string' && field.trim()) || facts.disclosureLine !== undefined) return []
    return [
      {
        message: `Disclosure: the article has an affiliate or sponsored link (${facts.affiliateLink.url}) but no disclosure`,
        line: facts.affiliateLink.line
      }
    ]
  }
}
